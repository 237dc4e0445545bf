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
    /// <summary>How often the block runs its script by itself. Any other bit is refused.</summary>
    [Flags]
    public enum UpdateFrequency : byte
    {
        None = 0,
        Update1 = 1 << 0,
        Update10 = 1 << 1,
        Update100 = 1 << 2,
        Once = 1 << 3,
    }

    /// <summary>Why Main was called. Periodic updates that fall due in the same tick are merged into one call.</summary>
    [Flags]
    public enum UpdateType
    {
        None = 0,
        Terminal = 1 << 0,
        Trigger = 1 << 1,
        [Obsolete] Antenna = 1 << 2,
        Mod = 1 << 3,
        Script = 1 << 4,
        Update1 = 1 << 5,
        Update10 = 1 << 6,
        Update100 = 1 << 7,
        Once = 1 << 8,
        IGC = 1 << 9,
    }

    public interface IMyGridProgramRuntimeInfo
    {
        int CurrentCallChainDepth { get; }
        int CurrentInstructionCount { get; }
        /// <summary>Wall-clock duration of the previous run, in milliseconds.</summary>
        double LastRunTimeMs { get; }
        long LifetimeTicks { get; }
        int MaxCallChainDepth { get; }
        int MaxInstructionCount { get; }
        /// <summary>Game time since the previous run of this script.</summary>
        TimeSpan TimeSinceLastRun { get; }
        UpdateFrequency UpdateFrequency { get; set; }
    }

    public interface IMyGridProgramWorldInfo
    {
        float InventoryMultiplier { get; }
        float LargeShipMaxAngularSpeed { get; }
        float LargeShipMaxSpeed { get; }
        bool PressurizationEnabled { get; }
        float SmallShipMaxAngularSpeed { get; }
        float SmallShipMaxSpeed { get; }
    }
}
