using ShipSim.Scenarios;
using ShipSim.Scenarios.Checkers;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Igc;
using Sandbox.ModAPI.Ingame;

namespace ShipSim.Failover.Tests;

/// <summary>The failover mixin through the probe script on simulated ships: failback, split brain, visitors, state
/// across restarts, what the console says, and bad configuration.</summary>
public class ScenarioTests
{
    static ProbeShip Settled(int nodes = 3, Func<int, string>? customData = null)
    {
        var ship = new ProbeShip(nodes, customData: customData);
        ship.RunTo(400);
        return ship;
    }

    static string Config(int rank, string preempt = "idle", string id = "ship") => $"[failover]\nid={id}\nrank={rank}\npreempt={preempt}\n";

    // ---------------------------------------------------------------- failback

    [Theory]
    [InlineData("idle")]
    [InlineData("always")]
    public void ARepairedBetterRankTakesTheLeadBackAfterTheNewActiveLedForAHeartbeat(string preempt)
    {
        var ship = Settled(customData: r => Config(r, preempt));
        ship.Faults.At(410, new SetBlockEnabled(ship.Nodes[0].EntityId, false));
        ship.Faults.At(700, new SetBlockEnabled(ship.Nodes[0].EntityId, true));
        ship.RunTo(1200);
        Assert.Equal(["PB 0", "PB 1", "PB 0"], ship.TakeoverNames);
        Assert.Equal(ship.Nodes[0], ship.LastActor);
        // The handover never interleaves: PB 1 stops before PB 0 starts again.
        var handback = ship.Effects.Last(e => e.Pb == ship.Nodes[1].EntityId).Tick;
        Assert.All(ship.Effects.Where(e => e.Tick > handback), e => Assert.Equal(ship.Nodes[0].EntityId, e.Pb));
    }

    [Fact]
    public void WithPreemptNeverTheRepairedBetterRankStandsBy()
    {
        var ship = Settled(customData: r => Config(r, "never"));
        ship.Faults.At(410, new SetBlockEnabled(ship.Nodes[0].EntityId, false));
        ship.Faults.At(700, new SetBlockEnabled(ship.Nodes[0].EntityId, true));
        ship.RunTo(2000);
        Assert.Equal(["PB 0", "PB 1"], ship.TakeoverNames);
        Assert.Equal(ship.Nodes[1], ship.LastActor);
        Assert.Contains("STANDBY", ProbeShip.Screen(ship.Nodes[0]));
    }

    // ---------------------------------------------------------------- split brain

    [Fact]
    public void WhenTwoLeadersMeetOneStandsDownWithinOneHeartbeat()
    {
        var ship = Settled();
        // PB 2 leaves on its own piece of hull and leads it; the piece is merged back.
        ship.Faults.At(410, new SplitGrid(ship.Grid.EntityId, [ship.Nodes[2].EntityId], "Piece"));
        ship.RunTo(700);
        Assert.Contains("ACTIVE", ProbeShip.Screen(ship.Nodes[2]));
        var merge = ship.World.Tick + 1;
        ship.Faults.At(merge, new ActionFault("merge", w => w.Merge(ship.Grid, w.Grids.Single(g => g.CustomName == "Piece"))));
        ship.RunTo(merge + FailoverSafetyChecker.HeartbeatTicks + 1);
        var leaders = ship.Nodes.Count(pb => ProbeShip.Screen(pb).StartsWith("Failover Probe\nACTIVE", StringComparison.Ordinal));
        Assert.Equal(1, leaders);
        // The higher term wins: PB 2 claimed its piece after PB 0's term.
        Assert.Contains("ACTIVE", ProbeShip.Screen(ship.Nodes[2]));
        Assert.Contains("two blocks were active", ProbeShip.Screen(ship.Nodes[0]));
    }

    // PB 2 splits off and leads its own piece of hull, which is merged back at tick 700: two leaders meet.
    static (ProbeShip Ship, FailoverSafetyChecker Safety) TwoLeadersMeet(string script)
    {
        var ship = new ProbeShip(load: false);
        foreach (var pb in ship.Nodes)
            pb.LoadScript(script);
        var safety = new FailoverSafetyChecker(ship.World, new Nodes(ship.Grid, ship.Nodes));
        ship.Faults.At(410, new SplitGrid(ship.Grid.EntityId, [ship.Nodes[2].EntityId], "Piece"));
        ship.Faults.At(700, new ActionFault("merge", w => w.Merge(ship.Grid, w.Grids.Single(g => g.CustomName == "Piece"))));
        safety.Excuse(700, 700 + FailoverSafetyChecker.HeartbeatTicks);
        ship.RunTo(1500);
        return (ship, safety);
    }

