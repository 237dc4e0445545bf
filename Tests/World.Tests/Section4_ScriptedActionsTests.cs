using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Observation;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md sections 4 and 7 through a real script: blocks found by the terminal system and driven with
/// terminal actions by name (GetActionWithName / ApplyAction), as scripts and toolbars do.</summary>
public class Section4_ScriptedActionsTests
{
    [Fact]
    public void Section4_ScriptAppliesCommonActionsByName()
    {
        var (world, ship) = TestWorld.Ship();
        var lcd = new SimTextPanel(ship, "LCD");
        var timer = new SimTimerBlock(ship, "Timer") { TriggerDelay = 1 };
        var target = new SimProgrammableBlock(ship, "Target", "public void Main(string a, UpdateType u) { Echo(a + \"/\" + u); }");
        var runs = new List<RunRecord>();
        world.RunCompleted += runs.Add;
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main(string argument)
            {
                var block = GridTerminalSystem.GetBlockWithName(argument.Split(' ')[0]);
                var action = argument.Split(' ')[1];
                Echo(block.HasAction(action) + " " + block.GetActionWithName(action).Name);
                block.ApplyAction(action);
            }
            """);

        pb.RunFromToolbar("LCD OnOff_Off");
        Assert.False(lcd.Enabled);
        Assert.Equal("True Toggle block Off\n", pb.EchoText);
        pb.RunFromToolbar("LCD OnOff_On");
        Assert.True(lcd.Enabled);

        pb.RunFromToolbar("Timer Start");
        Assert.True(timer.IsCountingDown);
        pb.RunFromToolbar("Timer Stop");
        Assert.False(timer.IsCountingDown);
        pb.RunFromToolbar("Timer TriggerNow");
        Assert.Equal(1, timer.Fired);

        pb.RunFromToolbar("Target Run");
        Assert.Equal("/Trigger\n", target.EchoText); // ApplyAction passes no argument
        Assert.Equal(UpdateType.Trigger, runs[^2].UpdateType);
    }

    [Fact]
    public void Section4_UnknownActionNameGivesNullAndApplyActionThrows()
    {
        var (_, ship) = TestWorld.Ship();
        _ = new SimTextPanel(ship, "LCD");
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main()
            {
                var lcd = GridTerminalSystem.GetBlockWithName("LCD");
                Echo((lcd.GetActionWithName("Open_On") == null).ToString());
                lcd.ApplyAction("Open_On");
            }
            """);
        pb.RunFromToolbar("");
        Assert.True(pb.IsTerminated);
        Assert.StartsWith("True\n", pb.DetailedInfo);
        Assert.Contains("NullReferenceException", pb.DetailedInfo);
    }
}
