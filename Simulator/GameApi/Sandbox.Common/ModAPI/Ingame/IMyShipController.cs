using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    /// <summary>Cockpit, remote control or cryo chamber. Not a functional block (no Enabled).</summary>
    public interface IMyShipController : IMyTerminalBlock
    {
        bool CanControlShip { get; }
        /// <summary>Centre of mass of the ship, world coordinates.</summary>
        Vector3D CenterOfMass { get; }
        bool ControlThrusters { get; set; }
        bool ControlWheels { get; set; }
        bool DampenersOverride { get; set; }
        bool HandBrake { get; set; }
        bool HasWheels { get; }
        bool IsMainCockpit { get; set; }
        bool IsUnderControl { get; }
        Vector3 MoveIndicator { get; }
        float RollIndicator { get; }
        Vector2 RotationIndicator { get; }
        bool ShowHorizonIndicator { get; set; }

        MyShipMass CalculateShipMass();
        Vector3D GetArtificialGravity();
        Vector3D GetNaturalGravity();
        Vector3D GetTotalGravity();
        /// <summary>Speed in metres per second.</summary>
        double GetShipSpeed();
        MyShipVelocities GetShipVelocities();
        /// <summary>Only within a planet's gravity well.</summary>
        bool TryGetPlanetElevation(MyPlanetElevation detail, out double elevation);
        /// <summary>Only within a planet's gravity well.</summary>
        bool TryGetPlanetPosition(out Vector3D position);
    }

    public interface IMyCockpit : IMyShipController, IMyTextSurfaceProvider
    {
        float OxygenCapacity { get; }
        /// <summary>0 empty .. 1 full.</summary>
        float OxygenFilledRatio { get; }
    }

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
