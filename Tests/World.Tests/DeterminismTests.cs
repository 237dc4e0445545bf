using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Observation;

namespace ShipSim.World.Tests;

/// <summary>One seed drives everything: the same scenario and seed give the same trace, byte for byte.</summary>
public class DeterminismTests
{
    // Three nodes that talk over IGC, count runs into their screens and react to a timer.
    const string Node = """
        IMyBroadcastListener listener;
        int heard, runs;
        public Program()
        {
            Runtime.UpdateFrequency = UpdateFrequency.Update10 | UpdateFrequency.Update100;
            listener = IGC.RegisterBroadcastListener("beat");
            listener.SetMessageCallback("beat");
            int.TryParse(Storage, out runs);
        }
        public void Save() { Storage = runs.ToString(); }
        public void Main(string argument, UpdateType updateType)
        {
            runs++;
            while (listener.HasPendingMessage) { listener.AcceptMessage(); heard++; }
            if ((updateType & UpdateType.Update100) != 0) IGC.SendBroadcastMessage("beat", Me.EntityId);
            Me.GetSurface(0).WriteText(Me.CustomName + " runs=" + runs + " heard=" + heard + " last=" + updateType + " " + argument
                + " ms=" + Runtime.LastRunTimeMs.ToString("0.000"));
        }
        """;

    static string Trace(long seed, int nodes = 3)
    {
        var world = new SimWorld(seed);
        var ship = world.AddGrid("Ship");
        var pbs = Enumerable.Range(1, nodes).Select(i => new SimProgrammableBlock(ship, "Node " + i, Node)).ToList();
        var timer = new SimTimerBlock(ship, "Timer") { TriggerDelay = 7 };
        foreach (var pb in pbs)
            timer.Toolbar.Add(pb, "Run", "timer");
        timer.Toolbar.Add(timer, "Start");
        timer.StartCountdown();
        new FaultSchedule(world)
            .At(900, new TerminateScript(pbs[0].EntityId))
            .At(1500, new RecompileScript(pbs[0].EntityId))
            .At(2000, new SaveAndLoadWorld())
            .At(2400, new SetGridPower(ship.EntityId, false))
            .At(2500, new SetGridPower(ship.EntityId, true));
        var output = new StringWriter();
        using (new TraceWriter(world, output))
            world.RunSeconds(60);
        return output.ToString();
    }

    [Fact]
    public void SameScenarioAndSeedGiveIdenticalTraces()
    {
        var first = Trace(seed: 42);
        var second = Trace(seed: 42);
        Assert.Equal(first, second);
        Assert.Contains("\"type\":\"IGC\"", first);
        Assert.Contains("\"type\":\"Trigger\"", first);
        Assert.Contains("terminated", first);
        Assert.Contains("\"messages\":[{\"from\":", first);
    }

    [Fact]
    public void DifferentSeedChangesUpdateSlots()
    {
        static string Slots(long seed)
        {
            var world = new SimWorld(seed);
            var ship = world.AddGrid("Ship");
            var pbs = Enumerable.Range(0, 5).Select(i => new SimProgrammableBlock(ship, "PB " + i)).ToList();
            return string.Join(",", pbs.Select(pb => $"{pb.Schedule.Slot10}/{pb.Schedule.Slot100}"));
        }
        Assert.Equal(Slots(1), Slots(1));
        Assert.NotEqual(Slots(1), Slots(2));
        Assert.NotEqual(Trace(seed: 1), Trace(seed: 2));
    }

    [Fact]
    public void TheTraceRecordsTheAirWhenItChanges()
    {
        static string ShipTrace(long seed)
        {
            var ship = ShipSim.World.Scenarios.ShipScenario.Build(seed, Node, new(ProgrammableBlocks: 2, Airlocks: 1));
            new FaultSchedule(ship.World).At(60, new HandUseDoor(ship.Airlocks[0].OuterDoor.EntityId, DoorHandUse.Open));
            var output = new StringWriter();
            using (new TraceWriter(ship.World, output))
                ship.World.RunSeconds(5);
            return output.ToString();
        }
        var trace = ShipTrace(7);
        Assert.Equal(trace, ShipTrace(7));
        var airLines = trace.Split('\n').Where(line => line.Contains("\"air\":")).ToList();
        Assert.StartsWith("{\"tick\":1,", airLines[0]);            // first tick: the whole air
        Assert.Contains("[Airlock 1 1]", airLines[0]);
        Assert.Contains("[Airlock 1 0 open]", airLines[^1]);       // vented through the open outer door
        // Nothing moved the air before the door opened at tick 60.
        Assert.DoesNotContain(airLines[1..], line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("tick").GetInt64() < 60);
    }
}
