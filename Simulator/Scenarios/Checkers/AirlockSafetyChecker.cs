using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Physics;
using Sandbox.ModAPI.Ingame;

namespace ShipSim.Scenarios.Checkers;

/// <summary>One airlock as the world has it: its doors by side and its chamber.</summary>
public sealed record WatchedAirlock(string Name, IReadOnlyList<SimDoor> Inner, IReadOnlyList<SimDoor> Outer, Room Chamber);

/// <summary>
/// The airlock safety invariants of issue 10, judged on every tick from the world alone (door states and the rooms'
/// air, never what the script says): an inner and an outer door of one airlock are never both not closed; a door
/// starts to open only between spaces whose oxygen levels differ by at most the tolerance; no air is lost to vacuum
/// from a chamber holding more than the tolerance. Windows the test opens (a player's `force`) are excused.
/// </summary>
public sealed class AirlockSafetyChecker : Checker
{
    /// <summary>Slack over the script's tolerance: the vents report a level that lags the room (game-behaviour.md
    /// section 6), and the lag only ever errs on the safe side, so this covers rounding alone.</summary>
    public const double Slack = 0.01;

    readonly SimWorld _world;
    readonly IReadOnlyList<WatchedAirlock> _airlocks;
    readonly double _tolerance;
    readonly Dictionary<SimDoor, (bool Closed, double LevelA, double LevelB)> _last = [];
    readonly HashSet<Room> _losing = [];
    readonly List<(long From, long To, string? Airlock)> _excused = [];
    int _lossesSeen;

    public AirlockSafetyChecker(SimWorld world, IReadOnlyList<WatchedAirlock> airlocks, double tolerance = 0.05) : base("airlock safety")
    {
        _world = world;
        _airlocks = airlocks;
        _tolerance = tolerance;
        world.TickCompleted += OnTick;
    }

    /// <summary>Ticks in which <paramref name="airlock"/> (null: every airlock) may break the invariants: the player forced it.</summary>
    public void Excuse(long from, long to, string? airlock = null) => _excused.Add((from, to, airlock));

    public int BothOpenTicks { get; private set; }

    bool Excused(long tick, string airlock) => _excused.Any(e => e.From <= tick && tick <= e.To && (e.Airlock == null || e.Airlock == airlock));

    void OnTick(SimWorld world)
    {
        var tick = world.Tick;
        var air = world.Air();
        foreach (var airlock in _airlocks)
        {
            var innerOpen = airlock.Inner.FirstOrDefault(NotClosed);
            var outerOpen = airlock.Outer.FirstOrDefault(NotClosed);
            if (innerOpen != null && outerOpen != null)
            {
                BothOpenTicks++;
                if (!Excused(tick, airlock.Name))
                    Fail(tick, $"{airlock.Name}: '{innerOpen.CustomName}' and '{outerOpen.CustomName}' both open");
            }
            foreach (var door in airlock.Inner.Concat(airlock.Outer))
                WatchOpening(tick, airlock, door, air.OutsideLevel);
        }
        // Air lost to vacuum from a chamber that held air: the loss of a tick, if the chamber lost nothing in the tick
        // before, starts an episode; its level before that loss is what was vented.
        var losses = air.Losses;
        var losingNow = new HashSet<Room>();
        for (; _lossesSeen < losses.Count; _lossesSeen++)
        {
            var loss = losses[_lossesSeen];
            var airlock = _airlocks.FirstOrDefault(a => a.Chamber == loss.Room);
            if (airlock == null || !loss.ToVacuum || loss.Litres <= 0)
                continue;
            losingNow.Add(loss.Room);
            var before = (loss.Room.Amount + loss.Litres) / loss.Room.Capacity;
            if (!_losing.Contains(loss.Room) && before > _tolerance + Slack && !Excused(tick, airlock.Name))
                Fail(tick, $"{airlock.Name}: vented to vacuum at {before:P0} oxygen");
        }
        _losing.Clear();
        _losing.UnionWith(losingNow);
    }

    void WatchOpening(long tick, WatchedAirlock airlock, SimDoor door, double outside)
    {
        var link = door.AirLink;
        var closed = !NotClosed(door);
        var levelA = link?.A.Level ?? 0;
        var levelB = link?.B?.Level ?? outside;
        if (_last.TryGetValue(door, out var last) && last.Closed && !closed && link != null
            && Math.Abs(last.LevelA - last.LevelB) > _tolerance + Slack && !Excused(tick, airlock.Name))
            Fail(tick, $"{airlock.Name}: '{door.CustomName}' opened between {last.LevelA:P0} and {last.LevelB:P0} oxygen");
        _last[door] = (closed, levelA, levelB);
    }

    // A destroyed door leaves a hole, but that is damage, not an opening: only doors still there count.
    static bool NotClosed(SimDoor door) => !door.Closed && door.Status != DoorStatus.Closed;
}
