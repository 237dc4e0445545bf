using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using VRage.Game;

namespace ShipSim.World.Tests;

/// <summary>
/// game-behaviour.md section 7 (a toolbar fires its slots' actions in the same tick) and section 3 (timers,
/// buttons and sensors are the toolbar sources): sensor and button panel toolbars act on doors.
/// </summary>
public class Section7_SensorAndButtonToolbarTests
{
    [Fact]
    public void Section7_SensorOpensTheDoorWhenSomeoneComesAndClosesItWhenTheLastOneLeaves()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door");
        var sensor = new SimSensorBlock(ship, "Sensor");
        sensor.DetectedToolbar.Add(door, "Open_On");
        sensor.LostToolbar.Add(door, "Open_Off");
        Assert.False(sensor.IsActive);
        Assert.True(sensor.LastDetectedEntity.IsEmpty());

        world.Run(3);
        Assert.True(sensor.Detect(77, "Engineer"));
        Assert.True(sensor.IsActive);
        Assert.Equal(DoorStatus.Opening, door.Status);
        Assert.Equal(77, sensor.LastDetectedEntity.EntityId);
        Assert.Equal(50, sensor.LastDetectedEntity.TimeStamp); // game time, ms
        Assert.False(sensor.LastDetectedEntity.IsEmpty());

        world.Run(100);
        door.CloseDoor(); // someone closes it; the second arrival does not fire again
        Assert.True(sensor.Detect(78, "Friend", relation: MyRelationsBetweenPlayerAndBlock.FactionShare));
        Assert.False(sensor.Detect(78, "Friend"));
        Assert.Equal(DoorStatus.Closing, door.Status);
        var seen = new List<MyDetectedEntityInfo> { default };
        sensor.DetectedEntities(seen);
        Assert.Equal([77L, 78L], seen.Select(e => e.EntityId));

        door.OpenDoor();
        Assert.True(sensor.Undetect(77));
        Assert.Equal(DoorStatus.Opening, door.Status);
        Assert.Equal(78, sensor.LastDetectedEntity.EntityId);
        Assert.True(sensor.Undetect(78));
        Assert.Equal(DoorStatus.Closing, door.Status);
        Assert.False(sensor.IsActive);
        Assert.False(sensor.Undetect(78));
    }

    [Fact]
    public void Section7_ASensorThatIsNotWorkingOrFiltersTheEntityOutFiresNothing()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door");
        var sensor = new SimSensorBlock(ship, "Sensor") { Enabled = false };
        sensor.DetectedToolbar.Add(door, "Open_On");
        Assert.False(sensor.Detect(77, "Engineer"));
        sensor.Enabled = true;
        Assert.False(sensor.Detect(5, "Drone", MyDetectedEntityType.SmallGrid)); // small ships off by default
        sensor.DetectEnemy = false;
        Assert.False(sensor.Detect(6, "Pirate", relation: MyRelationsBetweenPlayerAndBlock.Enemies));
        Assert.Equal(DoorStatus.Closed, door.Status);
        sensor.DetectSmallShips = true;
        Assert.True(sensor.Detect(5, "Drone", MyDetectedEntityType.SmallGrid));
        Assert.Equal(DoorStatus.Opening, door.Status);
    }

    [Fact]
    public void Section7_AButtonPressFiresItsSlotOnly()
    {
        var (world, ship) = TestWorld.Ship();
        var inner = new SimDoor(ship, "Inner");
        var outer = new SimDoor(ship, "Outer", startOpen: true);
        var panel = new SimButtonPanel(ship, "Buttons", buttonCount: 4);
        panel.Button(0).Add(inner, "Open_On");
        panel.Button(1).Add(outer, "Open_Off").Add(inner, "Open_Off");
        Assert.True(panel.IsButtonAssigned(0));
        Assert.False(panel.IsButtonAssigned(2));

        Assert.True(panel.Press(0));
        Assert.Equal(DoorStatus.Opening, inner.Status);
        Assert.Equal(DoorStatus.Open, outer.Status);

        Assert.True(panel.Press(1)); // both slots, same tick
        Assert.Equal(DoorStatus.Closing, inner.Status);
        Assert.Equal(DoorStatus.Closing, outer.Status);
        Assert.False(panel.Press(4));
        Assert.Equal(2, panel.Presses);
    }

    [Fact]
    public void Section7_ButtonsNeedAWorkingPanelAndAccess()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door");
        var panel = new SimButtonPanel(ship, "Buttons");
        panel.Button(0).Add(door, "Open_On");
        const long stranger = 99;

        Assert.False(panel.Press(0, stranger));
        panel.AnyoneCanUse = true;
        ship.Powered = false;
        Assert.False(panel.Press(0, stranger));
        Assert.Equal(DoorStatus.Closed, door.Status);
        ship.Powered = true;
        Assert.True(panel.Press(0, stranger));
        Assert.Equal(DoorStatus.Opening, door.Status);
    }

    [Fact]
    public void Section7_ButtonNamesDefaultAndCustom()
    {
        var (_, ship) = TestWorld.Ship();
        var panel = new SimButtonPanel(ship, "Buttons");
        Assert.Equal("Button 1", panel.GetButtonName(0));
        Assert.False(panel.HasCustomButtonName(0));
        panel.SetCustomButtonName(0, "Cycle");
        Assert.Equal("Cycle", panel.GetButtonName(0));
        Assert.True(panel.HasCustomButtonName(0));
        panel.ClearCustomButtonName(0);
        Assert.Equal("Button 1", panel.GetButtonName(0));
    }

    [Fact]
    public void Section7_ATimerClosesTheDoorAfterItsDelay()
    {
        var (world, ship) = TestWorld.Ship();
        var door = new SimDoor(ship, "Door", startOpen: true);
        var timer = new SimTimerBlock(ship, "Auto close") { TriggerDelay = 3 };
        timer.Toolbar.Add(door, "Open_Off");
        timer.StartCountdown();
        world.Run(179);
        Assert.Equal(DoorStatus.Open, door.Status);
        world.Step();
        // The timer (added after the door) fired after the door's turn in this tick: the leaf moves next tick.
        Assert.Equal(DoorStatus.Closing, door.Status);
        Assert.Equal(1f, door.OpenRatio);
    }
}
