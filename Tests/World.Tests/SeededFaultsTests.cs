using System.Globalization;
using ShipSim.World.Blocks;
using ShipSim.World.Faults;
using ShipSim.World.Scenarios;

namespace ShipSim.World.Tests;

/// <summary>Fault schedules drawn from a seed: replayable, put right, never leave the ship without a PB.</summary>
public class SeededFaultsTests
{
    const string IdleScript = "public void Main() { }";
    const long Minute = 60L * 60;
    const long Hour = 60 * Minute;

    static (ShipScenario Ship, FaultSchedule Faults) Draw(long seed, FaultMix? mix = null, long until = Hour)
    {
        var ship = ShipScenario.Build(seed, IdleScript, new ShipSpec(ProgrammableBlocks: 3, Airlocks: 2));
        return (ship, SeededFaults.Draw(ship.World, 1, until, mix ?? new FaultMix()));
    }

    static List<string> Listing(FaultSchedule faults) => faults.Pending.Select(f => $"{f.Tick}: {f.Fault}").ToList();

    [Fact]
    public void TheSameSeedDrawsTheSameFaultsAndAnotherSeedOthers()
    {
        var first = Listing(Draw(5).Faults);
        Assert.Equal(first, Listing(Draw(5).Faults));
        Assert.NotEqual(first, Listing(Draw(6).Faults));
        // About one fault a minute, plus the faults that put things right.
        Assert.InRange(first.Count, 60, 140);
        Assert.All(first, line => Assert.InRange(long.Parse(line[..line.IndexOf(':')], CultureInfo.InvariantCulture), 1, Hour - 1));
    }

    [Fact]
    public void EveryKindOfFaultIsDrawnOverSomeSeeds()
    {
        var kinds = Enumerable.Range(1, 5).SelectMany(seed => Draw(seed).Faults.Pending.Select(f => f.Fault.GetType().Name)).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "TerminateScript", "RecompileScript", "SaveAndLoadWorld", "DamageBlock", "RepairBlock",
                "SetBlockEnabled", "SetGridPower", "DestroyBlock", "BreachRoom", "SealRoom", "EmptyTank", "FillTank",
                "ObstructDoor", "HandUseDoor" },
            kinds);
    }

    [Fact]
    public void ThingsTakenAwayArePutRightBeforeTheyAreTakenAwayAgain()
    {
        // Dense faults (one every quarter second on average) make overlapping windows on one block, grid, room or
        // door near certain, unless the draw refuses them.
        for (var seed = 1; seed <= 3; seed++)
        {
            var (_, faults) = Draw(seed, new FaultMix { MeanTicksBetweenFaults = 15 }, until: 10 * Minute);
            var takenAway = new HashSet<string>();
            var windows = 0;
            foreach (var (tick, fault) in faults.Pending)
            {
                if (Window(fault) is not var (what, takes))
                    continue;
                if (takes)
                {
                    Assert.True(takenAway.Add(what), $"seed {seed}, tick {tick}: {what} taken away again before it was put right");
                    windows++;
                }
                else
                    Assert.True(takenAway.Remove(what), $"seed {seed}, tick {tick}: {what} put right while not taken away");
            }
            Assert.Empty(takenAway);
            Assert.True(windows > 100, $"seed {seed}: only {windows} windows drawn");
        }
    }

    // What a fault takes away or puts right, and which of the two it does; null for faults without a window.
    static (string What, bool TakesAway)? Window(Fault fault) => fault switch
    {
        SetBlockEnabled f => ($"enabled #{f.BlockId}", !f.Enabled),
        SetGridPower f => ($"power #{f.GridId}", !f.Powered),
        DamageBlock f => ($"integrity #{f.BlockId}", true),
        RepairBlock f => ($"integrity #{f.BlockId}", false),
        BreachRoom f => ("hull " + f.RoomName, true),
        SealRoom f => ("hull " + f.RoomName, false),
        ObstructDoor f => ($"doorway #{f.DoorId}", f.Ratio != null),
        _ => null,
    };

    [Fact]
    public void AfterTheLastFaultEverythingIsPutRightAndAProgrammableBlockIsStanding()
    {
        var (ship, faults) = Draw(3, new FaultMix { MeanTicksBetweenFaults = 120 }, until: 5 * Minute);
        Assert.True(faults.Pending.Count() > 100);
        ship.World.Run(5 * Minute);
        Assert.Empty(faults.Pending);
        AssertPutRight(ship, "seed 3");
    }

    /// <summary>The long run: 20 seeds of an hour each with a fault every 10 s on average. Not part of the unit suite
    /// (<see cref="SoakFactAttribute"/>).</summary>
    [SoakFact, Trait("Category", "Soak")]
    public void Soak_TwentySeedsOfAnHourEndPutRight()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var (ship, _) = Draw(seed, new FaultMix { MeanTicksBetweenFaults = 600 });
            ship.World.Run(Hour);
            AssertPutRight(ship, $"seed {seed}");
        }
    }

    static void AssertPutRight(ShipScenario ship, string label)
    {
        Assert.Contains(ship.Nodes, pb => !pb.Closed);
        Assert.All(ship.World.AllBlocksEverBuilt.Where(block => block.Closed),
            block => Assert.True(block is SimProgrammableBlock, $"{label}: {block} was destroyed"));
        Assert.True(ship.Grid.Powered, label);
        Assert.All(ship.World.Blocks, block => Assert.True(block.IsFunctional, $"{label}: {block.CustomName}"));
        Assert.All(ship.World.Blocks.OfType<Core.SimFunctionalBlock>(), block => Assert.True(block.Enabled, $"{label}: {block.CustomName}"));
        Assert.All(ship.Air.Atmosphere.Rooms, room => Assert.False(room.Breached, $"{label}: {room.Name}"));
        Assert.All(ship.World.Blocks.OfType<SimDoor>(), door => Assert.Null(door.Mechanism.Obstruction));
    }

    [Fact]
    public void AnEmptyMixDrawsNothing()
    {
        Assert.Empty(Draw(1, FaultMix.None).Faults.Pending);
    }
}
