using ShipSim.Toolchain.Packing;
using Spectre.Console;

namespace ShipSim.Cli.Commands;

/// <summary>How every verb gets its script: an MDK2 project packed as MDK2 packs it (the repository's own by
/// default), or a plain script file read as it is. Any failure is a <see cref="ToolException"/> with one message.</summary>
static class ScriptSource
{
    public const string SolutionName = "RedundantAirlock.sln";

    /// <summary>A packed project, with what the verb prints about it.</summary>
    public sealed record Packed(ScriptProject Project, PackResult Result);

    /// <summary>Packs the project of <paramref name="settings"/> and prints what was packed and any warning.</summary>
    public static Packed Pack(ScriptSettings settings, bool quiet = false)
    {
        var project = LoadProject(settings.Project);
        PackResult result;
        try
        {
            result = Packer.Pack(project, settings.Configuration, settings.PackOptions);
        }
        catch (PackException e)
        {
            throw new ToolException(e.Message, e);
        }
        if (!quiet)
        {
            Terminal.Out.MarkupLine($"Packed [bold]{Markup.Escape(project.Name)}[/] ({settings.Configuration}, minify={result.Minify.ToString().ToLowerInvariant()}, {result.Files.Count} files)");
            foreach (var warning in result.Warnings)
                Terminal.Out.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        }
        return new Packed(project, result);
    }

    /// <summary>The project named on the command line, else RedundantAirlock/ of the repository found from the
    /// current folder upwards.</summary>
    public static ScriptProject LoadProject(string? projectFile)
    {
        var path = FindProject(projectFile);
        try
        {
            return ScriptProject.Load(path);
        }
        catch (PackException e)
        {
            throw new ToolException(e.Message, e);
        }
    }

    public static string FindProject(string? project)
    {
        if (!string.IsNullOrEmpty(project))
        {
            var full = Path.GetFullPath(project);
            if (Directory.Exists(full))
                throw new ToolException($"{project} is a folder; --project takes the script project's .csproj file");
            if (!File.Exists(full))
                throw new ToolException($"{project}: project file not found");
            return full;
        }
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionName)))
                return Path.Combine(dir.FullName, "RedundantAirlock", "RedundantAirlock.csproj");
        throw new ToolException($"No {SolutionName} in this folder or above it; run from the repository or pass --project.");
    }

    /// <summary>A plain script file, the text a player pastes into a programmable block.</summary>
    public static string ReadScriptFile(string path)
    {
        if (Directory.Exists(path))
            throw new ToolException($"{path} is a folder; --script takes a script file");
        if (!File.Exists(path))
            throw new ToolException($"{path}: script file not found");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"{path}: {e.Message}", e);
        }
    }
}

/// <summary>The repository's own scripts (ScriptCatalog) for the verbs, with failures as <see cref="ToolException"/>.</summary>
static class Catalog
{
    public static string FailoverProbe() => Get(() => Scenarios.ScriptCatalog.FailoverProbe);

    public static string RedundantAirlock() => Get(() => Scenarios.ScriptCatalog.RedundantAirlock);

    static string Get(Func<string> pack)
    {
        try
        {
            return pack();
        }
        catch (Exception e) when (e is PackException or FileNotFoundException)
        {
            throw new ToolException(e.Message, e);
        }
    }
}
