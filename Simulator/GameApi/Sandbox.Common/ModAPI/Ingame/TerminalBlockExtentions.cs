using System;

namespace Sandbox.ModAPI.Ingame
{
    // The game's spelling. Lives in Sandbox.ModAPI.Ingame (Sandbox.Common), per the MDK API docs.
    // Not declared (types the stand-in does not model): ApplyAction(block, name, List<TerminalActionParameter>),
    // GetInventory(block, int) (IMyInventory); GetUseConveyorSystem/SetUseConveyorSystem (obsolete, "no longer reliable").
    public static class TerminalBlockExtentions
    {
        public static long GetId(this IMyTerminalBlock block) => block.EntityId;

        /// <summary>Finds the action with GetActionWithName and applies it; an unknown name throws NullReferenceException.</summary>
        public static void ApplyAction(this IMyTerminalBlock block, string actionName) =>
            block.GetActionWithName(actionName).Apply(block);

        public static bool HasAction(this IMyTerminalBlock block, string actionName) =>
            block.GetActionWithName(actionName) != null;

        [Obsolete("Use the HasInventory property.")]
        public static bool HasInventory(this IMyTerminalBlock block) => block.HasInventory;

        [Obsolete("Use the InventoryCount property.")]
        public static int GetInventoryCount(this IMyTerminalBlock block) => block.InventoryCount;
    }
}
