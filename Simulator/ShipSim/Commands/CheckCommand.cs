using ShipSim.Toolchain.GameCompiler;
using ShipSim.Toolchain.Packing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Pack, then compile as the game does. Exit 0 only when the script would load in a programmable block.</summary>
public sealed class CheckCommand : Command<ScriptSettings>
{
    public override int Execute(CommandContext context, ScriptSettings settings, CancellationToken cancellation)
    {
        PackResult packed;
        try
        {
            var project = ScriptProject.Load(ProjectLocator.Find(settings.Project));
            packed = Packer.Pack(project, settings.Configuration, settings.PackOptions);
            AnsiConsole.MarkupLine($"Packed [bold]{Markup.Escape(project.Name)}[/] ({settings.Configuration}, minify={packed.Minify.ToString().ToLowerInvariant()}, {packed.Files.Count} files)");
        }
        catch (Exception e) when (e is PackException or FileNotFoundException)
        {
            Report.Failure(e.Message);
            return 1;
        }
        foreach (var warning in packed.Warnings)
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");

        var result = GameCompiler.Compile(packed.Script);
        foreach (var d in result.Diagnostics)
            AnsiConsole.MarkupLine(d.IsError ? $"[red]{Markup.Escape(d.ToString())}[/]" : $"[yellow]{Markup.Escape(d.ToString())}[/]");
        Report.Size(result.Length);
        var prohibited = result.Errors.Count(d => d.Id == ScriptDiagnostic.Ids.ProhibitedMember || d.Id == ScriptDiagnostic.Ids.ProhibitedLanguage);
        AnsiConsole.MarkupLine(prohibited == 0
            ? "Whitelist: [green]every type and member used is allowed in programmable blocks[/]"
            : $"Whitelist: [red]{prohibited} prohibited use(s)[/]");
        var errors = result.Errors.Count();
        AnsiConsole.MarkupLine(errors == 0
            ? "Game compile: [green]OK[/] (C# 6, game prologue, .NET Framework 4.8 + in-game API)"
            : $"Game compile: [red]{errors} error(s)[/]");
        return errors == 0 ? 0 : 1;
    }
}
