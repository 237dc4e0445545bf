using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Observation;

namespace ShipSim.World.Tests;

/// <summary>game-behaviour.md section 7: a timer's countdown running several programmable blocks with their
/// arguments in one tick, and a script driving a timer through IMyTimerBlock.</summary>
public class Section7_TimerToolbarTests
{
    [Fact]
    public void Section7_CountdownRunsEveryPbOnTheToolbarWithTriggerInTheSameTick()
    {
        var (world, ship) = TestWorld.Ship();
        var runs = new List<RunRecord>();
        world.RunCompleted += runs.Add;
        const string script = "public void Main(string a, UpdateType u) { }";
        var a = new SimProgrammableBlock(ship, "PB A", script);
        var b = new SimProgrammableBlock(ship, "PB B", script);
        var c = new SimProgrammableBlock(ship, "PB C", script);
        var timer = new SimTimerBlock(ship, "Timer") { TriggerDelay = 1 };
        timer.Toolbar.Add(c, "Run", "third").Add(a, "Run", "first").Add(b, "Run", "second");
        timer.StartCountdown();
        world.Run(120);
        Assert.Equal([("PB C", "third"), ("PB A", "first"), ("PB B", "second")], runs.Select(r => (r.BlockName, r.Argument)));
        Assert.All(runs, r => Assert.Equal(UpdateType.Trigger, r.UpdateType));
        Assert.All(runs, r => Assert.Equal(60, r.Tick));
    }

    [Fact]
    public void Section7_ScriptDrivesATimerThroughItsInterface()
    {
        var (world, ship) = TestWorld.Ship();
        var timer = new SimTimerBlock(ship, "Timer");
        var target = new SimProgrammableBlock(ship, "Target", "public void Main(string a, UpdateType u) { Storage += u + \":\" + a + \";\"; }");
        timer.Toolbar.Add(target, "Run", "tick");
        var pb = new SimProgrammableBlock(ship, "PB", """
            public void Main(string argument)
            {
                var timer = (IMyTimerBlock)GridTerminalSystem.GetBlockWithName("Timer");
                if (argument == "start") { timer.TriggerDelay = 2f; timer.Silent = true; timer.StartCountdown(); }
                else if (argument == "stop") timer.StopCountdown();
                else if (argument == "now") timer.Trigger();
                Echo(timer.IsCountingDown + " " + timer.TriggerDelay + " " + timer.Silent);
            }
            """);
        pb.RunFromToolbar("start");
        Assert.Equal("True 2 True\n", pb.EchoText);
        world.Run(119);
        Assert.Equal("", target.Instance!.Storage);
        world.Run(1);
        Assert.Equal("Trigger:tick;", target.Instance!.Storage);
        Assert.False(timer.IsCountingDown);

        pb.RunFromToolbar("now"); // Trigger() fires the toolbar at once, inside this run
        Assert.Equal("Trigger:tick;Trigger:tick;", target.Instance!.Storage);
        Assert.Equal("False 2 True\n", pb.EchoText);

        pb.RunFromToolbar("start");
        pb.RunFromToolbar("stop");
        world.Run(300);
        Assert.Equal("Trigger:tick;Trigger:tick;", target.Instance!.Storage);
    }
}
