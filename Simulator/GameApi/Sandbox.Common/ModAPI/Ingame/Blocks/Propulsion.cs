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
    public interface IMyThrust : IMyFunctionalBlock
    {
        float CurrentThrust { get; }
        float CurrentThrustPercentage { get; }
        Vector3I GridThrustDirection { get; }
        float MaxEffectiveThrust { get; }
        float MaxThrust { get; }
        float ThrustOverride { get; set; }
        float ThrustOverridePercentage { get; set; }
    }

    public interface IMyGyro : IMyFunctionalBlock
    {
        bool GyroOverride { get; set; }
        float GyroPower { get; set; }
        float Pitch { get; set; }
        float Roll { get; set; }
        float Yaw { get; set; }
    }

    public enum MyJumpDriveStatus
    {
        Charging,
        Ready,
        Jumping,
    }

    public interface IMyJumpDrive : IMyFunctionalBlock
    {
        float CurrentStoredPower { get; }
        float JumpDistanceMeters { get; set; }
        float JumpDistanceRatio { get; set; }
        float MaxJumpDistanceMeters { get; }
        float MaxStoredPower { get; }
        float MinJumpDistanceMeters { get; }
        bool Recharge { get; set; }
        MyJumpDriveStatus Status { get; }
    }
}
