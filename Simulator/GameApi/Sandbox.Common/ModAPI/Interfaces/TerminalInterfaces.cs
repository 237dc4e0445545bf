using System;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Collections;
using VRage.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Interfaces
{
    /// <summary>A toolbar/terminal action of a block, such as "OnOff_On", "Open_Off", "TriggerNow" or "Run".</summary>
    public interface ITerminalAction
    {
        string Id { get; }
        string Icon { get; }
        StringBuilder Name { get; }
        void Apply(IMyCubeBlock block);
        /// <summary>Applies the action with parameters (the argument of "Run" is the first one).</summary>
        void Apply(IMyCubeBlock block, ListReader<TerminalActionParameter> terminalActionParameters);
        /// <summary>Appends the action's current value text (e.g. "On").</summary>
        void WriteValue(IMyCubeBlock block, StringBuilder appendTo);
        bool IsEnabled(IMyCubeBlock block);
    }

    /// <summary>A terminal property of a block, such as "OnOff".</summary>
    public interface ITerminalProperty
    {
        /// <summary>Property id (value name).</summary>
        string Id { get; }
        /// <summary>"Boolean", "Single", "Color", ...</summary>
        string TypeName { get; }
    }

    public interface ITerminalProperty<TValue> : ITerminalProperty
    {
        TValue GetValue(IMyCubeBlock block);
        void SetValue(IMyCubeBlock block, TValue value);
        TValue GetDefaultValue(IMyCubeBlock block);
        TValue GetMinimum(IMyCubeBlock block);
        TValue GetMaximum(IMyCubeBlock block);
        [Obsolete("Use GetMinimum instead")]
        TValue GetMininum(IMyCubeBlock block);
    }
}
