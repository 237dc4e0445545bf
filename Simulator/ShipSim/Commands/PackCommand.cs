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
        public string? Out { get; set; }

        public string Folder => Out ?? "out";

        public override ValidationResult Validate()
        {
            if (Out != null && string.IsNullOrWhiteSpace(Out))
                return ValidationResult.Error("--out needs a folder");
            if (File.Exists(Folder))
                return ValidationResult.Error($"--out names the file {Folder}; it takes a folder (the script goes to DIR/<Project>/script.cs)");
            return base.Validate();
        }
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var packed = ScriptSource.Pack(settings, quiet: true);
        foreach (var warning in packed.Result.Warnings)
            Terminal.Out.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        var target = Path.Combine(settings.Folder, packed.Project.Name);
        if (File.Exists(target))
            throw new ToolException($"cannot write into {target}: it is a file, not a folder");
        var path = Packer.Write(packed.Project, packed.Result, settings.Folder);
        Terminal.Out.MarkupLine($"Packed [bold]{Markup.Escape(packed.Project.Name)}[/] ({settings.Configuration}, minify={packed.Result.Minify.ToString().ToLowerInvariant()}, {packed.Result.Files.Count} files) to {Markup.Escape(path)}");
        Report.Size(packed.Result.Length);
        return ShipSimApp.Ok;
    }
}
