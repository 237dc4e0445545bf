using System.Text;

namespace ShipSim.Toolchain.Packing;

public enum PackConfiguration { Release, Debug }

/// <summary>The deployable script and what went into it.</summary>
public sealed record PackResult(string Script, IReadOnlyList<string> Warnings, IReadOnlyList<SourceFile> Files)
{
    public const int GameLimit = 100_000;
    public int Length => Script.Length;
    public bool FitsInGame => Length <= GameLimit;
}

/// <summary>
/// Packs an MDK2 script project into the one script a player pastes, in the order MDK2's packer does:
/// parse, check that it compiles, resolve #if, order files, unwrap namespaces, merge partial types, compose Program's body and
/// the other types, minify, prepend Instructions.readme.
/// </summary>
public static class Packer
{
    public static PackResult Pack(ScriptProject project, PackConfiguration configuration)
    {
        var warnings = new List<string>();
        var files = ParseSources.Run(project, configuration);
        CheckCompiles.Run(files);
        files = files.Select(f => f with { Tree = RemoveInactiveCode.Run(f.Tree) }).ToList();
        files = OrderFiles.Run(files);
        var types = UnwrapNamespaces.Run(files, project.Settings.Namespaces, warnings);
        var merged = MergePartialTypes.Run(types);
        var script = ComposeScript.Run(merged);
        script = Minify.Run(script, project.Settings.Minify);
        script = PrependInstructions.Run(script, project.InstructionsFile);
        return new PackResult(script, warnings, files.Select(f => f.Source).ToList());
    }

    /// <summary>Writes &lt;outputDirectory&gt;/&lt;ProjectName&gt;/script.cs and thumb.png, as MDK2 deploys them.</summary>
    public static string Write(ScriptProject project, PackResult result, string outputDirectory)
    {
        var folder = Path.Combine(outputDirectory, project.Name);
        Directory.CreateDirectory(folder);
        var scriptPath = Path.Combine(folder, "script.cs");
        File.WriteAllText(scriptPath, result.Script, new UTF8Encoding(false));
        if (project.ThumbnailFile != null)
            File.Copy(project.ThumbnailFile, Path.Combine(folder, "thumb.png"), overwrite: true);
        return scriptPath;
    }
}
