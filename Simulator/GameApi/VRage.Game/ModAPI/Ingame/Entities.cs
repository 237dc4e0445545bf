using System;
using System.Collections.Generic;
using System.Text;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.Components;
using VRage.ObjectBuilders;
using VRage.Utils;
using VRageMath;

namespace VRage.Game.ModAPI.Ingame
{
    public interface IMyEntity
    {
        /// <summary>True once the entity has been removed from the world; the reference itself stays valid.</summary>
        bool Closed { get; }
        IMyEntityComponentContainer Components { get; }
        /// <summary>User-friendly name; may be null. For a block's terminal name use IMyCubeBlock.DisplayNameText.</summary>
        string DisplayName { get; }
        long EntityId { get; }
        bool HasInventory { get; }
        int InventoryCount { get; }
        string Name { get; }
        BoundingBoxD WorldAABB { get; }
        BoundingBoxD WorldAABBHr { get; }
        MatrixD WorldMatrix { get; }
        BoundingSphereD WorldVolume { get; }
        BoundingSphereD WorldVolumeHr { get; }
        IMyInventory GetInventory();
        IMyInventory GetInventory(int index);
        /// <summary>Position in world coordinates.</summary>
        Vector3D GetPosition();
    }

    public interface IMyCubeBlock : IMyEntity
    {
        SerializableDefinitionId BlockDefinition { get; }
        IMyCubeGrid CubeGrid { get; }
        string DefinitionDisplayNameText { get; }
        float DisassembleRatio { get; }
        string DisplayNameText { get; }
        bool IsBeingHacked { get; }
        /// <summary>Built above the functional threshold.</summary>
        bool IsFunctional { get; }
        /// <summary>Functional, powered and enabled.</summary>
        bool IsWorking { get; }
        float Mass { get; }
        /// <summary>Maximum grid cell occupied by the block.</summary>
        Vector3I Max { get; }
        /// <summary>Minimum grid cell occupied by the block.</summary>
        Vector3I Min { get; }
        int NumberInGrid { get; }
        MyBlockOrientation Orientation { get; }
        /// <summary>Identity id of the owning player (not a Steam id).</summary>
        long OwnerId { get; }
        /// <summary>Position in grid cell coordinates.</summary>
        Vector3I Position { get; }
        string GetOwnerFactionTag();
        MyRelationsBetweenPlayerAndBlock GetUserRelationToOwner(long playerId, MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership);
        [Obsolete("GetPlayerRelationToOwner() is useless ingame. Mods should use the one in ModAPI.IMyCubeBlock")]
        MyRelationsBetweenPlayerAndBlock GetPlayerRelationToOwner();
        void UpdateIsWorking();
        void UpdateVisual();
    }

    public interface IMyCubeGrid : IMyEntity
    {
        string CustomName { get; set; }
        /// <summary>Cell edge length in metres (2.5 large, 0.5 small).</summary>
        float GridSize { get; }
        MyCubeSize GridSizeEnum { get; }
        bool IsStatic { get; }
        Vector3 LinearVelocity { get; }
        Vector3I Max { get; }
        Vector3I Min { get; }
        float Speed { get; }
        bool CubeExists(Vector3I pos);
        IMySlimBlock GetCubeBlock(Vector3I pos);
        Vector3D GridIntegerToWorld(Vector3I gridCoords);
        /// <summary>True within one mechanical group (rotors, pistons, hinges); false across connectors.</summary>
        bool IsSameConstructAs(IMyCubeGrid other);
        Vector3I WorldToGridInteger(Vector3D coords);
    }

    public interface IMySlimBlock
    {
        float AccumulatedDamage { get; }
        SerializableDefinitionId BlockDefinition { get; }
        float BuildIntegrity { get; }
        float BuildLevelRatio { get; }
        Vector3 ColorMaskHSV { get; }
        IMyCubeGrid CubeGrid { get; }
        float CurrentDamage { get; }
        float DamageRatio { get; }
        IMyCubeBlock FatBlock { get; }
        bool HasDeformation { get; }
        bool IsDestroyed { get; }
        bool IsFullIntegrity { get; }
        bool IsFullyDismounted { get; }
        float Mass { get; }
        float MaxDeformation { get; }
        float MaxIntegrity { get; }
        long OwnerId { get; }
        Vector3I Position { get; }
        bool ShowParts { get; }
        MyStringHash SkinSubtypeId { get; }
        bool StockpileAllocated { get; }
        bool StockpileEmpty { get; }
        void GetMissingComponents(Dictionary<string, int> addToDictionary);
    }
}