    [Fact]
    public void TheSafetyCheckerPassesTwoLeadersThatResolveWithinTheMergeWindow() =>
        Assert.Empty(TwoLeadersMeet(ScriptCatalog.FailoverProbe).Safety.Violations);

    [Fact]
    public void TheSafetyCheckerCatchesABrokenElectionWhereTwoNodesBothStayActive()
    {
        // A deliberately broken election: an active that hears a winning active does not step down.
        var broken = ScriptCatalog.FailoverProbe.Replace("StepDown(FailoverReason.OtherActiveWins, m.From);", "return;", StringComparison.Ordinal);
        Assert.NotEqual(ScriptCatalog.FailoverProbe, broken);
        var (ship, safety) = TwoLeadersMeet(broken);
        Assert.Equal(2, ship.Nodes.Count(pb => ProbeShip.Screen(pb).StartsWith("Failover Probe\nACTIVE", StringComparison.Ordinal)));
        Assert.NotEmpty(safety.Violations);
        Assert.All(safety.Violations, v => Assert.True(v.Tick > 800, v.ToString()));
        Assert.Contains("within one heartbeat", safety.Violations[0].Message);
    }

    // ---------------------------------------------------------------- visitors and other groups

    [Fact]
    public void ADockedVisitorRunningTheScriptWithTheSameIdNeverTakesPart()
    {
        var ship = new ProbeShip();
        var visitor = ship.World.AddGrid("Visitor");
        var visitorLight = new SimInteriorLight(visitor, "Failover Witness");
        var visitorPb = new SimProgrammableBlock(visitor, "Visitor PB") { CustomData = Config(0) };
        ship.World.Topology.Dock(ship.Grid, visitor);
        visitorPb.LoadScript(ScriptCatalog.FailoverProbe);
        ship.RunTo(400);
        // Each ship has its own leader, and neither acts on the other's blocks.
        Assert.Contains("ACTIVE", ProbeShip.Screen(ship.Nodes[0]));
        Assert.Contains("ACTIVE", ProbeShip.Screen(visitorPb));
        Assert.DoesNotContain("Visitor PB", ProbeShip.Screen(ship.Nodes[1]));
        Assert.All(ship.Effects.Where(e => e.Block == visitorLight.EntityId), e => Assert.Equal(visitorPb.EntityId, e.Pb));
        Assert.All(ship.Effects.Where(e => e.Block == ship.Witness.EntityId), e => Assert.Equal(ship.Nodes[0].EntityId, e.Pb));
        // The visitor undocks and leaves; nothing changes here.
        ship.World.Topology.Undock(ship.Grid, visitor);
        ship.RunTo(800);
        Assert.Equal(ship.Nodes[0], ship.LastActor);
    }

    [Fact]
    public void MessagesOnTheChannelFromAnotherShipAreIgnoredAndCounted()
    {
        var ship = new ProbeShip();
        var visitor = ship.World.AddGrid("Visitor");
        // Another ship's block broadcasting on the channel as far as it reaches (an older or foreign script).
        var noisy = new SimProgrammableBlock(visitor, "Noisy PB", """
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update100; }
            public void Main()
            {
                IGC.SendBroadcastMessage("failover.mixin", System.Collections.Immutable.ImmutableList.Create("FO1B", "ship", "Failover Probe", "0", "99", "A", "", "", ""));
                IGC.SendBroadcastMessage("failover.mixin", "hello");
            }
            """);
        ship.World.Topology.Dock(ship.Grid, visitor);
        ship.RunTo(600);
        Assert.False(noisy.IsTerminated, noisy.DetailedInfo);
        Assert.Equal(ship.Nodes[0], ship.LastActor);
        Assert.Equal(["PB 0"], ship.TakeoverNames);
        Assert.Matches(@"Ignored \d+ message\(s\) from other ships", ProbeShip.Screen(ship.Nodes[0]));
    }

    [Fact]
    public void ACopyWithAnotherIdIsOutnumberedAndNeverLeadsBesideTheShipsLeader()
    {
        var ship = Settled(customData: r => r == 2 ? Config(0, id: "mining") : Config(r));
        Assert.Contains("ACTIVE", ProbeShip.Screen(ship.Nodes[0]));
        // Same script, another id, outnumbered: this block must not lead beside PB 0.
        Assert.Contains("id conflict", ProbeShip.Screen(ship.Nodes[2]));
        Assert.Contains("run Failover Probe with id=ship", ProbeShip.Screen(ship.Nodes[2]));
        Assert.All(ship.Effects.Where(e => e.Tick > 100), e => Assert.Equal(ship.Nodes[0].EntityId, e.Pb));
    }

