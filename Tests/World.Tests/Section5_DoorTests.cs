using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Faults;
using ShipSim.World.Physics;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 5: door blocks in the world (timing, command rules, hand use,
/// obstruction, power), and their air.</summary>
public class Section5_DoorTests
{
    [Theory]
    [InlineData(DoorKind.Basic, 72)]           // about 1.2 s
    [InlineData(DoorKind.Sliding, 75)]         // about 1.25 s
    [InlineData(DoorKind.AirtightHangar, 600)] // about 10 s
    public void Section5_ADoorToldToCloseReportsClosedAfterItsKindsTravelTime(DoorKind kind, int ticks)
    {
        var (world, ship) = TestWorld.Ship();
        var door = SimDoor.Create(ship, "Door", kind, startOpen: true);
        Assert.Equal(DoorStatus.Open, door.Status);
        door.CloseDoor();
        Assert.Equal(DoorStatus.Closing, door.Status); // flips at once
        Assert.Equal(1f, door.OpenRatio);              // but the leaf has not moved yet
        int took = world.RunUntil(() => door.Status == DoorStatus.Closed, 10_000);
        Assert.Equal(ticks, took);
        Assert.Equal(0f, door.OpenRatio);

        door.OpenDoor();
        Assert.Equal(ticks, world.RunUntil(() => door.Status == DoorStatus.Open, 10_000));
    }

    [Fact]
    public void Section5_DoorKindsAnswerTypeChecksAsInTheGame()
    {
        var (_, ship) = TestWorld.Ship();
        IMyDoor basic = SimDoor.Create(ship, "Basic", DoorKind.Basic);
        IMyDoor sliding = SimDoor.Create(ship, "Sliding", DoorKind.Sliding);
        IMyDoor hangar = SimDoor.Create(ship, "Hangar", DoorKind.AirtightHangar);
        Assert.False(basic is IMyAirtightDoorBase);
        Assert.True(sliding is IMyAirtightSlideDoor);
        Assert.False(sliding is IMyAirtightHangarDoor);
        Assert.True(hangar is IMyAirtightHangarDoor);
        Assert.IsType<SimAirtightHangarDoor>(hangar);
    }

    [Fact]
    public void Section5_OpenActsOnlyFromClosedOrClosingAndCloseOnlyFromOpenOrOpening()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door");
        door.CloseDoor(); // already closed: nothing
        Assert.Equal(DoorStatus.Closed, door.Status);
        door.OpenDoor();
        Assert.Equal(DoorStatus.Opening, door.Status);
        world.Run(36);
        door.OpenDoor(); // already opening: nothing, and the motion goes on
        Assert.Equal(DoorStatus.Opening, door.Status);
        Assert.Equal(0.5f, door.OpenRatio);

        // Reversal mid-motion starts from where the leaf is.
        door.CloseDoor();
        Assert.Equal(DoorStatus.Closing, door.Status);
        Assert.Equal(0.5f, door.OpenRatio);
        world.Step();
        Assert.Equal(35f / 72f, door.OpenRatio);
        Assert.Equal(35, world.RunUntil(() => door.Status == DoorStatus.Closed, 10_000));

        door.ToggleDoor();
        Assert.Equal(DoorStatus.Opening, door.Status);
        door.ToggleDoor();
        Assert.Equal(DoorStatus.Closing, door.Status);
    }

    [Fact]
    public void Section5_NoCommandActsWhileTheDoorIsNotWorking()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door") { Enabled = false };
        door.OpenDoor();
        door.ToggleDoor();
        door.Action("Open_On")!.Apply(door);
        world.Run(100);
        Assert.Equal(DoorStatus.Closed, door.Status);

        door.Enabled = true;
        ship.Powered = false;
        door.OpenDoor();
        Assert.Equal(DoorStatus.Closed, door.Status);

        ship.Powered = true;
        door.Damage(0.6); // below the functional threshold
        door.OpenDoor();
        Assert.Equal(DoorStatus.Closed, door.Status);
        door.Repair();
        door.OpenDoor();
        Assert.Equal(DoorStatus.Opening, door.Status);
    }

    [Fact]
    public void Section5_ADisabledDoorCannotBeOpenedByHand()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door") { Enabled = false };
        Assert.False(door.HandOpen());
        Assert.False(door.HandToggle());
        world.Run(100);
        Assert.Equal(DoorStatus.Closed, door.Status);
        Assert.Equal(0, door.HandUses);

        door.Enabled = true;
        Assert.True(door.HandToggle());
        Assert.Equal(DoorStatus.Opening, door.Status);
        Assert.False(door.HandOpen()); // already opening
        Assert.True(door.HandClose());
        Assert.Equal(2, door.HandUses);
    }

    [Fact]
    public void Section5_HandUseFaultOpensOnlyAnEnabledDoor()
    {
        var (world, ship) = TestWorld.Ship();
        var locked = new SimDoor(ship, "Locked") { Enabled = false };
        var free = new SimDoor(ship, "Free");
        new FaultSchedule(world)
            .At(5, new HandUseDoor(locked.EntityId, DoorHandUse.Open))
            .At(5, new HandUseDoor(free.EntityId, DoorHandUse.Toggle));
        world.Run(5);
        Assert.Equal(DoorStatus.Closed, locked.Status);
        Assert.Equal(DoorStatus.Opening, free.Status);
        Assert.Equal(1f / 72f, free.OpenRatio); // the fault struck before the doors moved in that tick
    }

    [Fact]
    public void Section5_AClosingDoorThatHitsSomethingReopens()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door", startOpen: true);
        new FaultSchedule(world).At(1, new ObstructDoor(door.EntityId, 0.5));
        door.CloseDoor();
        world.RunUntil(() => door.Status == DoorStatus.Opening, 10_000);
        Assert.Equal(0.5f, door.OpenRatio);
        world.RunUntil(() => door.Status == DoorStatus.Open, 10_000);
        Assert.Equal(1, door.Mechanism.ObstructionReopenCount);

        // Cleared, it closes.
        new FaultSchedule(world).At(world.Tick + 1, new ObstructDoor(door.EntityId, null));
        door.CloseDoor();
        Assert.Equal(72, world.RunUntil(() => door.Status == DoorStatus.Closed, 10_000));
    }

    [Fact]
    public void Section5_AnUnpoweredGridFreezesTheDoorWhereItIs()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door", startOpen: true);
        door.CloseDoor();
        world.Run(30);
        var ratio = door.OpenRatio;
        ship.Powered = false;
        world.Run(300);
        Assert.Equal(DoorStatus.Closing, door.Status);
        Assert.Equal(ratio, door.OpenRatio);
        door.OpenDoor(); // not working: ignored
        Assert.Equal(DoorStatus.Closing, door.Status);

        ship.Powered = true;
        Assert.Equal(42, world.RunUntil(() => door.Status == DoorStatus.Closed, 10_000));
    }

    [Fact]
    public void Section5_DisablingAMovingDoorFreezesIt()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door");
        door.OpenDoor();
        world.Run(10);
        door.Enabled = false;
        world.Run(100);
        Assert.Equal(DoorStatus.Opening, door.Status);
        Assert.Equal(10f / 72f, door.OpenRatio);
    }

    [Fact]
    public void Section5_ToolbarActionsOpenCloseAndToggle()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door");
        door.Action("Open_On")!.Apply(door);
        Assert.Equal(DoorStatus.Opening, door.Status);
        door.Action("Open_Off")!.Apply(door);
        Assert.Equal(DoorStatus.Closing, door.Status);
        door.Action("Open")!.Apply(door);
        Assert.Equal(DoorStatus.Opening, door.Status);
        door.Action("OnOff_Off")!.Apply(door);
        Assert.False(door.Enabled);
        Assert.NotNull(door.GetActionWithName("Open"));
    }

    [Fact]
    public void Section5_DescribeStateShowsStatusAndRatio()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Inner");
        door.OpenDoor();
        world.Run(18);
        Assert.Equal("SimDoor 'Inner' working status=Opening ratio=0.25", door.DescribeState());
    }

    [Fact]
    public void Section5_ADoorSealsItsRoomOnlyWhenFullyClosed()
    {
        var rig = new AirRig();
        var (chamber, vent, outer) = rig.Chamber(level: 1.0);
        Assert.True(vent.CanPressurize);
        outer.OpenDoor();
        rig.World.Step();
        Assert.False(vent.CanPressurize); // one tick open is not sealed
        outer.CloseDoor();
        rig.RunUntil(() => outer.Status == DoorStatus.Closed);
        Assert.True(vent.CanPressurize);
    }

    [Fact]
    public void Section5_ADestroyedDoorLeavesAHoleInTheHull()
    {
        var rig = new AirRig();
        var (chamber, vent, outer) = rig.Chamber(level: 1.0);
        outer.Destroy();
        Assert.False(vent.CanPressurize);
        rig.World.Run(120);
        Assert.Equal(0.0, chamber.Level);
    }
}
