using System;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyGasTank : IMyFunctionalBlock
    {
        /// <summary>Capacity in litres.</summary>
        float Capacity { get; }
        /// <summary>0 empty .. 1 full.</summary>
        double FilledRatio { get; }
        /// <summary>When on, the tank only fills and releases no gas.</summary>
        bool Stockpile { get; set; }
        bool AutoRefillBottles { get; set; }
        void RefillBottles();
    }

    public interface IMyPowerProducer : IMyFunctionalBlock
    {
        /// <summary>Megawatts.</summary>
        float CurrentOutput { get; }
        /// <summary>Megawatts.</summary>
        float MaxOutput { get; }
        float CurrentOutputRatio { get; }
    }

    public enum ChargeMode
    {
        Auto,
        Recharge,
        Discharge,
    }

    public interface IMyBatteryBlock : IMyPowerProducer
    {
        bool HasCapacityRemaining { get; }
        /// <summary>Megawatt-hours.</summary>
        float MaxStoredPower { get; }
        /// <summary>Megawatt-hours.</summary>
        float CurrentStoredPower { get; }
        /// <summary>Megawatts.</summary>
        float CurrentInput { get; }
        /// <summary>Megawatts.</summary>
        float MaxInput { get; }
        bool IsCharging { get; }
        ChargeMode ChargeMode { get; set; }

        [Obsolete("Use ChargeMode instead")]
        bool OnlyRecharge { get; set; }
        [Obsolete("Use ChargeMode instead")]
        bool OnlyDischarge { get; set; }
        [Obsolete("Semi-auto is no longer a valid mode, if you want to check for Auto instead, use ChargeMode")]
        bool SemiautoEnabled { get; set; }
    }
}
