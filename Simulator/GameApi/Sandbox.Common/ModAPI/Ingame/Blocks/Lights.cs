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
    public interface IMyLightingBlock : IMyFunctionalBlock
    {
        /// <summary>Seconds.</summary>
        float BlinkIntervalSeconds { get; set; }
        /// <summary>Fraction of the interval the light is on, 0..1.</summary>
        float BlinkLength { get; set; }
        /// <summary>Offset into the interval, 0..1.</summary>
        float BlinkOffset { get; set; }
        Color Color { get; set; }
        float Falloff { get; set; }
        float Intensity { get; set; }
        float Radius { get; set; }
        [Obsolete("Use BlinkLength instead.")]
        float BlinkLenght { get; }
        [Obsolete("Use Radius")]
        float ReflectorRadius { get; }
    }

    public interface IMyReflectorLight : IMyLightingBlock
    {
    }

    public interface IMySearchlight : IMyFunctionalBlock
    {
        float AimingRadius { get; set; }
        float BlinkInterval { get; set; }
        float BlinkLength { get; set; }
        float BlinkOffset { get; set; }
        Color Color { get; set; }
        bool EnableIdleMovement { get; set; }
        float Intensity { get; set; }
        float Offset { get; set; }
        float Radius { get; set; }
        bool TargetCharacters { get; set; }
        bool TargetEnemy { get; set; }
        bool TargetFriends { get; set; }
        bool TargetLargeShips { get; set; }
        bool TargetLockEnemy { get; set; }
        bool TargetMeteors { get; set; }
        bool TargetNeutrals { get; set; }
        TargetingGroupOptions TargetOptions { get; }
        bool TargetRockets { get; set; }
        bool TargetSmallShips { get; set; }
        bool TargetStations { get; set; }
        void SetManualAzimuthAndElevation(float azimuth, float elevation);
        void SetTargetOptions(TargetingGroupOptions Options);
    }

    public interface IMyLightingComponent
    {
        float BlinkIntervalSeconds { get; set; }
        float BlinkLength { get; set; }
        float BlinkOffset { get; set; }
        Color Color { get; set; }
        float Falloff { get; set; }
        float Intensity { get; set; }
        float Radius { get; set; }
    }
}
