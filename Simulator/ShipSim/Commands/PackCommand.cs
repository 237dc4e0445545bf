using System.ComponentModel;
using ShipSim.Toolchain.Packing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

public sealed class PackCommand : Command<PackCommand.Settings>
{
    public sealed class Settings : ScriptSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Output folder; the script goes to DIR/<Project>/script.cs. Default: out/")]
        [DefaultValue("out")]
        public string Out { get; set; } = "out";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var project = ScriptProject.Load(ProjectLocator.Find(settings.Project));
            var result = Packer.Pack(project, settings.Configuration, settings.PackOptions);
            foreach (var warning in result.Warnings)
                AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
            var path = Packer.Write(project, result, settings.Out);
            AnsiConsole.MarkupLine($"Packed [bold]{Markup.Escape(project.Name)}[/] ({settings.Configuration}, minify={result.Minify.ToString().ToLowerInvariant()}, {result.Files.Count} files) to {Markup.Escape(path)}");
            Report.Size(result.Length);
            return 0;
        }
        catch (Exception e) when (e is PackException or FileNotFoundException)
        {
            Report.Failure(e.Message);
            return 1;
        }
    }
}
