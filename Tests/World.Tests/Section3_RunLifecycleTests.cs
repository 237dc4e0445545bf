using Sandbox.ModAPI.Ingame;
using ShipSim.Host;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 3: what Section3_ProgrammableBlockTests does not already pin -
/// staggering across blocks, the periodic argument, TryRun on a block without a script, IGC callback runs not
/// merged with periodic ones, what a recompile and a world load reset.</summary>
public class Section3_RunLifecycleTests
{
    static (SimWorld World, SimGrid Ship, List<RunRecord> Runs) World(long seed = 1)
    {
        var (world, ship) = TestWorld.Ship(seed);
        var runs = new List<RunRecord>();
        world.RunCompleted += runs.Add;
        return (world, ship, runs);
    }

    [Theory]
    [InlineData("Update10", 10)]
    [InlineData("Update100", 100)]
    public void Section3_PeriodicUpdatesAreStaggeredAcrossBlocks(string frequency, int period)
    {
        var (world, ship, runs) = World();
        var script = "public Program() { Runtime.UpdateFrequency = UpdateFrequency." + frequency + "; } public void Main() { }";
        var blocks = Enumerable.Range(0, 12).Select(i => new SimProgrammableBlock(ship, "PB " + i, script)).ToList();
        world.Run(period * 3);
        foreach (var pb in blocks)
        {
            var ticks = runs.Where(r => r.Block == pb.EntityId).Select(r => r.Tick).ToList();
            Assert.Equal(3, ticks.Count); // every block runs once per period ...
            Assert.Single(ticks.Select(t => t % period).Distinct());
        }
        // ... but not all in the same tick.
        Assert.True(runs.Select(r => r.Tick % period).Distinct().Count() > 1);
    }

