using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Faults;
using ShipSim.World.Physics;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 6: air vent blocks, rooms, tanks and breaches in the world.</summary>
public class Section6_VentTests
{
    [Fact]
    public void Section6_AChamberPumpedToZeroStillReportsDepressurizing()
    {
        var rig = new AirRig(tankFilled: 0);
        var (chamber, vent, _) = rig.Chamber(level: 1.0);
        Assert.Equal(VentStatus.Pressurized, vent.Status);
        vent.Depressurize = true;

        rig.RunUntil(() => vent.GetOxygenLevel() < SimAirVent.EmptyThreshold);
        long slot = vent.Mechanism.LastStatusUpdateTick;
        rig.World.Run(100); // the vent's own status update has come round again
        Assert.NotEqual(slot, vent.Mechanism.LastStatusUpdateTick);

        Assert.Equal(0.0, chamber.Level);
        Assert.True(vent.CanPressurize);
        Assert.True(vent.GetOxygenLevel() < 0.01f);
        Assert.Equal(VentStatus.Depressurizing, vent.Status); // the trap: never Depressurized
        Assert.Equal(AirRig.ChamberVolume, rig.Tank.Tank.Filled, 9);
    }

    [Fact]
    public void Section6_StatusIsRecomputedOnlyOnTheVentsOwn100TickSlot()
    {
        var rig = new AirRig();
        var (_, vent, _) = rig.Chamber(level: 0.5);
        Assert.Equal(VentStatus.Pressurizing, vent.Status);
        vent.Depressurize = true;
        var changedAfter = rig.RunUntil(() => vent.Status == VentStatus.Depressurizing);
        Assert.InRange(changedAfter, 1, 100);
        Assert.Equal(vent.Mechanism.PhaseOffset, vent.Mechanism.LastStatusUpdateTick % 100);
    }

    [Fact]
    public void Section6_VentSlotsComeFromTheWorldSeed()
    {
        var a = new AirRig(seed: 7).Chamber(1.0).Vent.Mechanism.PhaseOffset;
        var b = new AirRig(seed: 7).Chamber(1.0).Vent.Mechanism.PhaseOffset;
        var offsets = Enumerable.Range(1, 20).Select(s => new AirRig(seed: s).Chamber(1.0).Vent.Mechanism.PhaseOffset).Distinct();
        Assert.Equal(a, b);
        Assert.True(offsets.Count() > 1);
    }

    [Fact]
    public void Section6_ReadingLagsTheRoomByAbout1Point5SecondsAndIsZeroWhenNotWorking()
    {
        var rig = new AirRig(tankFilled: 0);
        var (chamber, vent, _) = rig.Chamber(level: 1.0);
        vent.Depressurize = true;
        rig.RunUntil(() => chamber.Level == 0.0);
        Assert.True(vent.GetOxygenLevel() > 0.5f); // the room is empty, the reading is not yet
        int lag = rig.RunUntil(() => vent.GetOxygenLevel() == 0f);
        Assert.InRange(lag, 60, 90);

        chamber.SetLevel(0.7);
        vent.Enabled = false;
        Assert.Equal(0f, vent.GetOxygenLevel());
        rig.World.Step();
        Assert.Equal(0f, vent.GetOxygenLevel());
    }

    [Fact]
    public void Section6_OpeningTheOuterDoorToVacuumLosesTheAirAndRecordsIt()
    {
        var rig = new AirRig();
        var (chamber, vent, outer) = rig.Chamber(level: 1.0);
        outer.OpenDoor();
        rig.World.Run(120);
        Assert.Equal(0.0, chamber.Level);
        Assert.False(vent.CanPressurize);

        var losses = rig.Air.Losses.Where(l => l.Room == chamber).ToList();
        Assert.NotEmpty(losses);
        Assert.All(losses, l => Assert.True(l.ToVacuum));
        Assert.Equal(AirRig.ChamberVolume, losses.Sum(l => l.Litres), 9);
        Assert.Equal(AirRig.ChamberVolume, rig.Air.TotalLostToVacuum, 9);
        // Losses carry the world's tick: the first one is in the tick after the command.
        Assert.Equal(1, losses[0].Tick);

        // With the door open the vent does not fill the room (the oxygen would go to space).
        Assert.Equal(50_000, rig.Tank.Tank.Filled);
        rig.World.Run(100);
        Assert.Equal(VentStatus.Depressurized, vent.Status);
    }

