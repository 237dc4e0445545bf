using System;
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

    /// <summary>
    /// Air vent. Status is recomputed only on the vent's own 100-tick update; an airtight room pumped down to 0%
    /// still reports Depressurizing, so robust scripts compare GetOxygenLevel() with thresholds (0.01 / 0.99).
    /// </summary>
    public interface IMyAirVent : IMyFunctionalBlock
    {
        /// <summary>True when the vent's room exists and is airtight.</summary>
        bool CanPressurize { get; }
        /// <summary>Drain the room instead of filling it.</summary>
        bool Depressurize { get; set; }
        /// <summary>The world's airtightness setting.</summary>
        bool PressurizationEnabled { get; }
        VentStatus Status { get; }
        /// <summary>Room oxygen level 0..1; 0 when the vent is not working; smoothed over about 1.5 s in an airtight room.</summary>
        float GetOxygenLevel();

        [Obsolete("IsDepressurizing is deprecated, please use Depressurize instead.")]
        bool IsDepressurizing { get; }
        [Obsolete("IsPressurized() is deprecated, please use CanPressurize instead.")]
        bool IsPressurized();
    }
}
