using Sandbox.ModAPI.Ingame;
using ShipSim.Host;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Observation;

namespace ShipSim.World.Tests;

/// <summary>Programmable blocks in the world: hosting (section 1), limits (2) and the run lifecycle (3).</summary>
public class Section3_ProgrammableBlockTests
{
    // Records every run as "tick:UpdateType:argument" in Storage, so a test sees what ran when.
    const string RunLogger = """
        public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update10; }
        public void Main(string argument, UpdateType updateType)
        {
            Storage += updateType + ":" + argument + ";";
        }
        """;

    static (SimWorld World, SimGrid Ship, List<RunRecord> Runs) World(long seed = 1)
    {
        var (world, ship) = TestWorld.Ship(seed);
        var runs = new List<RunRecord>();
        world.RunCompleted += runs.Add;
        return (world, ship, runs);
    }

    [Fact]
    public void Section3_ScriptThatNeverSetsUpdateFrequencyNeverRunsByItself()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", "public void Main() { Echo(\"ran\"); }");
        world.RunSeconds(60);
        Assert.Empty(runs);
        Assert.Equal(0, pb.RunCount);
        Assert.Equal("", pb.EchoText);
    }

    [Fact]
    public void Section3_Update10RunsEveryTenTicksInTheBlocksOwnSlot()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", RunLogger);
        world.Run(100);
        Assert.Equal(10, runs.Count);
        Assert.All(runs, r => Assert.Equal(UpdateType.Update10, r.UpdateType));
        Assert.All(runs, r => Assert.Equal(pb.Schedule.Slot10, r.Tick % 10));
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.Equal(10, pair.Second.Tick - pair.First.Tick));
    }

    [Fact]
    public void Section3_DueFlagsMergeIntoOneRun()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update1 | UpdateFrequency.Update100; }
            public void Main(string argument, UpdateType updateType) { }
            """);
        world.Run(200);
        Assert.Equal(200, runs.Count); // one run per tick, never two
        var merged = runs.Where(r => (r.UpdateType & UpdateType.Update100) != 0).ToList();
        Assert.Equal(2, merged.Count);
        Assert.All(merged, r => Assert.Equal(UpdateType.Update1 | UpdateType.Update100, r.UpdateType));
        Assert.All(merged, r => Assert.Equal(pb.Schedule.Slot100, r.Tick % 100));
    }

    [Fact]
    public void Section3_OnceRunsInTheNextTickAndClearsItself()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Once; }
            public void Main(string argument, UpdateType updateType)
            {
                Echo(Runtime.UpdateFrequency.ToString());
                if (argument == "again") Runtime.UpdateFrequency |= UpdateFrequency.Once;
            }
            """);
        world.Run(30);
        var once = Assert.Single(runs);
        Assert.Equal(UpdateType.Once, once.UpdateType);
        Assert.Equal(1, once.Tick);
        Assert.Equal("None\n", pb.EchoText); // cleared before the run

        pb.TerminalRunArgument = "again";
        pb.RunFromTerminal();
        world.Run(30);
        Assert.Equal([UpdateType.Once, UpdateType.Terminal, UpdateType.Once], runs.Select(r => r.UpdateType));
        Assert.Equal(31, runs[2].Tick);
    }

    [Fact]
    public void Section3_TimerToolbarRunsSeveralBlocksWithTheirArgumentsInOneTick()
    {
        var (world, ship, runs) = World();
        var a = new SimProgrammableBlock(ship, "PB A", "public void Main(string a, UpdateType u) { Echo(a + \"/\" + u); }");
        var b = new SimProgrammableBlock(ship, "PB B", "public void Main(string a, UpdateType u) { Echo(a + \"/\" + u); }");
        b.TerminalRunArgument = "default";
        var timer = new SimTimerBlock(ship, "Timer");
        timer.Toolbar.Add(a, "Run", "cycle outer").Add(b, "RunWithDefaultArgument").Add(a, "Run", null);
        timer.Trigger();
        Assert.Equal(["cycle outer", "default", ""], runs.Select(r => r.Argument));
        Assert.All(runs, r => Assert.Equal(UpdateType.Trigger, r.UpdateType));
        Assert.All(runs, r => Assert.Equal(runs[0].Tick, r.Tick));
        Assert.Equal("/Trigger\n", a.EchoText); // the last run's echo only
        Assert.Equal("default/Trigger\n", b.EchoText);
    }

    [Fact]
    public void Section3_TerminalRunUsesTheTerminalArgument()
    {
        var (_, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", RunLogger) { TerminalRunArgument = "status" };
        pb.RunFromTerminal();
        var run = Assert.Single(runs);
        Assert.Equal((UpdateType.Terminal, "status"), (run.UpdateType, run.Argument));
    }

    [Fact]
    public void Section3_TryRunIsSynchronousWithScriptTypeAndFailsOnBlocksThatCannotRun()
    {
        var (_, ship, runs) = World();
        var target = new SimProgrammableBlock(ship, "Target", "public void Main(string a, UpdateType u) { Storage = a + \"/\" + u; }");
        var caller = new SimProgrammableBlock(ship, "Caller", """
            public void Main(string argument)
            {
                var target = (IMyProgrammableBlock)GridTerminalSystem.GetBlockWithName("Target");
                Echo(target.TryRun(argument) + " " + Me.IsRunning + " " + target.IsRunning);
            }
            """);
        caller.RunFromToolbar("hello");
        Assert.Equal("True True False\n", caller.EchoText);
        Assert.Equal("hello/Script", target.Instance!.Storage);
        Assert.Equal([UpdateType.Script, UpdateType.Trigger], runs.Select(r => r.UpdateType)); // inner completes first

        target.Enabled = false;
        caller.RunFromToolbar("again");
        Assert.Equal("False True False\n", caller.EchoText);
        Assert.Equal("hello/Script", target.Instance!.Storage);
    }

    [Fact]
    public void Section3_TryRunOfItselfFailsBecauseItIsRunning()
    {
        var (_, ship, _) = World();
        var pb = new SimProgrammableBlock(ship, "PB", "public void Main(string a) { if (a == \"\") Echo(Me.TryRun(\"inner\").ToString()); }");
        pb.RunFromToolbar("");
        Assert.Equal("False\n", pb.EchoText);
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("unpowered")]
    [InlineData("damaged")]
    [InlineData("no physics")]
    public void Section3_RunsAreSkippedUnlessWorkingWithPhysics(string condition)
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", RunLogger);
        Action<bool> set = condition switch
        {
            "disabled" => off => pb.Enabled = !off,
            "unpowered" => off => ship.Powered = !off,
            "damaged" => off => { if (off) pb.Damage(0.6); else pb.Repair(); },
            _ => off => ship.HasPhysics = !off,
        };
        set(true);
        world.Run(100);
        Assert.Equal(RunStatus.Ignored, pb.RunFromToolbar("x").Status);
        Assert.Empty(runs);
        set(false);
        world.Run(100);
        Assert.Equal(10, runs.Count);
    }

    [Fact]
    public void Section3_TimeSinceLastRunIsGameTime()
    {
        var (world, ship, _) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update100; }
            public void Main() { Echo(Runtime.TimeSinceLastRun.TotalMilliseconds.ToString("0")); }
            """);
        world.Run(300);
        Assert.Equal("1667\n", pb.EchoText); // 100 ticks at 60 per second
    }

    [Fact]
    public void Section3_UncaughtExceptionTerminatesUntilRecompile()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update10; }
            public void Main(string argument)
            {
                Echo("before");
                if (argument == "boom") throw new InvalidOperationException("bad state");
            }
            """);
        world.Run(20);
        Assert.Equal(2, runs.Count);
        pb.RunFromToolbar("boom");
        Assert.True(pb.IsTerminated);
        Assert.Contains("before", pb.DetailedInfo);
        Assert.Contains("InvalidOperationException: bad state", pb.DetailedInfo);
        Assert.Equal(UpdateFrequency.Update10, pb.Instance!.Runtime.UpdateFrequency); // stays set
        world.Run(100);
        Assert.Equal(3, runs.Count); // ... but nothing runs
        Assert.Equal(RunStatus.Ignored, pb.RunFromTerminal().Status);

        pb.Recompile();
        Assert.False(pb.IsTerminated);
        world.Run(100);
        Assert.Equal(13, runs.Count);
    }

    [Fact]
    public void Section2_InfiniteLoopIsStoppedAt50000AndTerminatesTheScript()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update10; }
            public void Main() { while (true) { } }
            """);
        world.Run(100);
        var run = Assert.Single(runs);
        Assert.True(run.Instructions > 50_000 && run.Instructions <= 50_001, $"{run.Instructions} instructions");
        Assert.Equal(nameof(TerminationKind.InstructionLimit), run.Outcome);
        Assert.True(pb.IsTerminated);
        Assert.Contains("Script Too Complex", pb.DetailedInfo);
    }

    [Fact]
    public void Section3_RecompileRunsSaveKeepsStorageResetsFrequencyAndDropsIgc()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            int runs;
            public Program()
            {
                if (Storage == "") Runtime.UpdateFrequency = UpdateFrequency.Update10;
                IGC.RegisterBroadcastListener("chan");
            }
            public void Main() { runs++; }
            public void Save() { Storage = "runs=" + runs; }
            """);
        var oldContext = pb.Igc;
        world.Run(50);
        pb.Recompile();
        Assert.Equal("runs=5", pb.Instance!.Storage);
        Assert.Equal(UpdateFrequency.None, pb.Instance.Runtime.UpdateFrequency);
        Assert.NotSame(oldContext, pb.Igc);
        world.Run(50);
        Assert.Equal(5, runs.Count);
    }

    [Fact]
    public void Section3_WorldSaveAndLoadRestartsEveryScriptFromItsStorage()
    {
        var (world, ship, _) = World();
        const string counter = """
            int runs;
            public Program() { int.TryParse(Storage, out runs); Runtime.UpdateFrequency = UpdateFrequency.Update10; }
            public void Main() { runs++; Echo(runs.ToString()); }
            public void Save() { Storage = runs.ToString(); }
            """;
        var a = new SimProgrammableBlock(ship, "A", counter);
        var b = new SimProgrammableBlock(ship, "B", counter);
        world.Run(100);
        var schedule = new FaultSchedule(world).At(101, new SaveAndLoadWorld());
        world.Run(1);
        Assert.Equal("10", a.SavedStorage);
        Assert.Equal("10", b.SavedStorage);
        world.Run(99);
        Assert.Equal("20\n", a.EchoText);
        Assert.Empty(schedule.Pending);
    }

    [Fact]
    public void Section3_TerminateFaultStopsTheScriptLikeAnException()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", RunLogger);
        new FaultSchedule(world).At(50, new TerminateScript(pb.EntityId, "shot"));
        world.Run(200);
        Assert.Equal(Enumerable.Range(1, 49).Count(t => t % 10 == pb.Schedule.Slot10), runs.Count(r => r.Tick < 50));
        Assert.DoesNotContain(runs, r => r.Tick >= 50);
        Assert.Contains("shot", pb.DetailedInfo);
    }

    [Fact]
    public void Section3_OwnershipChangeTerminatesTheScript()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", RunLogger);
        new FaultSchedule(world).At(30, new ChangeOwner(pb.EntityId, 2));
        world.Run(100);
        Assert.True(pb.IsTerminated);
        Assert.Contains("owner changed", pb.DetailedInfo);
        Assert.DoesNotContain(runs, r => r.Tick >= 30);
    }

    [Fact]
    public void Section1_TwoBlocksRunningTheSameScriptKeepSeparateStatics()
    {
        var (_, ship, _) = World();
        const string script = "static int runs; public void Main() { runs++; Echo(runs.ToString()); }";
        var a = new SimProgrammableBlock(ship, "A", script);
        var b = new SimProgrammableBlock(ship, "B", script);
        a.RunFromToolbar(""); a.RunFromToolbar(""); a.RunFromToolbar("");
        b.RunFromToolbar("");
        Assert.Equal("3\n", a.EchoText);
        Assert.Equal("1\n", b.EchoText);
        Assert.Same(a.Image, b.Image); // compiled once, loaded twice
    }

    [Fact]
    public void Section1_EchoKeepsTheLast8000CharactersAndClearsEachRun()
    {
        var (_, ship, _) = World();
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main(string argument)
            {
                for (int i = 0; i < 1000; i++) Echo(argument + i.ToString("0000"));
            }
            """);
        pb.RunFromToolbar("first-");
        pb.RunFromToolbar("xxxxx"); // 1,000 lines of 10 characters
        Assert.Equal(8000, pb.EchoText.Length);
        Assert.DoesNotContain("first", pb.EchoText);
        Assert.StartsWith("xxxxx0200\n", pb.EchoText);
        Assert.EndsWith("xxxxx0999\n", pb.DetailedInfo);
    }

    [Fact]
    public void Section1_CompileErrorsShowInDetailedInfoAndNothingRuns()
    {
        var (world, ship, runs) = World();
        var pb = new SimProgrammableBlock(ship, "PB", "using System.IO;\npublic void Main() { }");
        world.Run(100);
        Assert.Null(pb.Instance);
        Assert.StartsWith("Compilation failed:", pb.DetailedInfo);
        Assert.Contains("Program(1,1): error PB0002", pb.DetailedInfo);
        Assert.Empty(runs);
    }

    [Fact]
    public void Section1_ProgramSeesItsBlockAndTerminalSystemInTheConstructor()
    {
        var (_, ship, _) = World();
        _ = new SimTextPanel(ship, "LCD");
        var pb = new SimProgrammableBlock(ship, "PB", """
            public Program()
            {
                var lcd = (IMyTextPanel)GridTerminalSystem.GetBlockWithName("LCD");
                Me.GetSurface(0).WriteText(Me.CustomName + " sees " + lcd.CustomName);
            }
            public void Main() { }
            """);
        Assert.Equal("PB sees LCD", pb.Surfaces[0].GetText());
        Assert.Equal(2, pb.SurfaceCount);
    }

    [Fact]
    public void Section8_MessageSentInTickNIsReadInTickNPlusOneByCallback()
    {
        var (world, ship, runs) = World();
        var sender = new SimProgrammableBlock(ship, "Sender", """
            public void Main(string argument) { IGC.SendBroadcastMessage("chan", argument); }
            """);
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            IMyBroadcastListener listener;
            public Program()
            {
                listener = IGC.RegisterBroadcastListener("chan");
                listener.SetMessageCallback("message");
            }
            public void Main(string argument, UpdateType updateType)
            {
                Echo(updateType + " " + argument + " pending=" + listener.HasPendingMessage);
                while (listener.HasPendingMessage) Echo((string)listener.AcceptMessage().Data);
            }
            """);
        world.Run(5);
        sender.RunFromToolbar("ping");
        receiver.RunFromTerminal();
        Assert.Equal("Terminal  pending=False\n", receiver.EchoText); // not in the sending tick
        long sentTick = world.Tick;
        world.Run(1);
        var callback = runs.Last();
        Assert.Equal((sentTick + 1, UpdateType.IGC, "message"), (callback.Tick, callback.UpdateType, callback.Argument));
        Assert.Equal("IGC message pending=True\nping\n", receiver.EchoText);
    }

    [Fact]
    public void Section8_The26thUnreadMessagePushesOutTheFirst()
    {
        var (world, ship, _) = World();
        var sender = new SimProgrammableBlock(ship, "Sender", """
            public void Main() { for (int i = 1; i <= 26; i++) IGC.SendBroadcastMessage("chan", i); }
            """);
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            IMyBroadcastListener listener;
            public Program() { listener = IGC.RegisterBroadcastListener("chan"); }
            public void Main()
            {
                var read = new List<int>();
                while (listener.HasPendingMessage) read.Add((int)listener.AcceptMessage().Data);
                Echo(read.Count + ": " + string.Join(",", read));
            }
            """);
        sender.RunFromToolbar("");
        world.Run(1);
        receiver.RunFromToolbar("");
        Assert.Equal("25: " + string.Join(",", Enumerable.Range(2, 25)) + "\n", receiver.EchoText);
    }

    [Fact]
    public void Section8_OneCallbackRunPerBlockPerTick()
    {
        var (world, ship, runs) = World();
        var sender = new SimProgrammableBlock(ship, "Sender", """
            public void Main() { IGC.SendBroadcastMessage("a", 1); IGC.SendBroadcastMessage("b", 2); IGC.SendBroadcastMessage("a", 3); }
            """);
        var receiver = new SimProgrammableBlock(ship, "Receiver", """
            public Program()
            {
                IGC.RegisterBroadcastListener("a").SetMessageCallback("a");
                IGC.RegisterBroadcastListener("b").SetMessageCallback("b");
            }
            public void Main() { }
            """);
        sender.RunFromToolbar("");
        runs.Clear();
        world.Run(3);
        Assert.Single(runs, r => r.UpdateType == UpdateType.IGC && r.Block == receiver.EntityId);
    }
}