    // ---------------------------------------------------------------- restarts keep state

    [Fact]
    public void TheTermSurvivesSaveAndLoadAndOnlyGrows()
    {
        var ship = Settled();
        ship.Faults.At(410, new DestroyBlock(ship.Nodes[0].EntityId));
        ship.RunTo(600);
        Assert.Contains("term 2", ProbeShip.Screen(ship.Nodes[1]));
        ship.Faults.At(610, new SaveAndLoadWorld());
        ship.RunTo(800);
        // Every script restarted; the survivors elect again with a higher term.
        Assert.Contains("ACTIVE  rank 1  term 3", ProbeShip.Screen(ship.Nodes[1]));
        Assert.StartsWith("failover1 3 ", ship.Nodes[1].Instance!.Storage, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandGivenOnlyToAStandbyIsForwardedToTheActiveAndRunOnce()
    {
        var ship = Settled();
        ship.Commands.At(450, ship.Nodes[2], "close all");
        ship.RunTo(600);
        Assert.Equal(["close all"], ship.ExecutedCommands);
        Assert.Contains("left to PB 0", ProbeShip.Screen(ship.Nodes[2]));
        Assert.Contains("given only to PB 2", ProbeShip.Screen(ship.Nodes[0]));
        Assert.Equal(ship.Nodes[0], ship.LastActor);
    }

    [Fact]
    public void TheSameCommandFromTwoTimersInOneTickRunsOnce()
    {
        var ship = new ProbeShip();
        var second = new SimTimerBlock(ship.Grid, "Second Timer");
        foreach (var pb in ship.Nodes)
            second.Toolbar.Add(pb, "Run");
        ship.RunTo(400);
        ship.CommandAt(450, "cycle Airlock 1");
        ship.Commands.At(450, second, "cycle Airlock 1");
        ship.CommandAt(451, "cycle Airlock 1"); // a tick later: a new command
        ship.RunTo(600);
        Assert.Equal(["cycle Airlock 1", "cycle Airlock 1"], ship.ExecutedCommands);
    }

    // ---------------------------------------------------------------- the console

    [Fact]
    public void AStandbysScreenSaysStandbyAndWhoIsActiveAndListsItsPeers()
    {
        var ship = Settled();
        var screen = ProbeShip.Screen(ship.Nodes[1]);
        Assert.Contains("STANDBY  rank 1  term 1  id=ship: active is PB 0 (rank 0)", screen);
        Assert.Contains("  PB 0: rank 0, active, heard <2 s ago", screen);
        Assert.Contains("  PB 2: rank 2, standby, heard <2 s ago", screen);
        Assert.Contains("ACTIVE  rank 0  term 1  id=ship", ProbeShip.Screen(ship.Nodes[0]));
    }

    [Fact]
    public void ALostPeerShowsAsNotWorkingAndATakeoverIsLoggedWithItsReason()
    {
        var ship = Settled();
        ship.Faults.At(410, new SetBlockPower(ship.Nodes[0].EntityId, false));
        ship.RunTo(1200);
        var screen = ProbeShip.Screen(ship.Nodes[1]);
        Assert.Contains("ACTIVE (term 2): the active block has no power", screen);
        Assert.Contains("  PB 0: rank 0, not working", screen);
    }

    [Fact]
    public void ARenamedPeerIsShownByItsNewName()
    {
        var ship = Settled();
        ship.Nodes[2].CustomName = "PB Aft";
        ship.RunTo(1100);
        Assert.Contains("  PB Aft: rank 2", ProbeShip.Screen(ship.Nodes[1]));
    }

    // ---------------------------------------------------------------- bad configuration

    public static TheoryData<string, string> BadConfigurations => new()
    {
        { "", "No [failover] in Custom Data" },
        { "[failover]\nid=ship\n", "rank= is not a whole number" },
        { "[failover]\nid=ship\nrank=first\n", "rank=first is not a whole number" },
        { "[failover]\nid=ship\nrank=-1\n", "rank=-1 is not a whole number" },
        { "[failover]\nid=ship\nrank=1\npreempt=sometimes\n", "preempt=sometimes is not idle, always or never" },
        { "[failover\nid=ship\n", "Custom Data line 1" },
    };

    [Theory, MemberData(nameof(BadConfigurations))]
    public void BadCustomDataIsReportedNeverRewrittenAndTheBlockRanksLast(string customData, string problem)
    {
        var ship = Settled(customData: r => r == 0 ? customData + "---\nnotes the player keeps" : Config(r));
        var original = customData + "---\nnotes the player keeps";
        Assert.Contains(problem, ProbeShip.Screen(ship.Nodes[0]));
        Assert.Equal(original, ship.Nodes[0].CustomData);
        Assert.All(ship.Runs, r => Assert.False(r.Terminated, r.ToString()));
        // Never two leaders because of it.
        Assert.Single(ship.Nodes, pb => ProbeShip.Screen(pb).Contains("ACTIVE", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateRanksAreReportedAndTheLowerEntityIdLeads()
    {
        var ship = Settled(customData: r => Config(r == 2 ? 0 : r));
        Assert.Contains("also has rank 0: lower EntityId leads", ProbeShip.Screen(ship.Nodes[2]));
        Assert.Equal(["PB 0"], ship.TakeoverNames);
    }

    [Fact]
    public void EditingTheRankWhileRunningTakesEffectWithoutARecompile()
    {
        var ship = Settled(customData: r => Config(r, "always"));
        ship.Nodes[0].CustomData = Config(3, "always");
        ship.Nodes[2].CustomData = "; the player moved this block up\n" + Config(0, "always");
        ship.RunTo(1200);
        Assert.Contains("Custom Data edited: id=ship rank=3 preempt=always", ProbeShip.Screen(ship.Nodes[0]));
        Assert.Equal(ship.Nodes[2], ship.LastActor);
        Assert.StartsWith("; the player moved this block up", ship.Nodes[2].CustomData, StringComparison.Ordinal);
    }

    [Fact]
    public void APeerThatAppearsMidRunJoinsAndOneThatIsGroundDownLeaves()
    {
        var ship = Settled();
        var late = new SimProgrammableBlock(ship.Grid, "PB Late") { CustomData = Config(5) };
        late.LoadScript(ScriptCatalog.FailoverProbe);
        ship.RunTo(500);
        Assert.Contains("PB Late (rank 5) joined", ProbeShip.Screen(ship.Nodes[0]));
        Assert.Contains("STANDBY", ProbeShip.Screen(late));
        ship.Nodes[2].Destroy();
        ship.RunTo(1200);
        Assert.DoesNotContain("  PB 2:", ProbeShip.Screen(ship.Nodes[0]));
        Assert.Equal(ship.Nodes[0], ship.LastActor);
    }

    [Fact]
    public void WithoutBeginRunActiveCheckStillDecidesOncePerRun()
    {
        // The minimal use from the mixin's documentation: ActiveCheck only, read several times a run.
        var minimal = ScriptCatalog.FailoverProbe.Replace("_failover.BeginRun(argument, updateSource);", "", StringComparison.Ordinal);
        var ship = new ProbeShip(load: false);
        foreach (var pb in ship.Nodes)
            pb.LoadScript(minimal);
        ship.RunTo(400);
        Assert.Equal(["PB 0"], ship.TakeoverNames);
        ship.Faults.At(410, new DestroyBlock(ship.Nodes[0].EntityId));
        ship.RunTo(600);
        Assert.Equal(["PB 0", "PB 1"], ship.TakeoverNames);
    }

    [Fact]
    public void AnUnknownFailoverCommandIsReported()
    {
        var ship = Settled();
        ship.Nodes[0].TerminalRunArgument = "failover promote";
        ship.Nodes[0].RunFromTerminal();
        Assert.Contains("Unknown command \"failover promote\"", ProbeShip.Screen(ship.Nodes[0]));
        Assert.Empty(ship.ExecutedCommands);
    }

    [Fact]
    public void YieldOnAStandbyIsRefusedWithAMessage()
    {
        var ship = Settled();
        ship.Nodes[1].TerminalRunArgument = "failover yield";
        ship.Nodes[1].RunFromTerminal();
        Assert.Contains("Not active: \"failover yield\" is for PB 0", ProbeShip.Screen(ship.Nodes[1]));
        ship.RunTo(600);
        Assert.Equal(ship.Nodes[0], ship.LastActor);
    }

    [Fact]
    public void IgcPayloadsOfTheMixinAreOnesTheGameAccepts() =>
        IgcPayload.Check(typeof(System.Collections.Immutable.ImmutableList<string>));

}
