using ShipSim.World.Blocks;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 7: timer blocks.</summary>
public class Section7_TimerBlockTests
{
    [Fact]
    public void Section7_CountdownFiresTheToolbarAfterTheDelayInGameTime()
    {
        var (world, ship) = TestWorld.Ship();
        var timer = new SimTimerBlock(ship, "Timer") { TriggerDelay = 2 };
        var lamp = new SimTextPanel(ship, "Lamp");
        timer.Toolbar.Add(lamp, "OnOff_Off");
        timer.StartCountdown();
        Assert.True(timer.IsCountingDown);
        world.Run(119);
        Assert.True(lamp.Enabled);
        world.Step();
        Assert.False(lamp.Enabled);
        Assert.False(timer.IsCountingDown);
        Assert.Equal(1, timer.Fired);
    }

    [Fact]
    public void Section7_TriggerFiresNowAndStopCancels()
    {
        var (world, ship) = TestWorld.Ship();
        var timer = new SimTimerBlock(ship, "Timer");
        var lamp = new SimTextPanel(ship, "Lamp");
        timer.Toolbar.Add(lamp, "OnOff");
        timer.Trigger();
        Assert.False(lamp.Enabled);
        timer.StartCountdown();
        timer.StopCountdown();
        world.Run(600);
        Assert.False(lamp.Enabled);
        Assert.Equal(1, timer.Fired);
    }

    [Fact]
    public void Section7_UnpoweredTimerNeitherCountsNorFires()
    {
        var (world, ship) = TestWorld.Ship();
        var timer = new SimTimerBlock(ship, "Timer") { TriggerDelay = 1 };
        var lamp = new SimTextPanel(ship, "Lamp");
        timer.Toolbar.Add(lamp, "OnOff_Off");
        timer.StartCountdown();
        ship.Powered = false;
        world.Run(120);
        timer.Trigger();
        Assert.Equal(0, timer.Fired);
    }
}
