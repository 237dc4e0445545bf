using System.ComponentModel;
using ShipSim.Toolchain.Packing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShipSim.Cli.Commands;

/// <summary>Options every verb that packs the script shares.</summary>
public class ScriptSettings : CommandSettings
{
    [CommandOption("--project <CSPROJ>")]
    [Description("The script project (default: RedundantAirlock/RedundantAirlock.csproj of this repository).")]
    public string? Project { get; set; }

    [CommandOption("--config <CONFIG>")]
    [Description("Release or Debug: which #if symbols are set (DEBUG in Debug). Default Release.")]
    [DefaultValue("Release")]
    public string Config { get; set; } = "Release";

    public PackConfiguration Configuration => Enum.Parse<PackConfiguration>(Config, ignoreCase: true);

    public override ValidationResult Validate() =>
        Enum.TryParse<PackConfiguration>(Config, ignoreCase: true, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--config must be Release or Debug, not '{Config}'");
}
