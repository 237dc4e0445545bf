using VRage.Game;
using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    public enum MyDetectedEntityType
    {
        None = 0,
        Unknown,
        SmallGrid,
        LargeGrid,
        CharacterHuman,
        CharacterOther,
        FloatingObject,
        Asteroid,
        Planet,
        Meteor,
        Missile,
    }

    /// <summary>What a sensor (or camera, turret) saw of one entity, at one moment.</summary>
    public struct MyDetectedEntityInfo
    {
        public readonly long EntityId;
        /// <summary>Display name when friendly, else a generic descriptor.</summary>
        public readonly string Name;
        public readonly MyDetectedEntityType Type;
        /// <summary>Where a raycast hit the entity; null when no raycast was used.</summary>
        public readonly Vector3D? HitPosition;
        public readonly MatrixD Orientation;
        public readonly Vector3 Velocity;
        /// <summary>Relation between the entity and the owner of the detecting block.</summary>
        public readonly MyRelationsBetweenPlayerAndBlock Relationship;
        public readonly BoundingBoxD BoundingBox;
        /// <summary>Milliseconds, compensated for simulation speed.</summary>
        public readonly long TimeStamp;

        public MyDetectedEntityInfo(long entityId, string name, MyDetectedEntityType type, Vector3D? hitPosition,
            MatrixD orientation, Vector3 velocity, MyRelationsBetweenPlayerAndBlock relationship, BoundingBoxD boundingBox,
            long timeStamp)
        {
            EntityId = entityId;
            Name = name;
            Type = type;
            HitPosition = hitPosition;
            Orientation = orientation;
            Velocity = velocity;
            Relationship = relationship;
            BoundingBox = boundingBox;
            TimeStamp = timeStamp;
        }

        /// <summary>Centre of the bounding box.</summary>
        public Vector3D Position => BoundingBox.Center;

        /// <summary>True for the default value (nothing detected).</summary>
        public bool IsEmpty() => TimeStamp == 0;
    }
}