    [Fact]
    public void Section6_ClosingTheOuterDoorLetsTheVentPressurizeAgain()
    {
        var rig = new AirRig();
        var (chamber, vent, outer) = rig.Chamber(level: 0.0);
        outer.OpenDoor();
        rig.World.Run(80);
        Assert.Equal(0.0, chamber.Level);
        outer.CloseDoor();
        rig.RunUntil(() => outer.Status == DoorStatus.Closed);
        Assert.True(vent.CanPressurize);
        rig.RunUntil(() => vent.Status == VentStatus.Pressurized, limit: 200);
        Assert.Equal(1.0, chamber.Level);
    }

    [Fact]
    public void Section6_ABreachedRoomCannotPressurizeUntilSealed()
    {
        var rig = new AirRig();
        var (chamber, vent, _) = rig.Chamber(level: 1.0);
        new FaultSchedule(rig.World)
            .At(10, new BreachRoom("Chamber"))
            .At(400, new SealRoom("Chamber"));
        rig.World.Run(10);
        Assert.False(vent.CanPressurize);
        Assert.False(vent.IsPressurized());
        rig.World.Run(200);
        Assert.Equal(0.0, chamber.Level); // the full tank does not help
        Assert.Contains(rig.Air.Losses, l => l.Room == chamber && l.Tick == 10);

        rig.World.Run(190); // tick 400: sealed
        Assert.True(vent.CanPressurize);
        rig.RunUntil(() => vent.Status == VentStatus.Pressurized, limit: 200);
    }

    [Fact]
    public void Section6_DrainingStallsWhenTheTanksAreFull()
    {
        // 10 L of room left in the tank: the chamber gives 10 L, then the vent stalls.
        var rig = new AirRig(tankCapacity: 1_000, tankFilled: 990);
        var (chamber, vent, _) = rig.Chamber(level: 1.0);
        vent.Depressurize = true;
        rig.World.Run(300);
        Assert.Equal((AirRig.ChamberVolume - 10) / AirRig.ChamberVolume, chamber.Level, 9);
        Assert.Equal(1.0, rig.Tank.FilledRatio);
        Assert.Equal(VentStatus.Depressurizing, vent.Status);
        Assert.True(vent.GetOxygenLevel() > 0.5f);
    }

    [Fact]
    public void Section6_FillingIsLimitedByTheOxygenOnTheNetwork()
    {
        var rig = new AirRig(tankCapacity: 1_000, tankFilled: 10);
        var (chamber, vent, _) = rig.Chamber(level: 0.0);
        rig.World.Run(300);
        Assert.Equal(10 / AirRig.ChamberVolume, chamber.Level, 9);
        Assert.Equal(0.0, rig.Tank.FilledRatio);
        Assert.Equal(VentStatus.Pressurizing, vent.Status); // never reaches Pressurized
    }

    [Fact]
    public void Section6_StockpiledOrDisabledTanksGiveNoOxygenAndFaultsFillThem()
    {
        var rig = new AirRig(tankCapacity: 1_000, tankFilled: 1_000);
        var (chamber, vent, _) = rig.Chamber(level: 0.0);
        rig.Tank.Stockpile = true;
        rig.World.Run(50);
        Assert.Equal(0.0, chamber.Level);

        rig.Tank.Stockpile = false;
        rig.Tank.Enabled = false;
        rig.World.Run(50);
        Assert.Equal(0.0, chamber.Level);

        rig.Tank.Enabled = true;
        new FaultSchedule(rig.World).At(rig.World.Tick + 1, new EmptyTank(rig.Tank.EntityId));
        rig.World.Run(50);
        Assert.Equal(0.0, chamber.Level);
        new FaultSchedule(rig.World).At(rig.World.Tick + 1, new FillTank(rig.Tank.EntityId, 0.5));
        rig.World.Run(50);
        Assert.Equal(1.0, chamber.Level);
        Assert.Equal(500 - AirRig.ChamberVolume, rig.Tank.Tank.Filled, 9);
    }

