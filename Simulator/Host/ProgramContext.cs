using Sandbox.ModAPI.Ingame;

namespace ShipSim.Host;

/// <summary>What the world gives a script: its block, the terminal system of its construct, the world settings, its IGC
/// context and the Echo sink. Any of them may be null where the world has nothing to give.</summary>
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
}

/// <summary>The limits of one top-level run (se-ingame-facts.md section 2).</summary>
public sealed record RunLimits(int MaxInstructions, int MaxCallChainDepth)
{
    public static readonly RunLimits Game = new(50_000, 1_000);
}
