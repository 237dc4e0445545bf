using System.Text;
using Sandbox.ModAPI.Ingame;
using Sandbox.ModAPI.Interfaces;
using VRage.Collections;
using VRage.Game.ModAPI.Ingame;

namespace ShipSim.World.Core;

/// <summary>A terminal/toolbar action of a simulated block ("OnOff_On", "Open_Off", "TriggerNow", "Run" ...).</summary>
public sealed class SimTerminalAction(string id, string name, Action<SimBlock, string?> apply) : ITerminalAction
{
    public string Id { get; } = id;
    public string Icon => "";
    public StringBuilder Name { get; } = new(name);

    public void Apply(IMyCubeBlock block) => Apply(block, (string?)null);

    /// <summary>Applies the action with its parameters; "Run" takes the first as its argument.</summary>
    public void Apply(IMyCubeBlock block, ListReader<TerminalActionParameter> terminalActionParameters) =>
        Apply(block, terminalActionParameters.Count > 0 ? terminalActionParameters[0].Value?.ToString() : null);

    /// <summary>Applies the action with a toolbar argument (only "Run" takes one).</summary>
    public void Apply(IMyCubeBlock block, string? argument)
    {
        if (block is SimBlock sim && !sim.Closed)
        {
            sim.RecordAction(Id);
            apply(sim, argument);
        }
    }

    /// <summary>The toolbar caption under the action's icon; our blocks show none.</summary>
    public void WriteValue(IMyCubeBlock block, StringBuilder appendTo) { }

    public bool IsEnabled(IMyCubeBlock block) => block is SimBlock { Closed: false };

    /// <summary>The same action under another caption (the game's, from the catalogue).</summary>
    internal SimTerminalAction Captioned(string caption) => Name.ToString() == caption ? this : new(Id, caption, apply);
}
