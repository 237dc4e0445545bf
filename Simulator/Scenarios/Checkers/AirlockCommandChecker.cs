using Sandbox.ModAPI.Ingame;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;

namespace ShipSim.Scenarios.Checkers;

/// <summary>
/// Every cycle command (<c>cycle</c>, <c>inner</c>, <c>outer</c>) completes or shows an error within its timeouts,
/// judged from the world: after the command, every door of the airlock is closed at some tick and then a side opens
/// with the other closed (the named side for <c>inner</c>/<c>outer</c>, which may also open without the seal when
/// its doors never all closed: the chamber already matched that side); or the airlock's light turns red (an error
/// or a lock, which the script shows there). Owed when a block that ran with it could act on the ship, and some block
/// still can at the deadline.
/// </summary>
public sealed class AirlockCommandChecker : Checker
{
    /// <summary>Two door timeouts, the pump timeout, a silent-loss takeover and slack, in ticks.</summary>
    public const int DeadlineTicks = 2 * 300 + 1200 + 250 + 350;

    readonly Nodes _nodes;
    readonly Dictionary<string, WatchedAirlock> _airlocks;
    readonly Dictionary<string, SimInteriorLight> _lights;
    readonly List<Pending> _pending = [];

    sealed class Pending(long tick, WatchedAirlock airlock, string verb)
    {
        public long Tick { get; } = tick;
        public WatchedAirlock Airlock { get; } = airlock;
        public string Verb { get; } = verb;
        public bool Sealed { get; set; }
        public bool NamedSideClosed { get; set; }
        public bool Owed { get; set; }
    }

    public AirlockCommandChecker(SimWorld world, Nodes nodes, IEnumerable<WatchedAirlock> airlocks, Dictionary<string, SimInteriorLight> lights)
        : base("commands complete")
    {
        _nodes = nodes;
        _airlocks = airlocks.ToDictionary(a => a.Name);
        _lights = lights;
        world.TickCompleted += OnTick;
        world.RunCompleted += OnRun;
    }

    /// <summary>The test gives <paramref name="verb"/> for <paramref name="airlock"/> at <paramref name="tick"/>.</summary>
    public void Given(long tick, string airlock, string verb)
    {
        if (verb is "cycle" or "inner" or "outer")
            _pending.Add(new Pending(tick, _airlocks[airlock], verb));
    }

    // Owed once a block on the ship that could act ran with it (a damaged timer gives nothing).
    void OnRun(RunRecord run)
    {
        foreach (var p in _pending)
            if (p.Tick == run.Tick && run.Argument == p.Verb + " " + p.Airlock.Name && _nodes.Find(run.Block) is { } pb && _nodes.Able(pb))
                p.Owed = true;
    }

    void OnTick(SimWorld world)
    {
        var tick = world.Tick;
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var p = _pending[i];
            if (tick < p.Tick)
                continue;
            var a = p.Airlock;
            if (_lights.TryGetValue(a.Name, out var light) && !light.Closed && light.IsWorking && light.Color == VRageMath.Color.Red)
            {
                _pending.RemoveAt(i); // an error or a lock, shown
                continue;
            }
            var innerClosed = a.Inner.All(DoorState.IsClosed);
            var outerClosed = a.Outer.All(DoorState.IsClosed);
            p.Sealed |= innerClosed && outerClosed;
            p.NamedSideClosed |= p.Verb == "inner" ? innerClosed : p.Verb == "outer" && outerClosed;
            var innerOpen = a.Inner.Any(DoorState.IsOpen) && outerClosed && p.Verb != "outer";
            var outerOpen = a.Outer.Any(DoorState.IsOpen) && innerClosed && p.Verb != "inner";
            if ((p.Sealed || p.Verb != "cycle" && !p.NamedSideClosed) && (innerOpen || outerOpen))
                _pending.RemoveAt(i);
            else if (tick - p.Tick > DeadlineTicks)
            {
                if (p.Owed && _nodes.AnyAble() && a.Inner.Concat(a.Outer).All(d => !d.Closed) && light is { Closed: false, IsWorking: true })
                    Fail(p.Tick, $"\"{p.Verb} {a.Name}\" given at {p.Tick} neither completed nor showed an error within {DeadlineTicks} ticks");
                _pending.RemoveAt(i);
            }
        }
    }

    /// <summary>Call at the end of a run (commands still within their deadline are not judged).</summary>
    public void Finish(long now) => _pending.RemoveAll(p => now - p.Tick <= DeadlineTicks);

}
