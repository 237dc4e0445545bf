using ShipSim.World.Blocks;
using ShipSim.World.Faults;
using ShipSim.World.Scenarios;

namespace ShipSim.World.Tests;

/// <summary>Fault schedules drawn from a seed: replayable, put right, never leave the ship without a PB.</summary>
public class SeededFaultsTests
{
    const string IdleScript = "public void Main() { }";
    const long Hour = 3600L * 60;

    static (ShipScenario Ship, FaultSchedule Faults) Draw(long seed, FaultMix? mix = null)
    {
        var ship = ShipScenario.Build(seed, IdleScript, new ShipSpec(ProgrammableBlocks: 3, Airlocks: 2));
        return (ship, SeededFaults.Draw(ship.World, 1, Hour, mix ?? new FaultMix()));
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
        Assert.All(first, line => Assert.InRange(long.Parse(line[..line.IndexOf(':')]), 1, Hour - 1));
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
    public void WhatIsTakenAwayIsPutRightAndOneProgrammableBlockIsLeftStanding()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var (ship, faults) = Draw(seed, new FaultMix { MeanTicksBetweenFaults = 600 });
            var pending = faults.Pending.Select(f => f.Fault).ToList();
            Assert.Equal(pending.OfType<DamageBlock>().Count(), pending.OfType<RepairBlock>().Count());
            Assert.Equal(pending.OfType<BreachRoom>().Count(), pending.OfType<SealRoom>().Count());
            Assert.Equal(pending.Count(f => f is SetGridPower { Powered: false }), pending.Count(f => f is SetGridPower { Powered: true }));
            Assert.Equal(pending.Count(f => f is ObstructDoor { Ratio: not null }), pending.Count(f => f is ObstructDoor { Ratio: null }));

            ship.World.Run(Hour);
            Assert.Single(ship.Nodes, pb => !pb.Closed);
            Assert.Equal(ship.World.AllBlocksEverBuilt.Count - 2, ship.World.Blocks.Count); // only PBs are destroyed
            Assert.True(ship.Grid.Powered);
            Assert.All(ship.World.Blocks, block => Assert.True(block.IsFunctional, $"seed {seed}: {block.CustomName}"));
            Assert.All(ship.Air.Atmosphere.Rooms, room => Assert.False(room.Breached));
        }
    }

    [Fact]
    public void AnEmptyMixDrawsNothing()
    {
        Assert.Empty(Draw(1, FaultMix.None).Faults.Pending);
    }
}
