using Sandbox.Definitions;

namespace VRage.Game.ModAPI.Ingame
{
    public static class MyPhysicalInventoryItemExtensions_ModAPI
    {
        /// <summary>Per-unit mass, volume and kind of an item type (from <see cref="ItemCatalogue"/>).</summary>
        public static MyItemInfo GetItemInfo(this MyItemType itemType) => ItemCatalogue.Describe(itemType);
    }
}
