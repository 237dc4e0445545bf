using Sandbox.ModAPI.Ingame;

namespace ShipSim.World.Scripting;

/// <summary>
/// When a programmable block's periodic updates fall due (game-behaviour.md section 3). Update1 is every
/// tick; Update10 and Update100 are staggered: each block serves one slot of 10 and one of 100, chosen by the
/// world's seed when the block is built, so blocks on the same frequency do not all run in the same tick.
/// Once runs in the first tick after it was requested and clears itself. All due flags merge into one run.
/// Pure: no game API calls, no clock; the block feeds it ticks and the script's UpdateFrequency.
/// </summary>
public sealed class UpdateSchedule(int slot10, int slot100)
{
    long _onceRequestedAt = -1;

    /// <summary>The tick within each 10 (0..9) in which this block's Update10 falls.</summary>
    public int Slot10 { get; } = slot10;
    /// <summary>The tick within each 100 (0..99) in which this block's Update100 falls.</summary>
    public int Slot100 { get; } = slot100;

    public bool OncePending => _onceRequestedAt >= 0;

    /// <summary>Call after anything the script ran (constructor, any run): notes a fresh Once request.</summary>
    public void Observe(UpdateFrequency frequency, long tick)
    {
        if ((frequency & UpdateFrequency.Once) != 0 && _onceRequestedAt < 0)
            _onceRequestedAt = tick;
    }

    /// <summary>A new instance (recompile, world load) starts with no Once pending.</summary>
    public void Reset() => _onceRequestedAt = -1;

    /// <summary>The update flags due in <paramref name="tick"/> for a script whose UpdateFrequency is
    /// <paramref name="frequency"/>; None when nothing is due. Taking a due Once clears the request.</summary>
    public UpdateType TakeDue(UpdateFrequency frequency, long tick)
    {
        var due = UpdateType.None;
        if ((frequency & UpdateFrequency.Update1) != 0)
            due |= UpdateType.Update1;
        if ((frequency & UpdateFrequency.Update10) != 0 && tick % 10 == Slot10)
            due |= UpdateType.Update10;
        if ((frequency & UpdateFrequency.Update100) != 0 && tick % 100 == Slot100)
            due |= UpdateType.Update100;
        if (_onceRequestedAt >= 0 && _onceRequestedAt < tick)
        {
            due |= UpdateType.Once;
            _onceRequestedAt = -1;
        }
        return due;
    }
}
