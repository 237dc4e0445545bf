namespace ShipSim.Host;

public enum RunStatus
{
    /// <summary>The code ran to its end.</summary>
    Completed,
    /// <summary>The code threw or overflowed a limit: the script is terminated from now on.</summary>
    Terminated,
    /// <summary>Nothing ran: the script was already terminated, or this block's script is running
    /// (a re-entrant TryRun).</summary>
    Ignored,
}

public enum TerminationKind
{
    None,
    /// <summary>An exception the script did not catch.</summary>
    Exception,
    /// <summary>More than the allowed counted instructions in one run.</summary>
    InstructionLimit,
    /// <summary>Call chain deeper than allowed.</summary>
    CallDepthLimit,
    /// <summary>The script has no Main method (found after construction).</summary>
    NoMain,
}

/// <summary>What one run (or the constructor, or Save) did and cost.</summary>
/// <param name="Instructions">Instructions counted in this run (for a nested TryRun: only its own share).</param>
/// <param name="WallMs">Wall-clock time of the script call, in milliseconds.</param>
/// <param name="AllocatedBytes">Managed bytes allocated on this thread during the script call.</param>
/// <param name="Error">The exception or limit text when terminated, else null.</param>
public readonly record struct RunOutcome(
    RunStatus Status, TerminationKind Termination, int Instructions, double WallMs, long AllocatedBytes, string? Error)
{
    public bool Completed => Status == RunStatus.Completed;
    public bool Terminated => Status == RunStatus.Terminated;

    internal static readonly RunOutcome Ignored = new(RunStatus.Ignored, TerminationKind.None, 0, 0, 0, null);

    public override string ToString() =>
        $"{Status}{(Termination != TerminationKind.None ? $" ({Termination})" : "")}: {Instructions} instructions, {WallMs:0.###} ms, {AllocatedBytes} B{(Error != null ? ": " + Error : "")}";
}
