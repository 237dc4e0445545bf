using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.World.Core;
using SpaceEngineers.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A button panel: N buttons, each with its own toolbar slot (<see cref="Button"/>), and M text surfaces reached
/// by casting to IMyTextSurfaceProvider (the documented interface does not list them). Not a functional block:
/// it has no on/off switch, so it works while built and powered.
/// Our choices: a button's default name is "Button n" (1-based); unless AnyoneCanUse, only players with access
/// to the block may press (the owner and friends); a button holds a whole <see cref="SimToolbar"/>, of which the
/// game's one slot is the usual case.
/// </summary>
public sealed class SimButtonPanel : SimBlock, IMyButtonPanel, IMyTextSurfaceProvider
{
    readonly SimToolbar[] _buttons;
    readonly string?[] _names;
    readonly SimSurfaceSet _surfaces;

    public SimButtonPanel(SimGrid grid, string customName, int buttonCount = 4, int surfaceCount = 1) : base(grid, customName)
    {
        BindProperty("AnyoneCanUse", () => AnyoneCanUse, v => AnyoneCanUse = v);
        ArgumentOutOfRangeException.ThrowIfLessThan(buttonCount, 1);
        _buttons = [.. Enumerable.Range(0, buttonCount).Select(_ => new SimToolbar())];
        _names = new string?[buttonCount];
        _surfaces = SimSurfaceSet.Numbered(surfaceCount, "Panel", "Panel", new Vector2(256, 256), this);
    }

    public override string DefinitionDisplayNameText => "Button Panel";
    public override string TypeId => "ButtonPanel";
    public int ButtonCount => _buttons.Length;
    /// <summary>How many presses fired a toolbar.</summary>
    public int Presses { get; private set; }

    /// <summary>The toolbar of button <paramref name="index"/> (0-based).</summary>
    public SimToolbar Button(int index) => _buttons[index];

    public bool AnyoneCanUse { get; set; }

    /// <summary>A player presses button <paramref name="index"/>: fires its toolbar if the panel works and the player
    /// may use it. Returns whether it fired.</summary>
    public bool Press(int index, long playerId = SimWorld.DefaultOwner)
    {
        if (index < 0 || index >= _buttons.Length || !IsWorking)
            return false;
        if (!AnyoneCanUse && !HasPlayerAccess(playerId))
            return false;
        Presses++;
        _buttons[index].Fire();
        return true;
    }

    public string GetButtonName(int index) =>
        InRange(index) ? _names[index] ?? $"Button {index + 1}" : "";

    public bool HasCustomButtonName(int index) => InRange(index) && _names[index] != null;
    public bool IsButtonAssigned(int index) => InRange(index) && _buttons[index].Slots.Count > 0;

    public void SetCustomButtonName(int index, string name)
    {
        if (InRange(index))
            _names[index] = name ?? "";
    }

    public void ClearCustomButtonName(int index)
    {
        if (InRange(index))
            _names[index] = null;
    }

    bool InRange(int index) => index >= 0 && index < _buttons.Length;

    public int SurfaceCount => _surfaces.Count;
    public bool UseGenericLcd => true;

    public IMyTextSurface GetSurface(int index) => _surfaces.GetSurface(index);

    public SimTextSurface Surface(int index) => _surfaces[index];

    protected override void DescribeOwnState(StringBuilder state)
    {
        state.Append(" presses=").Append(Presses);
        _surfaces.DescribeText(state);
    }
}
