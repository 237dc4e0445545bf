using System.ComponentModel;
using ShipSim.Toolchain.GameCompiler;
using ShipSim.Toolchain.Packing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Pack (or read a plain script file), then compile as the game does. Exit 0 only when the script would
/// load in a programmable block.</summary>
public sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : ScriptSettings
    {
        [CommandOption("--script <FILE>")]
        [Description("A plain script file (the text a player pastes into a programmable block) to compile as it is, instead of packing a project.")]
        public string? Script { get; set; }

        public override ValidationResult Validate()
        {
            if (Script != null && (Project != null || Minify != null))
                return ValidationResult.Error("--script takes the script as it is: it cannot be combined with --project or --minify");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string script;
        try
        {
            if (settings.Script != null)
            {
                script = File.ReadAllText(settings.Script);
                AnsiConsole.MarkupLine($"Read [bold]{Markup.Escape(settings.Script)}[/]");
            }
            else
            {
                var project = ScriptProject.Load(ProjectLocator.Find(settings.Project));
                var packed = Packer.Pack(project, settings.Configuration, settings.PackOptions);
                AnsiConsole.MarkupLine($"Packed [bold]{Markup.Escape(project.Name)}[/] ({settings.Configuration}, minify={packed.Minify.ToString().ToLowerInvariant()}, {packed.Files.Count} files)");
                foreach (var warning in packed.Warnings)
                    AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
                script = packed.Script;
            }
        }
        catch (Exception e) when (e is PackException or IOException or UnauthorizedAccessException)
        {
            Report.Failure(e.Message);
            return 1;
        }

        var result = GameCompiler.Compile(script);
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
