using Sandbox.ModAPI.Ingame;
using ShipSim.Host;
using ShipSim.World.Blocks;
using ShipSim.World.Observation;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 1 in the world: a script without a parameterless constructor, IGC in
/// the constructor, echo cleared by every run.</summary>
public class Section1_HostingInTheWorldTests
{
    [Fact]
    public void Section1_NoParameterlessConstructorReportsAnErrorAndNothingRuns()
    {
        var (world, ship) = TestWorld.Ship();
        var runs = new List<RunRecord>();
        world.RunCompleted += runs.Add;
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program(int x) { Runtime.UpdateFrequency = UpdateFrequency.Update1; }
            public void Main() { Echo("ran"); }
            """);
        var caller = new SimProgrammableBlock(ship, "Caller", "public void Main() { Echo(((IMyProgrammableBlock)GridTerminalSystem.GetBlockWithName(\"PB\")).TryRun(\"\").ToString()); }");
        world.Run(20);
        Assert.Null(pb.Instance);
        Assert.StartsWith("Compilation failed:", pb.DetailedInfo);
        Assert.Contains("parameterless constructor", pb.DetailedInfo);
        Assert.Equal(RunStatus.Ignored, pb.RunFromTerminal().Status);
        Assert.Equal(RunStatus.Ignored, pb.RunFromToolbar("x").Status);
        caller.RunFromToolbar("");
        Assert.Equal("False\n", caller.EchoText);
        Assert.DoesNotContain(runs, r => r.Block == pb.EntityId);
    }

    [Fact]
    public void Section1_IgcIsUsableInTheConstructor()
    {
        var (_, ship) = TestWorld.Ship();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program()
            {
                IGC.RegisterBroadcastListener("chan");
                Me.GetSurface(0).WriteText((IGC.Me == Me.EntityId) + " " + (IGC.UnicastListener != null));
            }
            public void Main() { }
            """);
        Assert.Equal("True True", pb.Surfaces[0].GetText());
        Assert.NotNull(pb.Igc);
    }

    [Fact]
    public void Section1_EchoIsClearedAtTheStartOfEveryRunAndShownInDetailedInfo()
    {
        var (_, ship) = TestWorld.Ship();
        var pb = new SimProgrammableBlock(ship, "PB", "public void Main(string argument) { if (argument != \"\") Echo(argument); }");
        pb.RunFromToolbar("hello");
        Assert.Equal("hello\n", pb.EchoText);
        Assert.Equal("hello\n", pb.DetailedInfo);
        pb.RunFromToolbar("");
        Assert.Equal("", pb.EchoText);
        Assert.Equal("", pb.DetailedInfo);
    }
}
