using System.ComponentModel;
using ShipSim.Toolchain.Packing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Packs the project and writes the script a player pastes, as MDK2 deploys it.</summary>
public sealed class PackCommand : ToolCommand<PackCommand.Settings>
{
    public sealed class Settings : ScriptSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Output folder; the script goes to DIR/<Project>/script.cs. Default: out/")]
        [DefaultValue("out")]
        public string Out { get; set; } = "out";

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out))
                return ValidationResult.Error("--out needs a folder");
            if (File.Exists(Out))
                return ValidationResult.Error($"--out names the file {Out}; it takes a folder (the script goes to DIR/<Project>/script.cs)");
            return base.Validate();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var packed = ScriptSource.Pack(settings, quiet: true);
        foreach (var warning in packed.Result.Warnings)
            Terminal.Out.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        var target = Path.Combine(settings.Out, packed.Project.Name);
        if (File.Exists(target))
            throw new ToolException($"cannot write into {target}: it is a file, not a folder");
        var path = Packer.Write(packed.Project, packed.Result, settings.Out);
        Terminal.Out.MarkupLine($"Packed [bold]{Markup.Escape(packed.Project.Name)}[/] ({settings.Configuration}, minify={packed.Result.Minify.ToString().ToLowerInvariant()}, {packed.Result.Files.Count} files) to {Markup.Escape(path)}");
        Report.Size(packed.Result.Length);
        return ShipSimApp.Ok;
    }
}
