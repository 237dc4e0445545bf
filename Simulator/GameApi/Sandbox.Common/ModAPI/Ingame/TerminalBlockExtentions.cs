using System;
using System.Collections.Generic;
using VRage.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
    // The game's spelling. Lives in Sandbox.ModAPI.Ingame (Sandbox.Common), per the MDK API docs.
    public static class TerminalBlockExtentions
    {
        public static long GetId(this IMyTerminalBlock block) => block.EntityId;

        /// <summary>Finds the action with GetActionWithName and applies it; an unknown name throws NullReferenceException.</summary>
        public static void ApplyAction(this IMyTerminalBlock block, string actionName) =>
            block.GetActionWithName(actionName).Apply(block);

        public static void ApplyAction(this IMyTerminalBlock block, string actionName, List<TerminalActionParameter> parameters) =>
            block.GetActionWithName(actionName).Apply(block, parameters);

        public static bool HasAction(this IMyTerminalBlock block, string actionName) =>
            block.GetActionWithName(actionName) != null;

        [Obsolete("Use the GetInventoryBase method.")]
        public static IMyInventory GetInventory(this IMyTerminalBlock block, int index) => block.GetInventory(index);

        [Obsolete("Use the HasInventory property.")]
        public static bool HasInventory(this IMyTerminalBlock block) => block.HasInventory;

        [Obsolete("Use the InventoryCount property.")]
        public static int GetInventoryCount(this IMyTerminalBlock block) => block.InventoryCount;

        /// <summary>Reads the block's "UseConveyor" terminal property; false for blocks without it.</summary>
        [Obsolete("Use the blocks themselves, this method is no longer reliable")]
        public static bool GetUseConveyorSystem(this IMyTerminalBlock block)
        {
            var property = block.GetProperty("UseConveyor") as Sandbox.ModAPI.Interfaces.ITerminalProperty<bool>;
            return property != null && property.GetValue(block);
        }

        [Obsolete("Use the blocks themselves, this method is no longer reliable")]
        public static void SetUseConveyorSystem(this IMyTerminalBlock block, bool use) =>
            (block.GetProperty("UseConveyor") as Sandbox.ModAPI.Interfaces.ITerminalProperty<bool>)?.SetValue(block, use);
    }
}
