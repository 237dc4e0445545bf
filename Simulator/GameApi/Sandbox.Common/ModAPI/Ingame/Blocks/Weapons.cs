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
    public interface IMyUserControllableGun : IMyFunctionalBlock
    {
        bool IsShooting { get; }
        bool Shoot { get; set; }
        void ShootOnce();
    }

    public enum TargetingGroupOptions
    {
        Default,
        Power,
        Propulsion,
        Weapons,
    }

    public interface IMyLargeTurretBase : IMyUserControllableGun
    {
        bool AIEnabled { get; }
        float Azimuth { get; set; }
        bool CanControl { get; }
        float Elevation { get; set; }
        bool EnableIdleRotation { get; set; }
        bool HasTarget { get; }
        bool IsAimed { get; }
        bool IsUnderControl { get; }
        float Range { get; set; }
        bool TargetCharacters { get; set; }
        bool TargetEnemies { get; set; }
        bool TargetLargeGrids { get; set; }
        bool TargetMeteors { get; set; }
        bool TargetMissiles { get; set; }
        bool TargetNeutrals { get; set; }
        bool TargetSmallGrids { get; set; }
        bool TargetStations { get; set; }
        MyDetectedEntityInfo GetTargetedEntity();
        string GetTargetingGroup();
        void GetTargetingGroups(List<string> targetingGroups);
        List<string> GetTargetingGroups();
        void ResetTargetingToDefault();
        void SetManualAzimuthAndElevation(float azimuth, float elevation);
        void SetTarget(Vector3D pos);
        void SetTargetingGroup(string groupSubtypeId);
        void SyncAzimuth();
        void SyncElevation();
        void SyncEnableIdleRotation();
        void TrackTarget(Vector3D pos, Vector3 velocity);
    }

    public interface IMySmallGatlingGun : IMyUserControllableGun
    {
        bool UseConveyorSystem { get; }
    }

    public interface IMySmallMissileLauncher : IMyUserControllableGun
    {
        bool UseConveyorSystem { get; }
    }

    public interface IMySmallMissileLauncherReload : IMySmallMissileLauncher
    {
    }

    public interface IMyWarhead : IMyTerminalBlock
    {
        float DetonationTime { get; set; }
        bool IsArmed { get; set; }
        bool IsCountingDown { get; }
        void Detonate();
        bool StartCountdown();
        bool StopCountdown();
    }

    public interface IMyDecoy : IMyFunctionalBlock
    {
    }

    public interface IMyTargetDummyBlock : IMyFunctionalBlock
    {
    }
}
