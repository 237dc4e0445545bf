using ShipSim.Toolchain.Packing;

namespace ShipSim.Toolchain.Tests;

/// <summary>docs/script/RedundantAirlock/script.cs is the script players without MDK2 paste into a programmable block
/// (docs/setup.md). It must be exactly what the packer makes of RedundantAirlock/ in Release, as MDK2 deploys it.</summary>
public class PastedScriptTests
{
    public const string Regenerate = "dotnet run --project Simulator/ShipSim -- pack --out docs/script";

    [Fact]
    public void TheReadyToPasteScriptIsThePackedProject()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "script", "RedundantAirlock", "script.cs");
        var packed = Packer.Pack(ScriptProject.Load(RepoPaths.ScriptProject), PackConfiguration.Release).Script;
        Assert.True(File.Exists(path), $"{path} is missing; make it with: {Regenerate}");
        // Line ends aside (a Windows checkout may turn them into CRLF), the file is the packer's output.
        var file = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(file == packed.Replace("\r\n", "\n", StringComparison.Ordinal),
            $"docs/script/RedundantAirlock/script.cs is not the packed script of RedundantAirlock/ (Release); regenerate it "
            + $"from the repository's root with: {Regenerate}");
    }
}
