using System.ComponentModel;
using ShipSim.Toolchain.GameCompiler;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Pack (or read a plain script file), then compile as the game does. Exit 0 only when the script would
/// load in a programmable block.</summary>
public sealed class CheckCommand : ToolCommand<CheckCommand.Settings>
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

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        string script;
        if (settings.Script != null)
        {
            script = ScriptSource.ReadScriptFile(settings.Script);
            Terminal.Out.MarkupLine($"Read [bold]{Markup.Escape(settings.Script)}[/]");
        }
        else
            script = ScriptSource.Pack(settings).Result.Script;

        var result = GameCompiler.Compile(script);
        foreach (var d in result.Diagnostics)
            Terminal.Out.MarkupLine(d.IsError ? $"[red]{Markup.Escape(d.ToString())}[/]" : $"[yellow]{Markup.Escape(d.ToString())}[/]");
        Report.Size(result.Length);
        var prohibited = result.Errors.Count(d => d.Id == ScriptDiagnostic.Ids.ProhibitedMember || d.Id == ScriptDiagnostic.Ids.ProhibitedLanguage);
        Terminal.Out.MarkupLine(prohibited == 0
            ? "Whitelist: [green]every type and member used is allowed in programmable blocks[/]"
            : $"Whitelist: [red]{prohibited} prohibited use(s)[/]");
        var errors = result.Errors.Count();
        Terminal.Out.MarkupLine(errors == 0
            ? "Game compile: [green]OK[/] (C# 6, game prologue, .NET Framework 4.8 + in-game API)"
            : $"Game compile: [red]{errors} error(s)[/]");
        return errors == 0 ? ShipSimApp.Ok : ShipSimApp.Failed;
    }
}
