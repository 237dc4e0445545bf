using ShipSim.World.Core;

namespace ShipSim.World.Faults;

/// <summary>
/// Faults to apply at given ticks, at the very start of the tick (before messages, blocks and scripts).
/// Tests write schedules by hand; the fuzzer draws them from the seed. Every applied fault is logged.
/// </summary>
public sealed class FaultSchedule : ITickPhase
{
    readonly SimWorld _world;
    readonly SortedDictionary<long, List<Fault>> _byTick = [];

    public FaultSchedule(SimWorld world)
    {
        _world = world;
        world.AddPhase(this);
    }

    public TickOrder Order => TickOrder.Faults;
    public List<(long Tick, Fault Fault)> Applied { get; } = [];

    public FaultSchedule At(long tick, Fault fault)
    {
        if (!_byTick.TryGetValue(tick, out var list))
            _byTick[tick] = list = [];
        list.Add(fault);
        return this;
    }

    public IEnumerable<(long Tick, Fault Fault)> Pending =>
        _byTick.SelectMany(kv => kv.Value.Select(f => (kv.Key, f)));

    public void OnTick(long tick)
    {
        if (!_byTick.Remove(tick, out var faults))
            return;
        foreach (var fault in faults)
        {
            fault.Apply(_world);
            Applied.Add((tick, fault));
        }
    }
}
