using ShipSim.Toolchain.GameCompiler;
using Spectre.Console;

namespace ShipSim.Cli.Commands;

/// <summary>How verbs show sizes and failures.</summary>
static class Report
{
    public static void Size(int length)
    {
        var share = (double)length / GameCompiler.MaxScriptLength;
        var colour = length > GameCompiler.MaxScriptLength ? "red" : share > 0.9 ? "yellow" : "green";
        Terminal.Out.MarkupLine($"Script size: [{colour}]{length:N0}[/] of {GameCompiler.MaxScriptLength:N0} characters ({share:P1})");
    }

    public static void Failure(string message) =>
        Terminal.Error.WriteLine("error: " + message);
}
