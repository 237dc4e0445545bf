using System;

namespace Sandbox.ModAPI.Ingame
{
    public interface IMyGridProgramRuntimeInfo
    {
        /// <summary>Game time since the previous run of this script.</summary>
        TimeSpan TimeSinceLastRun { get; }
        /// <summary>Wall-clock duration of the previous run, in milliseconds.</summary>
        double LastRunTimeMs { get; }
        int MaxInstructionCount { get; }
        int CurrentInstructionCount { get; }
        int MaxCallChainDepth { get; }
        int CurrentCallChainDepth { get; }
        UpdateFrequency UpdateFrequency { get; set; }
    }
}
