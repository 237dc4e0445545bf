using Microsoft.Extensions.FileSystemGlobbing;
using ShipSim.Toolchain.Packing;

namespace ShipSim.Cli.Compat;

/// <summary>Turns a corpus entry's files into the text a player pastes: as is, or packed as MDK would.</summary>
public static class ScriptSource
{
    /// <summary>Files MDK projects keep beside the script that are not part of it.</summary>
    static readonly string[] NotScript = ["MDK/**/*", "obj/**/*", "bin/**/*", "Properties/**/*", "**/*.debug.cs"];

    /// <summary>The entry's files under <paramref name="corpus"/>, or null when any is missing.</summary>
    public static IReadOnlyList<string>? Locate(string corpus, CompatEntry entry)
    {
        var root = Path.Combine(corpus, entry.Folder);
        var paths = entry.Paths.Select(p => Path.GetFullPath(Path.Combine(root, p))).ToList();
        return paths.All(p => File.Exists(p) || Directory.Exists(p)) ? paths : null;
    }

    public static string Read(CompatEntry entry, IReadOnlyList<string> paths) => entry.Form switch
    {
        ScriptForm.Script => File.ReadAllText(paths[0]).TrimStart('\uFEFF').Replace("\r\n", "\n"),
        _ => Packer.Pack(Project(entry, paths), PackConfiguration.Release).Script,
    };

    static ScriptProject Project(CompatEntry entry, IReadOnlyList<string> paths)
    {
        var sources = new List<SourceFile>();
        var directory = Directory.Exists(paths[0]) ? paths[0] : Path.GetDirectoryName(paths[0])!;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                sources.Add(new SourceFile(path, Path.GetFileName(path)));
                continue;
            }
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddInclude("**/*.cs");
            matcher.AddExcludePatterns(NotScript);
            // MSBuild's order of a project's default items, as the packer takes them: by path, ignoring case.
            foreach (var file in matcher.GetResultsInFullPath(path).OrderBy(f => Path.GetRelativePath(path, f).Replace('\\', '/'), StringComparer.OrdinalIgnoreCase))
                sources.Add(new SourceFile(file, Path.GetRelativePath(path, file).Replace('\\', '/')));
        }
        return new ScriptProject
        {
            Name = entry.Id,
            Directory = directory,
            Settings = new MdkSettings(MinifyLevel.None, false, NotScript, ["IngameScript"], "auto", new Dictionary<string, string>(), []),
            Sources = sources,
        };
    }
}
