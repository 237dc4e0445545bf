using Sandbox.ModAPI.Ingame;

namespace ShipSim.Host;

/// <summary>What the world gives a script: its block, the terminal system of its construct, the world settings,
/// its IGC context, the Echo sink and the clock. Any of them may be null where the world has nothing to give.</summary>
public sealed class ProgramContext
{
    public IMyProgrammableBlock? Me { get; init; }
    public IMyGridTerminalSystem? GridTerminalSystem { get; init; }
    /// <summary>The world settings a script may read (<c>World</c>).</summary>
    public IMyGridProgramWorldInfo? World { get; init; }
    /// <summary>Called each time the script reads <c>IGC</c> (the game hands out the block's current context).</summary>
    public Func<IMyIntergridCommunicationSystem?>? Igc { get; init; }
    /// <summary>Receives each Echo call. The game keeps the last 8,000 characters and clears them at the
    /// start of each run; that is the world's job (see <see cref="EchoBuffer"/>).</summary>
    public Action<string>? Echo { get; init; }
    /// <summary>What the script's <c>DateTime.Now</c>, <c>UtcNow</c> and <c>Today</c> read (see
    /// <see cref="Instrumentation.ClockRedirection"/>); the world gives its start time plus game time. Null: a clock
    /// stopped at <see cref="DefaultClockStart"/>.</summary>
    public Func<DateTime>? Clock { get; init; }

    /// <summary>Where a world's clock starts unless it is told otherwise: 2025-01-01 00:00:00.</summary>
    public static readonly DateTime DefaultClockStart = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
}

/// <summary>The limits of one top-level run (game-behaviour.md section 2).</summary>
public sealed record RunLimits(int MaxInstructions, int MaxCallChainDepth)
{
    public static readonly RunLimits Game = new(50_000, 1_000);
}
