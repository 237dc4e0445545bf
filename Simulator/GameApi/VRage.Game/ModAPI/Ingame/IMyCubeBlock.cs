using System;
using VRageMath;

namespace VRage.Game.ModAPI.Ingame
{
    // Not declared (types the stand-in does not model): BlockDefinition (SerializableDefinitionId),
    // Orientation (MyBlockOrientation).
    public interface IMyCubeBlock : IMyEntity
    {
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
        /// <summary>Identity id of the owning player (not a Steam id).</summary>
        long OwnerId { get; }
        /// <summary>Position in grid cell coordinates.</summary>
        Vector3I Position { get; }

        string GetOwnerFactionTag();
        MyRelationsBetweenPlayerAndBlock GetUserRelationToOwner(long playerId, MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership);

        [Obsolete("GetPlayerRelationToOwner() is useless ingame. Mods should use the one in ModAPI.IMyCubeBlock")]
        MyRelationsBetweenPlayerAndBlock GetPlayerRelationToOwner();
        [Obsolete]
        void UpdateIsWorking();
        [Obsolete]
        void UpdateVisual();
    }
}
