using ShipSim.World.Blocks;
using ShipSim.World.Faults;

namespace ShipSim.Failover.Tests;

/// <summary>Every failure kind of the active block, with the takeover measured from the world: the tick of the first
/// effect (the witness light toggled by an active run) after the fault, against the promise of docs/failover.md.</summary>
public class TakeoverTests
{
    const long Settled = 400;

    /// <summary>Where in the heartbeat period the fault strikes (the update slots are fixed by the seed).</summary>
    public static TheoryData<long> Offsets => [0, 17, 41, 63, 88, 99];

    static ProbeShip Steady()
    {
        var ship = new ProbeShip();
        ship.RunTo(Settled);
        Assert.Equal(ship.Nodes[0], ship.LastActor);
        Assert.Equal(["PB 0"], ship.TakeoverNames);
        return ship;
    }

    static long Takeover(ProbeShip ship, long fault, long promise, string expectedLeader)
    {
        ship.RunTo(fault + promise + 200);
        var first = ship.FirstActionFrom(fault);
        Assert.NotNull(first);
        Assert.Equal(expectedLeader, first.Value.Pb.CustomName);
        Assert.Equal(["PB 0", expectedLeader], ship.TakeoverNames);
        Assert.All(ship.Runs, r => Assert.False(r.Terminated, r.ToString()));
        var latency = first.Value.Tick - fault;
        Assert.InRange(latency, 0, promise);
        // From then on only the new leader acts.
        Assert.All(ship.ActorsBetween(first.Value.Tick, ship.World.Tick), pb => Assert.Equal(expectedLeader, pb.CustomName));
        return latency;
    }

    [Theory, MemberData(nameof(Offsets))]
    public void Destroyed(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new DestroyBlock(ship.Nodes[0].EntityId));
        Takeover(ship, fault, 101, "PB 1");
    }

    [Theory, MemberData(nameof(Offsets))]
    public void Disabled(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new SetBlockEnabled(ship.Nodes[0].EntityId, false));
        Takeover(ship, fault, 101, "PB 1");
    }

    [Theory, MemberData(nameof(Offsets))]
    public void Unpowered(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new SetBlockPower(ship.Nodes[0].EntityId, false));
        Takeover(ship, fault, 101, "PB 1");
    }

    [Theory, MemberData(nameof(Offsets))]
    public void DamagedBelowFunctional(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new DamageBlock(ship.Nodes[0].EntityId, 0.6));
        Takeover(ship, fault, 101, "PB 1");
    }

    [Theory, MemberData(nameof(Offsets))]
    public void SplitOffTheConstruct(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new SplitGrid(ship.Grid.EntityId, [ship.Nodes[0].EntityId], "Debris"));
        ship.RunTo(fault + 300);
        // The split-off block leads its own one-block construct; this ship's own leader is PB 1.
        var first = ship.Effects.First(e => e.Tick >= fault && e.Pb != ship.Nodes[0].EntityId);
        Assert.Equal(ship.Nodes[1].EntityId, first.Pb);
        Assert.InRange(first.Tick - fault, 0, 101);
    }

    [Theory, MemberData(nameof(Offsets))]
    public void ScriptTerminated(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new TerminateScript(ship.Nodes[0].EntityId));
        Takeover(ship, fault, 250, "PB 1");
    }

    [Theory, MemberData(nameof(Offsets))]
    public void ScriptRecompiledResumesOnTheSameBlockWithinTwoTicks(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new RecompileScript(ship.Nodes[0].EntityId));
        Assert.InRange(Takeover(ship, fault, 2, "PB 0"), 0, 2);
    }

    [Theory, MemberData(nameof(Offsets))]
    public void YieldHandsOverToTheNextRankWithinTwoTicks(long offset)
    {
        var ship = Steady();
        var command = Settled + 100 + offset;
        ship.CommandAt(command, "failover yield");
        Assert.InRange(Takeover(ship, command, 2, "PB 1"), 1, 2);
        // PB 0 yielded: it does not take the lead back although it ranks better.
        ship.RunTo(command + 2000);
        Assert.Equal(ship.Nodes[1], ship.LastActor);
    }

    [Theory, MemberData(nameof(Offsets))]
    public void CommandInTheTickTheActiveIsDestroyedIsExecutedOnceInThatTick(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new DestroyBlock(ship.Nodes[0].EntityId));
        ship.CommandAt(fault, "cycle Airlock 1");
        Assert.Equal(0, Takeover(ship, fault, 0, "PB 1"));
        Assert.Equal(["cycle Airlock 1"], ship.ExecutedCommands);
    }

    [Theory, MemberData(nameof(Offsets))]
    public void CommandInTheTickTheActiveScriptDiesIsExecutedOnceWithinTwoTicks(long offset)
    {
        var ship = Steady();
        var fault = Settled + 100 + offset;
        ship.Faults.At(fault, new TerminateScript(ship.Nodes[0].EntityId));
        ship.CommandAt(fault, "cycle Airlock 1");
        Assert.InRange(Takeover(ship, fault, 2, "PB 1"), 1, 2);
        Assert.Equal(["cycle Airlock 1"], ship.ExecutedCommands);
    }

    [Fact]
    public void WithBothBetterRanksGoneTheThirdTakesOver()
    {
        var ship = Steady();
        ship.Faults.At(Settled + 150, new DestroyBlock(ship.Nodes[0].EntityId));
        ship.Faults.At(Settled + 150, new TerminateScript(ship.Nodes[1].EntityId));
        ship.RunTo(Settled + 800);
        Assert.Equal(ship.Nodes[2], ship.LastActor);
        Assert.Equal(["PB 0", "PB 2"], ship.TakeoverNames);
    }
}
