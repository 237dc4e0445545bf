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
    public interface IMySensorBlock : IMyFunctionalBlock
    {
        float BackExtend { get; set; }
        float BottomExtend { get; set; }
        bool DetectAsteroids { get; set; }
        bool DetectEnemy { get; set; }
        bool DetectFloatingObjects { get; set; }
        bool DetectFriendly { get; set; }
        bool DetectLargeShips { get; set; }
        bool DetectNeutral { get; set; }
        bool DetectOwner { get; set; }
        bool DetectPlayers { get; set; }
        bool DetectSmallShips { get; set; }
        bool DetectStations { get; set; }
        bool DetectSubgrids { get; set; }
        float FrontExtend { get; set; }
        /// <summary>True while anything is detected.</summary>
        bool IsActive { get; }
        MyDetectedEntityInfo LastDetectedEntity { get; }
        float LeftExtend { get; set; }
        float MaxRange { get; }
        bool PlayProximitySound { get; set; }
        float RightExtend { get; set; }
        float TopExtend { get; set; }
        /// <summary>Fills the list with the entities detected now.</summary>
        void DetectedEntities(List<MyDetectedEntityInfo> entities);
    }

    public interface IMyCameraBlock : IMyFunctionalBlock
    {
        double AvailableScanRange { get; }
        bool EnableRaycast { get; set; }
        bool IsActive { get; }
        float RaycastConeLimit { get; }
        double RaycastDistanceLimit { get; }
        float RaycastTimeMultiplier { get; }
        bool CanScan(double distance);
        bool CanScan(double distance, Vector3D direction);
        bool CanScan(Vector3D target);
        MyDetectedEntityInfo Raycast(double distance, float pitch = 0f, float yaw = 0f);
        MyDetectedEntityInfo Raycast(Vector3D targetPos);
        MyDetectedEntityInfo Raycast(double distance, Vector3D targetDirection);
        int TimeUntilScan(double distance);
    }

    public interface IMyOreDetector : IMyFunctionalBlock
    {
        bool BroadcastUsingAntennas { get; set; }
        float Range { get; }
    }
}
