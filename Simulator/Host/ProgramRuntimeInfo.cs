using Sandbox.ModAPI.Ingame;

namespace ShipSim.Host;

/// <summary>
/// The script's <c>Runtime</c> (game-behaviour.md sections 2 and 3). The instruction count and call depth
/// are read live from the instance's meter; the host sets <see cref="TimeSinceLastRun"/> (game time) before
/// each run and <see cref="LastRunTimeMs"/> after it. A new instance (recompile) gets a new object, so
/// UpdateFrequency starts at None.
/// </summary>
public sealed class ProgramRuntimeInfo : IMyGridProgramRuntimeInfo
{
    const UpdateFrequency Defined = UpdateFrequency.Update1 | UpdateFrequency.Update10 | UpdateFrequency.Update100 | UpdateFrequency.Once;

    readonly RunLimits _limits;
    Func<int>? _count, _depth;
    UpdateFrequency _frequency;

    internal ProgramRuntimeInfo(RunLimits limits) => _limits = limits;

    internal void Bind(Func<int> count, Func<int> depth)
    {
        _count = count;
        _depth = depth;
    }

    /// <summary>Game time since the previous run; set by the world before each run.</summary>
    public TimeSpan TimeSinceLastRun { get; set; }

    /// <summary>Ticks since this instance started (compile or world load); set by the world before each run.</summary>
    public long LifetimeTicks { get; set; }

    /// <summary>Wall-clock time of the previous run; set by the host after each run.</summary>
    public double LastRunTimeMs { get; set; }

    public int MaxInstructionCount => _limits.MaxInstructions;
    public int CurrentInstructionCount => _count?.Invoke() ?? 0;
    public int MaxCallChainDepth => _limits.MaxCallChainDepth;
    public int CurrentCallChainDepth => _depth?.Invoke() ?? 0;

    public UpdateFrequency UpdateFrequency
    {
        get => _frequency;
        set
        {
            if ((value & ~Defined) != 0)
                throw new ArgumentException($"Invalid UpdateFrequency value {(int)value}: only None, Update1, Update10, Update100 and Once are allowed.", nameof(value));
            _frequency = value;
        }
    }
}
