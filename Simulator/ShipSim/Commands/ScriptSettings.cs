using System.ComponentModel;
using ShipSim.Toolchain.Packing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Options every verb that packs the script shares, checked the same way everywhere.</summary>
public class ScriptSettings : CommandSettings
{
    [CommandOption("--project <CSPROJ>")]
    [Description("The script project (default: RedundantAirlock/RedundantAirlock.csproj of this repository).")]
    public string? Project { get; set; }

    [CommandOption("--config <CONFIG>")]
    [Description("Release or Debug: which #if symbols are set (DEBUG in Debug). Default Release.")]
    [DefaultValue("Release")]
    public string Config { get; set; } = "Release";

    [CommandOption("--minify <LEVEL>")]
    [Description("Minifier level over mdk.ini's, as MDK2's -minify: none, trim, stripcomments, lite, full (or 0-4).")]
    public string? Minify { get; set; }

    public PackConfiguration Configuration => Enum.Parse<PackConfiguration>(Config, ignoreCase: true);

    public PackOptions PackOptions => new()
    {
        Minify = Minify != null && MinifyLevels.TryParse(Minify, out var level) ? level : null,
    };

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<PackConfiguration>(Config, ignoreCase: true, out var configuration) || !Enum.IsDefined(configuration) || int.TryParse(Config, out _))
            return ValidationResult.Error($"--config must be Release or Debug, not '{Config}'");
        if (Minify != null && !MinifyLevels.TryParse(Minify, out _))
            return ValidationResult.Error($"--minify must be one of {MinifyLevels.Names} (or 0-4), not '{Minify}'");
        if (Project != null && Project.Length == 0)
            return ValidationResult.Error("--project needs a .csproj file");
        return ValidationResult.Success();
    }
}