    [Fact]
    public void Section3_PeriodicRunsGetAnEmptyArgument()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update1 | UpdateFrequency.Update10 | UpdateFrequency.Once; }
            public void Main(string argument) { }
            """) { TerminalRunArgument = "not this" };
        world.Run(30);
        Assert.Equal(30, runs.Count);
        Assert.All(runs, r => Assert.Equal("", r.Argument));
        Assert.Equal(UpdateType.Update1 | UpdateType.Once | (1 % 10 == pb.Schedule.Slot10 ? UpdateType.Update10 : 0), runs[0].UpdateType);
    }

    [Fact]
    public void Section3_TryRunIsFalseForABlockWithoutAScriptOrWithABrokenOne()
    {
        var (_, ship, runs) = World();
        _ = new SimProgrammableBlock(ship, "Empty");
        _ = new SimProgrammableBlock(ship, "Broken", "public void Main() { undefined(); }");
        var caller = new SimProgrammableBlock(ship, "Caller", """
            public void Main(string argument)
            {
                Echo(((IMyProgrammableBlock)GridTerminalSystem.GetBlockWithName(argument)).TryRun("x").ToString());
            }
            """);
        caller.RunFromToolbar("Empty");
        Assert.Equal("False\n", caller.EchoText);
        caller.RunFromToolbar("Broken");
        Assert.Equal("False\n", caller.EchoText);
        Assert.All(runs, r => Assert.Equal(caller.EntityId, r.Block));
    }

    [Fact]
    public void Section3_TryRunPassesTheArgumentAsGiven()
    {
        var (_, ship, _) = World();
        var target = new SimProgrammableBlock(ship, "Target", "public void Main(string a) { Storage = \"[\" + a + \"]\"; }");
        var caller = new SimProgrammableBlock(ship, "Caller", """
            public void Main() { ((IMyProgrammableBlock)GridTerminalSystem.GetBlockWithName("Target")).TryRun("  spaced -x \"q\" "); }
            """);
        caller.RunFromTerminal();
        Assert.Equal("[  spaced -x \"q\" ]", target.Instance!.Storage);
    }

    [Fact]
    public void Section3_IgcCallbackRunIsNotMergedWithPeriodicFlags()
    {
        var (world, ship, runs) = World();
        var sender = new SimProgrammableBlock(ship, "Sender", "public void Main() { IGC.SendBroadcastMessage(\"chan\", 1); }");
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            public Program()
            {
                Runtime.UpdateFrequency = UpdateFrequency.Update1;
                IGC.RegisterBroadcastListener("chan").SetMessageCallback("msg");
            }
            public void Main(string argument, UpdateType updateType) { }
            """);
        world.Run(3);
        sender.RunFromToolbar("");
        runs.Clear();
        world.Run(1);
        var mine = runs.Where(r => r.Block == receiver.EntityId).ToList();
        Assert.Equal([(UpdateType.IGC, "msg"), (UpdateType.Update1, "")], mine.Select(r => (r.UpdateType, r.Argument)));
    }

    [Fact]
    public void Section3_RecompileKeepsStorageRunsTheConstructorAgainWithAFreshRuntime()
    {
        var (world, ship, _) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Storage += "c"; Runtime.UpdateFrequency |= UpdateFrequency.Update10; }
            public void Main(string argument) { if (argument == "fast") Runtime.UpdateFrequency = UpdateFrequency.Update1; }
            """);
        pb.RunFromToolbar("fast");
        var oldRuntime = pb.Instance!.Runtime;
        Assert.Equal(UpdateFrequency.Update1, oldRuntime.UpdateFrequency);
        pb.Recompile();
        Assert.Equal("cc", pb.Instance!.Storage); // kept (no Save() here), constructor ran again
        Assert.NotSame(oldRuntime, pb.Instance.Runtime);
        Assert.Equal(UpdateFrequency.Update10, pb.Instance.Runtime.UpdateFrequency); // not Update1 | Update10
        world.Run(20);
        Assert.Equal(1 + 2, pb.RunCount); // the "fast" run, then Update10 twice (not Update1 twenty times)
    }

    [Fact]
    public void Section3_UpdateFrequencyIsNotPersistedAcrossWorldLoad()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Echo("constructed with [" + Storage + "]"); }
            public void Main(string argument)
            {
                if (argument == "start") { Runtime.UpdateFrequency = UpdateFrequency.Update10; Storage = "started"; }
            }
            """);
        pb.RunFromToolbar("start");
        world.Run(50);
        Assert.Equal(6, runs.Count);
        world.SaveAndLoad();
        Assert.Equal("constructed with [started]\n", pb.EchoText);
        Assert.Equal(UpdateFrequency.None, pb.Instance!.Runtime.UpdateFrequency);
        world.Run(100);
        Assert.Equal(6, runs.Count);
    }

    [Fact]
    public void Section3_SaveRunsOnEveryWorldSave()
    {
        var (_, ship, _) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            int saves;
            public void Main() { }
            public void Save() { saves++; Storage = "saves=" + saves; }
            """);
        pb.SaveWorld();
        pb.SaveWorld();
        Assert.Equal("saves=2", pb.SavedStorage);
        Assert.Equal("saves=2", pb.Instance!.Storage);
    }

    [Fact]
    public void Section3_TerminatedScriptIgnoresIgcCallbacksAndTryRun()
    {
        var (world, ship, runs) = World();
        var sender = new SimProgrammableBlock(ship, "Sender", "public void Main() { IGC.SendBroadcastMessage(\"chan\", 1); }");
        var broken = new SimProgrammableBlock(ship, "Broken", """
            public Program() { IGC.RegisterBroadcastListener("chan").SetMessageCallback("msg"); }
            public void Main(string argument) { if (argument == "boom") throw new Exception("boom"); }
            """);
        var caller = new SimProgrammableBlock(ship, "Caller", "public void Main() { Echo(((IMyProgrammableBlock)GridTerminalSystem.GetBlockWithName(\"Broken\")).TryRun(\"\").ToString()); }");
        broken.RunFromToolbar("boom");
        Assert.True(broken.IsTerminated);
        runs.Clear();
        sender.RunFromToolbar("");
        world.Run(5);
        caller.RunFromToolbar("");
        Assert.Equal("False\n", caller.EchoText);
        Assert.DoesNotContain(runs, r => r.Block == broken.EntityId);
    }
}
