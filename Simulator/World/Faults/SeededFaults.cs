using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Faults;

/// <summary>Which faults <see cref="SeededFaults"/> may draw, and how often.</summary>
public sealed record FaultMix
{
    /// <summary>Mean game time between two faults, in ticks (the gaps are drawn uniformly up to twice this).</summary>
    public int MeanTicksBetweenFaults { get; init; } = 60 * SimWorld.TicksPerSecond;

    /// <summary>Terminate or recompile a programmable block's script; save and load the world.</summary>
    public bool Scripts { get; init; } = true;

    /// <summary>Damage, disable or unpower blocks for a while (each is put right later), destroy programmable
    /// blocks (never the last one).</summary>
    public bool Blocks { get; init; } = true;

    /// <summary>Breach a chamber for a while, empty or fill the tank, obstruct a door for a while, a player
    /// using a door by hand.</summary>
    public bool AirAndDoors { get; init; } = true;

    /// <summary>No faults at all.</summary>
    public static FaultMix None { get; } = new() { Scripts = false, Blocks = false, AirAndDoors = false };
}

/// <summary>
/// Draws a fault schedule from a seed over the blocks of a world, so that a fuzz run is fully decided by its
/// seed and can be replayed: every fault is a record naming entity ids, and <see cref="FaultSchedule.Pending"/>
/// lists them. A fault that takes something away (damage, disable, power, breach, obstruction) is paired with
/// the fault that puts it right a few seconds later, and the same thing is not taken away again before then (a
/// second window would otherwise be ended early by the first one's repair); destroying is permanent, and the plan
/// always leaves one programmable block standing. The draw uses its own stream forked from the world's random (one draw), so the
/// faults are decided by the world's seed and drawing them does not interleave with the world's own choices.
/// </summary>
public static class SeededFaults
{
    const int MinRecoveryTicks = 2 * SimWorld.TicksPerSecond;
    const int MaxRecoveryTicks = 20 * SimWorld.TicksPerSecond;

    /// <summary>Schedules faults between <paramref name="fromTick"/> and <paramref name="toTick"/> (exclusive)
    /// on the world's current blocks, and returns the schedule (already a phase of the world).</summary>
    public static FaultSchedule Draw(SimWorld world, long fromTick, long toTick, FaultMix mix)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mix.MeanTicksBetweenFaults, 1);
        var random = world.Random.Fork();
        var schedule = new FaultSchedule(world);
        var plan = new Plan(world, random, schedule, toTick);
        var kinds = plan.Kinds(mix);
        if (kinds.Count == 0)
            return schedule;
        for (var tick = fromTick + Gap(random, mix); tick < toTick; tick += Gap(random, mix))
            kinds[random.Next(kinds.Count)](tick);
        return schedule;
    }

    static int Gap(SeededRandom random, FaultMix mix) => 1 + random.Next(2 * mix.MeanTicksBetweenFaults);

    sealed class Plan(SimWorld world, SeededRandom random, FaultSchedule schedule, long endTick)
    {
        readonly List<SimProgrammableBlock> _standing = world.Blocks.OfType<SimProgrammableBlock>().ToList();
        readonly List<SimBlock> _functional = world.Blocks.OfType<SimFunctionalBlock>().Cast<SimBlock>().ToList();
        // What is taken away (e.g. "disable #1004") and the tick it is put right.
        readonly Dictionary<string, long> _putRightAt = new(StringComparer.Ordinal);
        readonly List<SimGrid> _grids = world.Grids.ToList();
        readonly List<SimDoor> _doors = world.Blocks.OfType<SimDoor>().ToList();
        readonly List<SimGasTank> _tanks = world.Blocks.OfType<SimGasTank>().ToList();
        readonly List<string> _rooms = world.ExistingAir?.Atmosphere.Rooms.Select(r => r.Name).ToList() ?? [];

        public List<Action<long>> Kinds(FaultMix mix)
        {
            var kinds = new List<Action<long>>();
            if (mix.Scripts && _standing.Count > 0)
            {
                kinds.Add(tick => schedule.At(tick, new TerminateScript(Pick(_standing).EntityId)));
                kinds.Add(tick => schedule.At(tick, new RecompileScript(Pick(_standing).EntityId)));
                kinds.Add(tick => schedule.At(tick, new SaveAndLoadWorld()));
            }
            if (mix.Blocks && _functional.Count > 0)
            {
                kinds.Add(DamageForAWhile);
                kinds.Add(tick =>
                {
                    var id = Pick(_functional).EntityId;
                    Lapse($"disable #{id}", tick, new SetBlockEnabled(id, false), new SetBlockEnabled(id, true));
                });
                kinds.Add(tick =>
                {
                    var id = Pick(_grids).EntityId;
                    Lapse($"power #{id}", tick, new SetGridPower(id, false), new SetGridPower(id, true));
                });
                kinds.Add(DestroyProgrammableBlock);
            }
            if (mix.AirAndDoors)
            {
                if (_rooms.Count > 0)
                    kinds.Add(tick =>
                    {
                        var room = Pick(_rooms);
                        Lapse("breach " + room, tick, new BreachRoom(room), new SealRoom(room));
                    });
                if (_tanks.Count > 0)
                    kinds.Add(tick => schedule.At(tick, random.Chance(0.5)
                        ? new EmptyTank(Pick(_tanks).EntityId)
                        : new FillTank(Pick(_tanks).EntityId, random.NextDouble())));
                if (_doors.Count > 0)
                {
                    kinds.Add(tick =>
                    {
                        var id = Pick(_doors).EntityId;
                        Lapse($"obstruct #{id}", tick, new ObstructDoor(id, 0.2 + 0.6 * random.NextDouble()), new ObstructDoor(id, null));
                    });
                    kinds.Add(tick => schedule.At(tick, new HandUseDoor(Pick(_doors).EntityId, (DoorHandUse)random.Next(3))));
                }
            }
            return kinds;
        }

        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        // Something taken away now and put right a few seconds later - unless it is still taken away: the first
        // window's repair would end a second, overlapping one early.
        void Lapse(string what, long tick, Fault fault, Fault undo)
        {
            if (_putRightAt.TryGetValue(what, out var putRight) && putRight >= tick)
                return;
            var until = Math.Min(endTick - 1, tick + random.Next(MinRecoveryTicks, MaxRecoveryTicks));
            schedule.At(tick, fault);
            schedule.At(until, undo);
            _putRightAt[what] = until;
        }

        // Below the 0.5 functional threshold, not destroyed (a second hit before the repair would destroy it).
        void DamageForAWhile(long tick)
        {
            var id = Pick(_functional).EntityId;
            Lapse($"damage #{id}", tick, new DamageBlock(id, 0.6), new RepairBlock(id));
        }

        void DestroyProgrammableBlock(long tick)
        {
            if (_standing.Count < 2)
                return;
            var victim = Pick(_standing);
            _standing.Remove(victim);
            _functional.Remove(victim);
            schedule.At(tick, new DestroyBlock(victim.EntityId));
        }
    }
}
