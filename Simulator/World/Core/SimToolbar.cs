namespace ShipSim.World.Core;

/// <summary>One toolbar slot: an action on a block, with the argument a "Run" action passes.</summary>
public sealed record ToolbarSlot(SimBlock Target, string ActionId, string? Argument = null);

/// <summary>
/// The toolbar of a timer, button panel or sensor (game-behaviour.md section 7): firing it applies every
/// slot's action in slot order, in the same tick; several "Run" slots on several PBs each run their PB.
/// </summary>
public sealed class SimToolbar
{
    readonly List<ToolbarSlot> _slots = [];

    public IReadOnlyList<ToolbarSlot> Slots => _slots;

    public SimToolbar Add(SimBlock target, string actionId, string? argument = null)
    {
        _slots.Add(new ToolbarSlot(target, actionId, argument));
        return this;
    }

    public void Clear() => _slots.Clear();

    /// <summary>The player edits the argument of every slot (what a "Run" action passes).</summary>
    public void SetArgument(string? argument)
    {
        for (var i = 0; i < _slots.Count; i++)
            _slots[i] = _slots[i] with { Argument = argument };
    }

    /// <summary>Applies every slot whose block still exists and has the action.</summary>
    public void Fire()
    {
        foreach (var slot in _slots)
            if (!slot.Target.Closed)
                slot.Target.Action(slot.ActionId)?.Apply(slot.Target, slot.Argument ?? "");
    }
}
