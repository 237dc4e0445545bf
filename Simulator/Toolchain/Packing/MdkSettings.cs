namespace ShipSim.Toolchain.Packing;

/// <summary>The [mdk] section of mdk.ini, overridden by mdk.local.ini (MDK2's two settings files).</summary>
public sealed record MdkSettings(
    string Minify,
    IReadOnlyList<string> Ignores,
    IReadOnlyList<string> Namespaces,
    string Output)
{
    public static readonly IReadOnlyList<string> DefaultIgnores = ["obj/**/*", "MDK/**/*", "**/*.debug.cs"];

    public static MdkSettings Load(string projectDirectory)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in new[] { "mdk.ini", "mdk.local.ini" })
        {
            var path = Path.Combine(projectDirectory, file);
            if (File.Exists(path))
                ReadMdkSection(File.ReadAllLines(path), path, values);
        }

        string Get(string key, string fallback) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : fallback;
        static string[] List(string value) =>
            value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var minify = Get("minify", "none").ToLowerInvariant();
        return new MdkSettings(
            minify,
            values.TryGetValue("ignores", out var ignores) ? List(ignores) : DefaultIgnores,
            List(Get("namespaces", "IngameScript")),
            Get("output", "auto"));
    }

    static void ReadMdkSection(string[] lines, string path, Dictionary<string, string> into)
    {
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
                into[line[..eq].Trim()] = line[(eq + 1)..].Trim();
        }
    }
}
