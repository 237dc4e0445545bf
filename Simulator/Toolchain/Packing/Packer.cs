using System.Text;

namespace ShipSim.Toolchain.Packing;

public enum PackConfiguration { Release, Debug }

/// <summary>What a pack may change from the project's own settings.</summary>
public sealed record PackOptions
{
    /// <summary>The minifier level, over mdk.ini's (as MDK2's <c>-minify</c> option).</summary>
    public MinifyLevel? Minify { get; init; }

    /// <summary>The local time MDK2's date macros read (default: now).</summary>
    public DateTime? Now { get; init; }
}

/// <summary>The deployable script and what went into it.</summary>
public sealed record PackResult(string Script, IReadOnlyList<string> Warnings, IReadOnlyList<SourceFile> Files, MinifyLevel Minify)
{
    public const int GameLimit = 100_000;
    public int Length => Script.Length;
    public bool FitsInGame => Length <= GameLimit;
}

/// <summary>
/// Packs an MDK2 script project into the one script a player pastes, step by step as MDK2 2.2.10's packer does:
/// parse, check that it compiles, resolve #if, unwrap namespaces, order and combine the files, remove regions and
/// replace macros, merge partial types, put Program first, minify, compose Program's body and the other types,
/// prepend Instructions.readme.
/// </summary>
public static class Packer
{
    public static PackResult Pack(ScriptProject project, PackConfiguration configuration, PackOptions? options = null)
    {
        options ??= new PackOptions();
        var level = options.Minify ?? project.Settings.Minify;
        var macros = Macro.Defined(options.Now ?? DateTime.Now, project.Settings.Macros);
        var warnings = new List<string>();

        var files = ParseSources.Run(project, configuration);
        CheckCompiles.Run(files);
        files = files.Select(f => f with { Tree = RemoveInactiveCode.Run(f.Tree) })
            .Select(f => UnwrapNamespaces.Run(f, project.Settings.Namespaces, warnings))
            .ToList();
        files = OrderFiles.Run(files);
        var script = CombineFiles.Run(files);
        script = RemoveRegions.Run(script, macros);
        script = MergePartialTypes.Run(script);
        script = PutProgramFirst.Run(script);
        script = Minifier.Minify.Run(script, level, project.Settings.NoMemberTrimming);
        var text = ComposeScript.Run(script);
        text = PrependInstructions.Run(text, project.InstructionsFile, macros);
        return new PackResult(text, warnings, files.Select(f => f.Source).ToList(), level);
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
