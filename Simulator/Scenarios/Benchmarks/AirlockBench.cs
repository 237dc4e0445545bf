using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Scenarios;

namespace ShipSim.Scenarios.Benchmarks;

/// <summary>Cycle figures: ticks from the command to the target side open, against the least any controller could
/// achieve in the simulator, and the active PB's counted instructions per run while cycling.</summary>
public sealed record CycleFigures(Figure CycleTicks, double PhysicalMinimumTicks, Figure ActiveCycleInstructions);

/// <summary>
/// RedundantAirlock's cycle on the standard ship (3 PBs, the standard airlock): alternating cycles out and in, each
/// given through the airlock's timer; the cycles out are timed from the world (the target door fully open, the other closed).
/// Each cycle starts from the state the oracle starts from: the airlock at rest, both doors closed (after the
/// auto-close of the last cycle), so that a door still closing is not counted against the script. The
/// physical minimum is the same cycle driven by an oracle that acts on every tick with no latency and reads only what
/// a script can read: it pumps, opens the door in the tick the vent reports the level within the tolerance, and is
/// done when the door is open.
/// </summary>
public static class AirlockBench
{
    const double Tolerance = 0.05;
    const long Settle = 300;

    public static CycleFigures Measure(string script, long seed, int cycles)
    {
        var ship = ShipScenario.Build(seed, script, new ShipSpec(3, 1));
        var airlock = ship.Airlocks[0];
        var world = ship.World;
        world.Run(Settle);
        var cycleTicks = new List<double>();
        var instructions = new List<double>();
        var cycling = false;
        world.RunCompleted += run =>
        {
            if (cycling && run.Instructions > 0 && run.UpdateType.HasFlag(UpdateType.Update1))
                instructions.Add(run.Instructions);
        };
        for (var i = 0; i < cycles; i++)
        {
            var outward = i % 2 == 0;
            var start = world.Tick + 1;
            var commands = new CommandSchedule(world);
            commands.At(start, airlock.Timer, "cycle " + airlock.Name);
            cycling = true;
            while (!OpenTo(airlock, outward) && world.Tick < start + 6000)
                world.Run(1);
            cycling = false;
            if (outward) // the physical minimum is the cycle out; the cycle in brings the airlock back
                cycleTicks.Add(OpenTo(airlock, outward) ? world.Tick - start : double.NaN);
            AtRest(world, airlock);
        }
        return new CycleFigures(Of(cycleTicks), PhysicalMinimum(seed), Of(instructions));
    }

    // The last cycle's door closes after the auto-close delay; then the vents' readings settle.
    static void AtRest(SimWorld world, ShipAirlock airlock)
    {
        var until = world.Tick + 6000;
        world.Run(Settle);
        while ((airlock.InnerDoor.Status != DoorStatus.Closed || airlock.OuterDoor.Status != DoorStatus.Closed) && world.Tick < until)
            world.Run(1);
        world.Run(Settle);
    }

    // NaN where nothing was measured (a cycle that never completed counts as NaN too).
    static Figure Of(List<double> values) =>
        values.Count == 0 ? new Figure(double.NaN, double.NaN, 0) : new Figure(values.Average(), values.Max(), values.Count(v => !double.IsNaN(v)));

    static bool OpenTo(ShipAirlock airlock, bool outward) =>
        (outward ? airlock.OuterDoor : airlock.InnerDoor).Status == DoorStatus.Open
        && (outward ? airlock.InnerDoor : airlock.OuterDoor).Status == DoorStatus.Closed;

    /// <summary>The cycle out on a fresh standard ship without a script, driven by the oracle.</summary>
    public static double PhysicalMinimum(long seed)
    {
        var ship = ShipScenario.Build(seed, "public void Main(string argument, UpdateType updateSource) { }", new ShipSpec(1, 1));
        var a = ship.Airlocks[0];
        var world = ship.World;
        world.Run(Settle);
        var start = world.Tick + 1;
        var opened = false;
        world.TickCompleted += _ =>
        {
            if (opened)
                return;
            if (a.InnerDoor.Status != DoorStatus.Closed)
            {
                a.InnerDoor.CloseDoor();
                return;
            }
            a.Vent.Depressurize = true;
            if (a.Vent.GetOxygenLevel() <= Tolerance)
            {
                a.OuterDoor.OpenDoor();
                opened = true;
            }
        };
        while (a.OuterDoor.Status != DoorStatus.Open && world.Tick < start + 6000)
            world.Run(1);
        return world.Tick - start + 1; // the oracle acts at the end of a tick; a script could in the tick's run
    }
}
