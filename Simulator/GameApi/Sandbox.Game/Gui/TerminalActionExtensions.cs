using Sandbox.ModAPI.Ingame;
using Sandbox.ModAPI.Interfaces;
using VRage.Collections;

namespace Sandbox.Game.Gui
{
    /// <summary>Terminal actions by name (the Sandbox.Game twin of TerminalBlockExtentions.ApplyAction).</summary>
    public static class TerminalActionExtensions
    {
        public static ITerminalAction GetAction(this IMyTerminalBlock block, string name) => block.GetActionWithName(name);

        /// <summary>Applies the named action; an unknown name throws NullReferenceException, as in the game.</summary>
        public static void ApplyAction(this IMyTerminalBlock block, string name) => block.GetActionWithName(name).Apply(block);

        public static void ApplyAction(this IMyTerminalBlock block, string name, ListReader<TerminalActionParameter> parameters) =>
            block.GetActionWithName(name).Apply(block, parameters);
    }
}
