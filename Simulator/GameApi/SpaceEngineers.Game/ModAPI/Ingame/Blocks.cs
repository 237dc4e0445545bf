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
    public enum VentStatus
    {
        Depressurized,
        Depressurizing,
        Pressurized,
        Pressurizing,
    }

    public interface IMyAirVent : IMyFunctionalBlock
    {
        /// <summary>True when the vent's room exists and is airtight.</summary>
        bool CanPressurize { get; }
        /// <summary>Drain the room instead of filling it.</summary>
        bool Depressurize { get; set; }
        /// <summary>The world's airtightness setting.</summary>
        bool PressurizationEnabled { get; }
        VentStatus Status { get; }
        [Obsolete("IsDepressurizing is deprecated, please use Depressurize instead.")]
        bool IsDepressurizing { get; }
        /// <summary>Room oxygen level 0..1; 0 when the vent is not working; smoothed over about 1.5 s in an airtight room.</summary>
        float GetOxygenLevel();
        [Obsolete("IsPressurized() is deprecated, please use CanPressurize instead.")]
        bool IsPressurized();
    }

    public interface IMyButtonPanel : IMyTerminalBlock
    {
        bool AnyoneCanUse { get; set; }
        void ClearCustomButtonName(int index);
        string GetButtonName(int index);
        bool HasCustomButtonName(int index);
        bool IsButtonAssigned(int index);
        void SetCustomButtonName(int index, string name);
    }

    public interface IMyControlPanel : IMyTerminalBlock
    {
    }

    public interface IMyTimerBlock : IMyFunctionalBlock
    {
        /// <summary>True while the timer is active and counting down.</summary>
        bool IsCountingDown { get; }
        bool Silent { get; set; }
        /// <summary>Countdown time, seconds.</summary>
        float TriggerDelay { get; set; }
        void StartCountdown();
        void StopCountdown();
        /// <summary>Fires the toolbar now, skipping the countdown.</summary>
        void Trigger();
    }

    public interface IMySoundBlock : IMyFunctionalBlock
    {
        bool IsSoundSelected { get; }
        /// <summary>Loop period of a loopable sound, seconds.</summary>
        float LoopPeriod { get; set; }
        /// <summary>Audible range, metres.</summary>
        float Range { get; set; }
        string SelectedSound { get; set; }
        float Volume { get; set; }
        /// <summary>Fills the list with the sound ids this block can play.</summary>
        void GetSounds(List<string> sounds);
        void Play();
        void Stop();
    }

    public interface IMyInteriorLight : IMyLightingBlock
    {
    }

    public interface IMyLandingGear : IMyFunctionalBlock
    {
        bool AutoLock { get; set; }
        bool IsLocked { get; }
        bool IsParkingEnabled { get; set; }
        LandingGearMode LockMode { get; }
        [Obsolete("Landing gear are not breakable anymore.")]
        bool IsBreakable { get; }
        void Lock();
        void ResetAutoLock();
        void ToggleLock();
        void Unlock();
    }

    public enum MergeState
    {
        Unset,
        None,
        Working,
        Constrained,
        Locked,
    }

    public interface IMyShipMergeBlock : IMyFunctionalBlock
    {
        bool IsConnected { get; }
        MergeState State { get; }
    }

    public interface IMySolarPanel : IMyPowerProducer
    {
    }

    public interface IMyOxygenFarm : IMyFunctionalBlock
    {
        bool CanProduce { get; }
        float GetOutput();
    }

    public interface IMyMedicalRoom : IMyFunctionalBlock
    {
    }

    public interface IMySafeZoneBlock : IMyFunctionalBlock
    {
    }

    public interface IMyParachute : IMyFunctionalBlock
    {
        float Atmosphere { get; }
        bool AutoDeploy { get; set; }
        float AutoDeployHeight { get; set; }
        float OpenRatio { get; }
        DoorStatus Status { get; }
        void CloseDoor();
        Vector3D GetArtificialGravity();
        Vector3D GetNaturalGravity();
        Vector3D GetTotalGravity();
        Vector3D GetVelocity();
        void OpenDoor();
        void ToggleDoor();
        bool TryGetClosestPoint(out Vector3D? closestPoint);
    }

    public interface IMyHeatVent : IMyFunctionalBlock
    {
    }

    public interface IMyTransponder : IMyFunctionalBlock
    {
        MyTransponderRelationFilter AllowSignalsFrom { get; set; }
        int Channel { get; set; }
        void SendSignal(int? channel);
    }

    public interface IMyBroadcastController : IMyFunctionalBlock
    {
    }

    public interface IMySurvivalBuffsProgression
    {
    }
}
