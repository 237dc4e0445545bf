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
    public interface IMyMechanicalConnectionBlock : IMyFunctionalBlock
    {
        bool IsAttached { get; }
        bool PendingAttachment { get; }
        IMyAttachableTopBlock Top { get; }
        IMyCubeGrid TopGrid { get; }
        [Obsolete("SafetyLock is no longer supported. This is property dummy property only, for backwards compatibility.")]
        bool IsLocked { get; }
        [Obsolete("SafetyLock is no longer supported. This is property dummy property only, for backwards compatibility.")]
        bool SafetyLock { get; set; }
        [Obsolete("SafetyLock is no longer supported. This is property dummy property only, for backwards compatibility.")]
        float SafetyLockSpeed { get; set; }
        void Attach();
        void Detach();
    }

    public interface IMyAttachableTopBlock : IMyCubeBlock
    {
        IMyMechanicalConnectionBlock Base { get; }
        bool IsAttached { get; }
    }

    public interface IMyMotorBase : IMyMechanicalConnectionBlock
    {
    }

    public interface IMyMotorStator : IMyMotorBase
    {
        float Angle { get; }
        float BrakingTorque { get; set; }
        float Displacement { get; set; }
        float LowerLimitDeg { get; set; }
        float LowerLimitRad { get; set; }
        bool RotorLock { get; set; }
        float TargetVelocityRad { get; set; }
        float TargetVelocityRPM { get; set; }
        float Torque { get; set; }
        float UpperLimitDeg { get; set; }
        float UpperLimitRad { get; set; }
        void RotateToAngle(MyRotationDirection dir, float desiredAng, float velAbsRpm);
    }

    public interface IMyMotorAdvancedStator : IMyMotorStator
    {
    }

    public interface IMyMotorRotor : IMyAttachableTopBlock
    {
    }

    public interface IMyMotorAdvancedRotor : IMyMotorRotor
    {
    }

    public interface IMyMotorSuspension : IMyMotorBase
    {
        bool AirShockEnabled { get; set; }
        bool Brake { get; set; }
        float Friction { get; set; }
        float Height { get; set; }
        bool InvertPropulsion { get; set; }
        bool InvertSteer { get; set; }
        bool IsParkingEnabled { get; set; }
        float MaxSteerAngle { get; set; }
        float Power { get; set; }
        bool Propulsion { get; set; }
        float PropulsionOverride { get; set; }
        float SteerAngle { get; }
        bool Steering { get; set; }
        float SteeringOverride { get; set; }
        float Strength { get; set; }
        float Damping { get; }
        float SteerReturnSpeed { get; }
        float SteerSpeed { get; }
        float SuspensionTravel { get; }
    }

    public interface IMyWheel : IMyMotorRotor
    {
    }

    public enum PistonStatus
    {
        Stopped,
        Extending,
        Extended,
        Retracting,
        Retracted,
    }

    public interface IMyPistonBase : IMyMechanicalConnectionBlock
    {
        float CurrentPosition { get; }
        float HighestPosition { get; }
        float LowestPosition { get; }
        float MaxLimit { get; set; }
        float MaxVelocity { get; }
        float MinLimit { get; set; }
        float NormalizedPosition { get; }
        PistonStatus Status { get; }
        float Velocity { get; set; }
        void Extend();
        void MoveToPosition(float extent, float speed);
        void Retract();
        void Reverse();
    }

    public interface IMyExtendedPistonBase : IMyPistonBase
    {
    }

    public interface IMyPistonTop : IMyAttachableTopBlock
    {
    }

    public enum MyRotationDirection
    {
        AUTO,
        CCW,
        CW,
    }
}
