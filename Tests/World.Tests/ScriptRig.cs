using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Tests;

/// <summary>A script compiled as the game compiles it and run in a programmable block of the test's grid.</summary>
static class ScriptRig
{
    /// <summary>Builds a programmable block named "PB" with the script; fails the test when it does not compile or
    /// its constructor throws.</summary>
    public static SimProgrammableBlock Load(SimGrid grid, string script)
    {
        var pb = new SimProgrammableBlock(grid, "PB", script);
        Assert.True(pb.Instance is { IsTerminated: false }, "the script did not start:\n" + pb.DetailedInfo);
        return pb;
    }

    /// <summary>Runs the script once with the argument (a toolbar Run) and returns what it echoed; fails the test
    /// when the run terminates the script.</summary>
    public static string Run(this SimProgrammableBlock pb, string argument = "")
    {
        pb.RunFromToolbar(argument);
        Assert.False(pb.IsTerminated, "the script terminated:\n" + pb.DetailedInfo);
        return pb.EchoText;
    }
}
