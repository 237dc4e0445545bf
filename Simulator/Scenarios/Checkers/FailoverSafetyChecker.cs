using ShipSim.World.Core;
using ShipSim.World.Observation;

namespace ShipSim.Scenarios.Checkers;

/// <summary>
/// Exactly one block acts (docs/failover.md, "Safety"): judged from the effects each run had on other blocks, never
/// from what a script says. The effects of two programmable blocks of one construct must not interleave: a block A
/// that acted at tick a1 may not act again at a2 with a2 - a1 &lt;= one heartbeat interval if another block B of its
/// construct acted in between. Excused: windows the test opened itself (grids merged: one heartbeat from the merge;
/// a yield it sent: one heartbeat from the yield).
/// </summary>
public sealed class FailoverSafetyChecker : Checker
{
    public const int HeartbeatTicks = 100;

    readonly Nodes _nodes;
    readonly Dictionary<long, (long Tick, long Interrupter)> _last = [];
    readonly List<(long From, long To)> _excused = [];

    public FailoverSafetyChecker(SimWorld world, Nodes nodes) : base("one acts")
    {
        _nodes = nodes;
        world.EffectRecorded += OnEffect;
    }

    /// <summary>Interleaving that overlaps ticks <paramref name="from"/>..<paramref name="to"/> is not a violation.</summary>
    public void Excuse(long from, long to) => _excused.Add((from, to));

    void OnEffect(Effect effect)
    {
        var actor = _nodes.Find(effect.Pb);
        if (actor == null)
            return;
        if (_last.TryGetValue(actor.EntityId, out var last) && last.Interrupter != 0
            && effect.Tick - last.Tick <= HeartbeatTicks && !Excused(last.Tick, effect.Tick))
        {
            Fail(effect.Tick, $"{actor.CustomName} acted at {last.Tick}, {_nodes.Find(last.Interrupter)?.CustomName} after it, " +
                $"and {actor.CustomName} again at {effect.Tick} (within one heartbeat): {effect.After}");
        }
        _last[actor.EntityId] = (effect.Tick, 0);
        foreach (var other in _nodes.Blocks)
            if (other != actor && _last.TryGetValue(other.EntityId, out var seen) && seen.Interrupter == 0 && Nodes.SameConstruct(other, actor))
                _last[other.EntityId] = (seen.Tick, actor.EntityId);
    }

    bool Excused(long from, long to) => _excused.Any(w => w.From <= to && w.To >= from);
}