    [Fact]
    public void Section6_AnUnpoweredVentDoesNotPump()
    {
        var rig = new AirRig();
        var (chamber, vent, _) = rig.Chamber(level: 0.0);
        vent.Enabled = false;
        rig.World.Run(200);
        Assert.Equal(0.0, chamber.Level);
        Assert.Equal(0f, vent.GetOxygenLevel());
        vent.Enabled = true;
        rig.World.Run(200);
        Assert.Equal(1.0, chamber.Level);
    }

    [Fact]
    public void Section6_DepressurizeActions()
    {
        var rig = new AirRig();
        var (_, vent, _) = rig.Chamber(level: 1.0);
        vent.Action("Depressurize_On")!.Apply(vent);
        Assert.True(vent.Depressurize);
        Assert.True(vent.IsDepressurizing);
        vent.Action("Depressurize_Off")!.Apply(vent);
        Assert.False(vent.Depressurize);
        vent.Action("Depressurize")!.Apply(vent);
        Assert.True(vent.Depressurize);
        Assert.True(vent.PressurizationEnabled);
    }

    [Fact]
    public void Section6_ANonAirtightRoomReportsDepressurizedOnlyAtOrBelowOnePercent()
    {
        var rig = new AirRig();
        var (chamber, vent, outer) = rig.Chamber(level: 1.0);
        rig.Air.OutsideLevel = 0.5; // a planet: the chamber settles at 50 %
        outer.OpenDoor();
        rig.World.Run(300);
        Assert.Equal(0.5, chamber.Level);
        Assert.Equal(VentStatus.Depressurizing, vent.Status);
        Assert.Equal(0.5f, vent.GetOxygenLevel()); // no lag when not airtight

        rig.Air.OutsideLevel = 0.0;
        rig.World.Run(200);
        Assert.Equal(VentStatus.Depressurized, vent.Status);
    }

    [Fact]
    public void Section6_TheVentsEmptyToolbarFiresBelowOnePercent()
    {
        var rig = new AirRig(tankFilled: 0);
        var (_, vent, outer) = rig.Chamber(level: 1.0);
        vent.OnEmpty.Add(outer, "Open_On");
        vent.Depressurize = true;
        int ticks = rig.RunUntil(() => outer.Status == DoorStatus.Opening);
        Assert.True(vent.GetOxygenLevel() < 0.01f);
        Assert.InRange(ticks, 60, 120); // reading lag, not the 7 ticks the pump needs

        var rig2 = new AirRig();
        var (_, vent2, _) = rig2.Chamber(level: 0.0);
        var inner = new SimDoor(rig2.Ship, "Inner Door");
        vent2.OnFull.Add(inner, "Open_On");
        ticks = rig2.RunUntil(() => inner.Status == DoorStatus.Opening, limit: 300);
        Assert.InRange(ticks, 80, 120);
        Assert.True(vent2.GetOxygenLevel() > 0.99f);
    }

    [Fact]
    public void Section6_AVentFacingNoRoomIsDepressurizedAndCannotPressurize()
    {
        var rig = new AirRig();
        rig.Air.OutsideLevel = 0.4;
        var vent = new SimAirVent(rig.Ship, "Vent", room: null, rig.Network);
        rig.World.Run(100);
        Assert.Equal(VentStatus.Depressurized, vent.Status);
        Assert.False(vent.CanPressurize);
        Assert.Equal(0.4f, vent.GetOxygenLevel());
        Assert.Equal(50_000, rig.Tank.Tank.Filled);
    }
}
