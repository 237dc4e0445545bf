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
using Sandbox.ModAPI.Ingame;

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    public interface IMyTurretControlBlock : IMyFunctionalBlock
    {
        bool AIEnabled { get; set; }
        float AngleDeviation { get; set; }
        IMyMotorStator AzimuthRotor { get; set; }
        IMyCameraBlock Camera { get; set; }
        IMyMotorStator ElevationRotor { get; set; }
        bool HasTarget { get; }
        bool IsAimed { get; }
        bool IsSunTrackerEnabled { get; set; }
        bool IsUnderControl { get; }
        Vector3 MoveIndicator { get; }
        float Range { get; set; }
        float RollIndicator { get; }
        Vector2 RotationIndicator { get; }
        bool TargetCharacters { get; set; }
        bool TargetFriends { get; set; }
        bool TargetLargeGrids { get; set; }
        bool TargetMeteors { get; set; }
        bool TargetMissiles { get; set; }
        bool TargetNeutrals { get; set; }
        bool TargetSmallGrids { get; set; }
        bool TargetStations { get; set; }
        float VelocityMultiplierAzimuthRpm { get; set; }
        float VelocityMultiplierElevationRpm { get; set; }
        void AddTool(IMyFunctionalBlock tool);
        void AddTools(List<IMyFunctionalBlock> tools);
        void ClearTools();
        IMyTerminalBlock GetDirectionSource();
        Vector3 GetShootDirection();
        MyDetectedEntityInfo GetTargetedEntity();
        string GetTargetingGroup();
        void GetTargetingGroups(List<string> targetingGroups);
        List<string> GetTargetingGroups();
        void GetTools(List<IMyFunctionalBlock> tools);
        void RemoveTool(IMyFunctionalBlock tool);
        void RemoveTools(List<IMyFunctionalBlock> tool);
        void SetTargetingGroup(string groupSubtypeId);
    }
}
