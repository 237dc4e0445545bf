using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Interfaces;
using VRage;
using VRage.Collections;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;
using SpaceEngineers.Game.ModAPI.Ingame;

namespace Sandbox.ModAPI.Ingame
{
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
        /// <summary>Speed in metres per second.</summary>
        double GetShipSpeed();
        MyShipVelocities GetShipVelocities();
        Vector3D GetTotalGravity();
        /// <summary>Only within a planet's gravity well.</summary>
        bool TryGetPlanetElevation(MyPlanetElevation detail, out double elevation);
        /// <summary>Only within a planet's gravity well.</summary>
        bool TryGetPlanetPosition(out Vector3D position);
    }

    public interface IMyCockpit : IMyShipController, IMyTextSurfaceProvider
    {
        float OxygenCapacity { get; }
        /// <summary>0 empty .. 1 full.</summary>
        float OxygenFilledRatio { get; }
    }

    public interface IMyCryoChamber : IMyCockpit
    {
    }

    public enum FlightMode
    {
        Patrol,
        Circle,
        OneWay,
    }

    public interface IMyRemoteControl : IMyShipController
    {
        MyWaypointInfo CurrentWaypoint { get; }
        Base6Directions.Direction Direction { get; set; }
        FlightMode FlightMode { get; set; }
        bool IsAutoPilotEnabled { get; }
        float SpeedLimit { get; set; }
        bool WaitForFreeWay { get; set; }
        void AddWaypoint(Vector3D coords, string name);
        void AddWaypoint(MyWaypointInfo coords);
        void ClearWaypoints();
        bool GetNearestPlayer(out Vector3D playerPosition);
        void GetWaypointInfo(List<MyWaypointInfo> waypoints);
        void SetAutoPilotEnabled(bool enabled);
        void SetCollisionAvoidance(bool enabled);
        void SetDockingMode(bool enabled);
    }
}
