using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    public struct MyShipMass
    {
        public readonly float BaseMass;
        public readonly float TotalMass;
        public readonly float PhysicalMass;

        public MyShipMass(float mass, float totalMass, float physicalMass)
        {
            BaseMass = mass;
            TotalMass = totalMass;
            PhysicalMass = physicalMass;
        }
    }

    public struct MyShipVelocities
    {
        /// <summary>Metres per second, world space.</summary>
        public readonly Vector3D LinearVelocity;
        /// <summary>Radians per second, world space.</summary>
        public readonly Vector3D AngularVelocity;

        public MyShipVelocities(Vector3D linearVelocity, Vector3D angularVelocity)
        {
            LinearVelocity = linearVelocity;
            AngularVelocity = angularVelocity;
        }
    }

    public enum MyPlanetElevation
    {
        Sealevel,
        Surface,
    }
}
