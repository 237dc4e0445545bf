using System.Text;
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
        bool IsEnabled(IMyCubeBlock block);
    }

    /// <summary>A terminal property of a block, such as "OnOff".</summary>
    public interface ITerminalProperty
    {
        string Id { get; }
        string TypeName { get; }
    }
}
