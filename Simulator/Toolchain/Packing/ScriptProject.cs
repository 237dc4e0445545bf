using System.Xml.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ShipSim.Toolchain.Packing;

/// <summary>A source file of the script, with the path it is sorted and reported by.</summary>
public sealed record SourceFile(string FullPath, string DisplayPath);

/// <summary>
/// An MDK2 script project as the packer sees it: the .cs files MSBuild would compile, in MSBuild's order (the
/// project folder's default items sorted by path, ignoring case, then each imported shared project's items in
/// its .projitems order), less mdk.ini's ignores, and the files packed beside them.
/// </summary>
public sealed class ScriptProject
{
    public required string Name { get; init; }
    public required string Directory { get; init; }
    public required MdkSettings Settings { get; init; }
    public required IReadOnlyList<SourceFile> Sources { get; init; }
    public string? InstructionsFile { get; init; }
    public string? ThumbnailFile { get; init; }

    public static ScriptProject Load(string projectFile)
    {
        projectFile = Path.GetFullPath(projectFile);
        if (!File.Exists(projectFile))
            throw new PackException($"{projectFile}: project file not found");
        var directory = Path.GetDirectoryName(projectFile)!;
        var settings = MdkSettings.Load(projectFile);
        var project = LoadXml(projectFile);

        var candidates = new List<string>(DefaultCompileItems(directory, project));
        foreach (var import in project.Descendants().Where(e => e.Name.LocalName == "Import"
                     && (string?)e.Attribute("Label") == "Shared"))
        {
            var projitems = Path.GetFullPath(Path.Combine(directory, Normalize((string)import.Attribute("Project")!)));
            if (!File.Exists(projitems))
                throw new PackException($"{projectFile}: shared project {projitems} not found");
            candidates.AddRange(SharedCompileItems(projitems, Path.GetDirectoryName(projitems)!));
        }

        // Ignores are globs relative to the project folder, as MDK2 matches them (a mixin's files, outside the
        // folder, match none of them).
        var ignores = new Matcher(StringComparison.OrdinalIgnoreCase);
        ignores.AddIncludePatterns(settings.Ignores);
        var sources = candidates
            .Where(path => !ignores.Match(directory, path).HasMatches)
            .Select(path => new SourceFile(path, Path.GetRelativePath(directory, path).Replace('\\', '/')))
            .DistinctBy(s => s.FullPath)
            .ToList();

        string? Beside(string name) => File.Exists(Path.Combine(directory, name)) ? Path.Combine(directory, name) : null;
        return new ScriptProject
        {
            Name = Path.GetFileNameWithoutExtension(projectFile),
            Directory = directory,
            Settings = settings,
            Sources = sources,
            InstructionsFile = Beside("Instructions.readme"),
            ThumbnailFile = Beside("thumb.png"),
        };
    }

    static XDocument LoadXml(string path)
    {
        try { return XDocument.Load(path); }
        catch (System.Xml.XmlException e) { throw new PackException($"{path}({e.LineNumber}): {e.Message}"); }
    }

    static string Normalize(string msbuildPath) => msbuildPath.Replace('\\', Path.DirectorySeparatorChar);

    // The SDK's default Compile items: **/*.cs below the project folder except bin/ and obj/, less the project's
    // own <Compile Remove="..."/>, sorted as MSBuild sorts a glob's matches (the relative path, ignoring case).
    static IEnumerable<string> DefaultCompileItems(string directory, XDocument project)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude("**/*.cs");
        matcher.AddExcludePatterns(["bin/**", "obj/**"]);
        foreach (var remove in project.Descendants().Where(e => e.Name.LocalName == "Compile").Select(e => (string?)e.Attribute("Remove")))
            if (remove != null)
                matcher.AddExcludePatterns(remove.Split(';').Select(p => p.Replace('\\', '/')));
        return matcher.GetResultsInFullPath(directory)
            .OrderBy(path => Path.GetRelativePath(directory, path).Replace('\\', '/'), StringComparer.OrdinalIgnoreCase);
    }

    static IEnumerable<string> SharedCompileItems(string projitems, string sharedDirectory)
    {
        foreach (var compile in LoadXml(projitems).Descendants().Where(e => e.Name.LocalName == "Compile"))
        {
            var include = (string?)compile.Attribute("Include");
            if (include == null)
                continue;
            foreach (var item in include.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var path = Normalize(item.Replace("$(MSBuildThisFileDirectory)", sharedDirectory + Path.DirectorySeparatorChar));
                var full = Path.GetFullPath(Path.Combine(sharedDirectory, path));
                if (!File.Exists(full))
                    throw new PackException($"{projitems}: compiled file {full} not found");
                yield return full;
            }
        }
    }
}
