using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Observation;
using ShipSim.World.Scenarios;

namespace ShipSim.Scenarios.Benchmarks;

/// <summary>Mean and maximum of a figure over some runs.</summary>
public sealed record Figure(double Mean, double Max, int Count);

/// <summary>Takeover latency in ticks over seeded trials.</summary>
public sealed record Latency(double P50, double Max, double Mean, int Trials);

/// <summary>What a standby run allocates: over all standby runs, and over those that changed no screen.</summary>
public sealed record StandbyBytes(double Mean, double Max, double MeanWhenNoScreenChanged, int RunsWithoutScreenChange);

/// <summary>The steady state of a ship running only the failover mixin: what standby and idle active runs cost.</summary>
public sealed record SteadyState(Figure Standby, Figure ActiveIdle, StandbyBytes StandbyBytes);

/// <summary>
/// The failover mixin's figures on the standard ship (3 programmable blocks, 2 airlocks) running the failover probe,
/// measured from the world: a run is an active one when it made an effect (the probe toggles its witness light on
/// every active run), else a standby one. Takeover latency: from the fault to the first effect after it, over seeded
/// trials whose fault strikes at a seed-chosen point of the heartbeat period.
/// </summary>
public static class FailoverBench
{
    public static readonly string[] Kinds =
        ["destroyed", "disabled", "unpowered", "terminated", "recompiled", "yield", "command_destroyed", "command_terminated"];

    const long Settle = 300;

    static ShipScenario Ship(long seed, string probe)
    {
        var ship = ShipScenario.Build(seed, probe, new ShipSpec(3, 2));
        _ = new SimInteriorLight(ship.Grid, "Failover Witness");
        return ship;
    }

    public static SteadyState MeasureSteadyState(string probe, long seed, long ticks)
    {
        var ship = Ship(seed, probe);
        ship.World.Run(Settle);
        var standby = new List<RunRecord>();
        var active = new List<RunRecord>();
        var quietStandbyBytes = new List<long>();
        var writes = ship.Nodes.ToDictionary(pb => pb.EntityId, pb => pb.Surfaces[0].Writes);
        var acted = new HashSet<(long Tick, long Pb)>();
        ship.World.EffectRecorded += e => acted.Add((e.Tick, e.Pb));
        ship.World.RunCompleted += run =>
        {
            var pb = ship.Nodes.First(n => n.EntityId == run.Block);
            var screenChanged = pb.Surfaces[0].Writes != writes[pb.EntityId];
            writes[pb.EntityId] = pb.Surfaces[0].Writes;
            if (acted.Remove((run.Tick, run.Block)))
                active.Add(run);
            else
            {
                standby.Add(run);
                if (!screenChanged)
                    quietStandbyBytes.Add(run.AllocatedBytes);
            }
        };
        ship.World.Run(ticks);
        return new SteadyState(Of(standby.Select(r => (double)r.Instructions)), Of(active.Select(r => (double)r.Instructions)),
            new StandbyBytes(standby.Count == 0 ? 0 : standby.Average(r => r.AllocatedBytes), standby.Count == 0 ? 0 : standby.Max(r => r.AllocatedBytes),
                quietStandbyBytes.Count == 0 ? 0 : quietStandbyBytes.Average(), quietStandbyBytes.Count));
    }

    static Figure Of(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? new Figure(0, 0, 0) : new Figure(list.Average(), list.Max(), list.Count);
    }

    /// <summary>Takeover latency of one failure kind over <paramref name="trials"/> seeds from <paramref name="firstSeed"/>.</summary>
    public static Latency MeasureTakeover(string probe, string kind, int trials, long firstSeed)
    {
        var latencies = new long[trials];
        Parallel.For(0, trials, i => latencies[i] = Trial(probe, kind, firstSeed + i));
        Array.Sort(latencies);
        return new Latency(latencies[trials / 2], latencies[^1], latencies.Average(), trials);
    }

    /// <summary>Ticks from the fault to the first action after it; -1 when no block acted within 1,000 ticks.</summary>
    public static long Trial(string probe, string kind, long seed)
    {
        var ship = Ship(seed, probe);
        var world = ship.World;
        var effects = new List<Effect>();
        world.EffectRecorded += effects.Add;
        world.Run(Settle + new SeededRandom(seed).Next(100));
        var active = ship.Nodes.First(n => n.EntityId == effects[^1].Pb);
        var fault = world.Tick + 1;
        var faults = new FaultSchedule(world);
        var commands = new CommandSchedule(world);
        var id = active.EntityId;
        switch (kind)
        {
            case "destroyed": faults.At(fault, new DestroyBlock(id)); break;
            case "disabled": faults.At(fault, new SetBlockEnabled(id, false)); break;
            case "unpowered": faults.At(fault, new SetBlockPower(id, false)); break;
            case "terminated": faults.At(fault, new TerminateScript(id)); break;
            case "recompiled": faults.At(fault, new RecompileScript(id)); break;
            case "yield": commands.At(fault, active, "failover yield"); break;
            case "command_destroyed":
                faults.At(fault, new DestroyBlock(id));
                commands.At(fault, ship.Airlocks[0].Timer, ship.Airlocks[0].Command);
                break;
            case "command_terminated":
                faults.At(fault, new TerminateScript(id));
                commands.At(fault, ship.Airlocks[0].Timer, ship.Airlocks[0].Command);
                break;
            default: throw new ArgumentException($"unknown failure kind '{kind}'", nameof(kind));
        }
        effects.Clear();
        for (var limit = fault + 1000; world.Tick < limit && effects.Count == 0;)
            world.Step();
        return effects.Count == 0 ? -1 : effects[0].Tick - fault;
    }
}
