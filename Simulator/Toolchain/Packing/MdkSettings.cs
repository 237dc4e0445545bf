namespace ShipSim.Toolchain.Packing;

/// <summary>
/// The [mdk] section of a project's settings, read as MDK2 reads it: <c>mdk.ini</c>, else the older
/// <c>&lt;Project&gt;.mdk.ini</c>; <c>mdk.local.ini</c>, else <c>&lt;Project&gt;.mdk.local.ini</c>. A value in the
/// local file wins; <c>ignores</c> of both files are used together; <c>macros</c> of both are defined, the main
/// file's winning.
/// </summary>
public sealed record MdkSettings(
    MinifyLevel Minify,
    bool NoMemberTrimming,
    IReadOnlyList<string> Ignores,
    IReadOnlyList<string> Namespaces,
    string Output,
    IReadOnlyDictionary<string, string> Macros,
    IReadOnlyList<string> Files)
{
    public static MdkSettings Load(string projectFile)
    {
        var directory = Path.GetDirectoryName(projectFile)!;
        var name = Path.GetFileNameWithoutExtension(projectFile);
        string? Find(string current, string legacy)
        {
            foreach (var file in new[] { current, legacy })
                if (File.Exists(Path.Combine(directory, file)))
                    return Path.Combine(directory, file);
            return null;
        }
        var main = Find("mdk.ini", name + ".mdk.ini");
        var local = Find("mdk.local.ini", name + ".mdk.local.ini");

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ignores = new List<string>();
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        foreach (var file in new[] { local, main })
        {
            if (file == null)
                continue;
            files.Add(file);
            foreach (var (key, value, line) in ReadMdkSection(file))
            {
                if (key.Equals("ignores", StringComparison.OrdinalIgnoreCase))
                    ignores.AddRange(value.Split(','));
                else if (key.Equals("macros", StringComparison.OrdinalIgnoreCase))
                    foreach (var (macro, text) in Macro.ParseList(value, $"{file}({line})"))
                        macros[macro] = text;
                else
                    values.TryAdd(key, value);
            }
        }

        string Get(string key, string fallback) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : fallback;
        var minifyText = Get("minify", "none");
        if (!MinifyLevels.TryParse(minifyText, out var minify))
            throw new PackException($"{main ?? local}: minify={minifyText} is not a minifier level ({MinifyLevels.Names}).");
        var extra = Get("minifyextraoptions", "none");
        if (!extra.Equals("none", StringComparison.OrdinalIgnoreCase) && !extra.Equals("nomembertrimming", StringComparison.OrdinalIgnoreCase))
            throw new PackException($"{main ?? local}: minifyextraoptions={extra} is not an option (none, nomembertrimming).");
        return new MdkSettings(
            minify,
            extra.Equals("nomembertrimming", StringComparison.OrdinalIgnoreCase),
            ignores.Select(i => i.Trim()).Where(i => i.Length > 0).ToList(),
            Get("namespaces", "IngameScript").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Get("output", "auto"),
            macros,
            files);
    }

    static IEnumerable<(string Key, string Value, int Line)> ReadMdkSection(string path)
    {
        var lines = File.ReadAllLines(path);
        var inMdk = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == ';')
                continue;
            if (line[0] == '[')
            {
                inMdk = line.Equals("[mdk]", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            var eq = line.IndexOf('=');
            if (eq <= 0)
                throw new PackException($"{path}({i + 1}): expected key=value, found \"{line}\"");
            if (inMdk)
                yield return (line[..eq].Trim(), line[(eq + 1)..].Trim(), i + 1);
        }
    }
}
