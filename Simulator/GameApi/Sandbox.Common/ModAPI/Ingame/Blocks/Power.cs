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
    public interface IMyPowerProducer : IMyFunctionalBlock
    {
        /// <summary>Megawatts.</summary>
        float CurrentOutput { get; }
        float CurrentOutputRatio { get; }
        /// <summary>Megawatts.</summary>
        float MaxOutput { get; }
    }

    public enum ChargeMode
    {
        Auto,
        Recharge,
        Discharge,
    }

    public interface IMyBatteryBlock : IMyPowerProducer
    {
        ChargeMode ChargeMode { get; set; }
        /// <summary>Megawatts.</summary>
        float CurrentInput { get; }
        /// <summary>Megawatt-hours.</summary>
        float CurrentStoredPower { get; }
        bool HasCapacityRemaining { get; }
        bool IsCharging { get; }
        /// <summary>Megawatts.</summary>
        float MaxInput { get; }
        /// <summary>Megawatt-hours.</summary>
        float MaxStoredPower { get; }
        [Obsolete("Use ChargeMode instead")]
        bool OnlyDischarge { get; set; }
        [Obsolete("Use ChargeMode instead")]
        bool OnlyRecharge { get; set; }
        [Obsolete("Semi-auto is no longer a valid mode, if you want to check for Auto instead, use ChargeMode")]
        bool SemiautoEnabled { get; set; }
    }

    public interface IMyReactor : IMyPowerProducer
    {
        bool UseConveyorSystem { get; set; }
    }

    public interface IMySolarOccludable
    {
        bool IsSolarOccluded { get; }
        long GetEntityId();
    }

    public interface IMyWindTurbine : IMyPowerProducer
    {
        float Effectivity { get; }
        float PlacementEffectivity { get; }
        float WindEffectivity { get; }
    }
}
