using VRageMath;

namespace VRage.Game.ModAPI.Ingame
{
    // Not declared (types the stand-in does not model): Components (MyEntityComponentContainer),
    // GetInventory() / GetInventory(int) (IMyInventory).
    public interface IMyEntity
    {
        long EntityId { get; }
        string Name { get; }
        /// <summary>User-friendly name; may be null. For a block's terminal name use IMyCubeBlock.DisplayNameText.</summary>
        string DisplayName { get; }
        /// <summary>True once the entity has been removed from the world; the reference itself stays valid.</summary>
        bool Closed { get; }
        bool HasInventory { get; }
        int InventoryCount { get; }
        BoundingBoxD WorldAABB { get; }
        BoundingBoxD WorldAABBHr { get; }
        MatrixD WorldMatrix { get; }
        BoundingSphereD WorldVolume { get; }
        BoundingSphereD WorldVolumeHr { get; }
        /// <summary>Position in world coordinates.</summary>
        Vector3D GetPosition();
    }
}
