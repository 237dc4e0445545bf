using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;
using ShipSim.World.Physics;

namespace ShipSim.Scenarios.Checkers;

/// <summary>One airlock as the world has it: its doors by side and its chamber.</summary>
public sealed record WatchedAirlock(string Name, IReadOnlyList<SimDoor> Inner, IReadOnlyList<SimDoor> Outer, Room Chamber);

/// <summary>
/// The airlock safety invariants (issue 10), judged on every tick from the world alone: door states, the rooms' air,
/// <see cref="AirSystem.Losses"/> and which PB run moved which door (effects), never what the script says.
/// <list type="bullet">
/// <item>An inner and an outer door of one airlock are never both open because a PB opened one; a door opened by hand
/// onto an open airlock is the player's doing, but must be closed within <see cref="ReactTicks"/>.</item>
/// <item>A PB opens a door only between spaces whose levels differ by at most the tolerance (against the far side's
/// nominal level when that room itself lost its air).</item>
/// <item>No air is vented from a chamber holding more than the tolerance, unless a door of it was opened by hand or
/// destroyed, or the chamber or a room open to it is breached.</item>
/// </list>
/// Windows the test opens (a player's `force`) are excused.
/// </summary>
public sealed class AirlockSafetyChecker : Checker
{
    /// <summary>Slack over the script's tolerance: the vents report a level that lags the room (game-behaviour.md
    /// section 6) on the safe side, so this covers rounding alone.</summary>
    public const double Slack = 0.01;

    /// <summary>An idle script runs every 100 ticks and a door closes in about 72.</summary>
    public const int ReactTicks = 250;

    readonly IReadOnlyList<WatchedAirlock> _airlocks;
    readonly double _tolerance;
    readonly Dictionary<SimDoor, (bool Closed, double LevelA, double LevelB, bool ByPb)> _doors = [];
    readonly HashSet<long> _movedByPb = [];
    readonly Dictionary<WatchedAirlock, long> _bothOpenSince = [];
    readonly HashSet<Room> _losing = [];
    readonly List<(long From, long To, string? Airlock)> _excused = [];
    int _lossesSeen;

    public AirlockSafetyChecker(SimWorld world, IReadOnlyList<WatchedAirlock> airlocks, double tolerance = 0.05) : base("airlock safety")
    {
        _airlocks = airlocks;
        _tolerance = tolerance;
        world.EffectRecorded += e => _movedByPb.Add(e.Block);
        world.TickCompleted += OnTick;
    }

    /// <summary>Ticks in which <paramref name="airlock"/> (null: every airlock) may break the invariants: the player forced it.</summary>
    public void Excuse(long from, long to, string? airlock = null) => _excused.Add((from, to, airlock));

    /// <summary>Ticks in which some airlock had a door open on both sides, whoever opened them.</summary>
    public int BothOpenTicks { get; private set; }

    bool Excused(long tick, string airlock) => _excused.Any(e => e.From <= tick && tick <= e.To && (e.Airlock == null || e.Airlock == airlock));

    void OnTick(SimWorld world)
    {
        var tick = world.Tick;
        var air = world.Air();
        foreach (var airlock in _airlocks)
        {
            SimDoor? lastOpened = null;
            foreach (var door in airlock.Inner.Concat(airlock.Outer))
                if (WatchOpening(tick, airlock, door, air.OutsideLevel))
                    lastOpened = door;
            var inner = airlock.Inner.FirstOrDefault(DoorState.IsAjar);
            var outer = airlock.Outer.FirstOrDefault(DoorState.IsAjar);
            if (inner == null || outer == null)
            {
                _bothOpenSince.Remove(airlock);
                continue;
            }
            BothOpenTicks++;
            var since = _bothOpenSince.TryGetValue(airlock, out var s) ? s : _bothOpenSince[airlock] = tick;
            var byPb = lastOpened != null && _doors[lastOpened].ByPb;
            if ((byPb || tick - since == ReactTicks) && !Excused(tick, airlock.Name))
                Fail(tick, $"{airlock.Name}: '{inner.CustomName}' and '{outer.CustomName}' both open"
                    + (byPb ? $" ('{lastOpened!.CustomName}' opened by a programmable block)" : $" for {ReactTicks} ticks"));
        }
        WatchLosses(tick, air);
        _movedByPb.Clear();
    }

    // True when the door started to open in this tick.
    bool WatchOpening(long tick, WatchedAirlock airlock, SimDoor door, double outside)
    {
        var link = door.AirLink;
        var closed = !DoorState.IsAjar(door);
        var levelA = link?.A.Level ?? 0;
        var levelB = link?.B?.Level ?? outside;
        var opened = _doors.TryGetValue(door, out var last) && last.Closed && !closed;
        var byPb = opened ? _movedByPb.Contains(door.EntityId) : last.ByPb;
        // The script knows the chamber's level, and the far side's only as a setting (inside 100%, outside the world's):
        // when the far room itself lost its air (a breach), the chamber is judged against that side's nominal level.
        var inner = airlock.Inner.Contains(door);
        var nominal = inner ? 1.0 : outside;
        var far = link?.A == airlock.Chamber ? last.LevelB : last.LevelA;
        var chamber = link?.A == airlock.Chamber ? last.LevelA : last.LevelB;
        var wrong = Math.Abs(far - nominal) <= 0.1 ? Math.Abs(chamber - far) : Math.Abs(chamber - nominal);
        if (opened && byPb && link != null && wrong > _tolerance + Slack && !Excused(tick, airlock.Name))
            Fail(tick, $"{airlock.Name}: a programmable block opened '{door.CustomName}' between {Percent(chamber)} and {Percent(far)} oxygen");
        _doors[door] = (closed, levelA, levelB, byPb);
        return opened;
    }

    // Air lost to vacuum from a chamber: a loss with none in the tick before starts an episode, and the chamber's level
    // before it is what was vented.
    void WatchLosses(long tick, AirSystem air)
    {
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
            // Not the script's doing: a breach of the chamber or of a room open to it, a door destroyed or opened by hand.
            var players = loss.Room.Breached || airlock.Inner.Concat(airlock.Outer).Any(d => d.Closed || DoorState.IsAjar(d)
                && (!_doors[d].ByPb || d.AirLink is { } l && ((l.A != loss.Room && l.A.Breached) || l.B is { Breached: true })));
            if (!_losing.Contains(loss.Room) && before > _tolerance + Slack && !players && !Excused(tick, airlock.Name))
                Fail(tick, $"{airlock.Name}: vented to vacuum at {Percent(before)} oxygen");
        }
        _losing.Clear();
        _losing.UnionWith(losingNow);
    }

    static string Percent(double level) => Math.Round(level * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";

    // A destroyed door leaves a hole, but that is damage, not an opening: only doors still there count.
}
