using static IngameScript.Program;

namespace ShipSim.Cores.Tests;

/// <summary>Builds election nodes and messages for tests that drive the core message by message.</summary>
static class ElectionHarness
{
    public const string Group = "ship";

    /// <summary>A node that started at tick 0 (its Hello is in the outbox).</summary>
    public static FailoverElection Node(long id, int rank, PreemptMode preempt = PreemptMode.Idle, long term = 0)
    {
        var node = new FailoverElection(id, Group, rank, preempt);
        node.Start(term, false, "");
        return node;
    }

    /// <summary>One run: time, the delivered messages, what the terminal shows, the command, then the decision.</summary>
    public static FailoverElection Run(this FailoverElection node, long now, params FailoverMessage[] inbox) =>
        node.Run(now, periodTicks: 0, command: null, inbox);

    public static FailoverElection Run(this FailoverElection node, long now, int periodTicks, string command, params FailoverMessage[] inbox)
    {
        node.Tick(now);
        foreach (var message in inbox)
            node.Step(message);
        if (command != null)
            node.Command(command);
        node.Decide(periodTicks);
        return node;
    }

    public static FailoverMessage Beat(long from, int rank, long term, FailoverRole role, string appState = null, PreemptMode wantsLead = PreemptMode.Never) =>
        new() { Kind = FailoverMessageKind.Beat, From = from, Rank = rank, Term = term, Role = role, Text = appState, WantsLead = wantsLead };

    public static FailoverMessage Active(long from, int rank, long term, string appState = "") => Beat(from, rank, term, FailoverRole.Active, appState);

    public static FailoverMessage Standby(long from, int rank, long term = 0) => Beat(from, rank, term, FailoverRole.Standby);

    public static FailoverMessage Hello(long from, int rank, long term = 0) =>
        new() { Kind = FailoverMessageKind.Hello, From = from, Rank = rank, Term = term, Role = FailoverRole.Starting };

    public static FailoverMessage Lost(long from, int rank, long lost, long term) =>
        new() { Kind = FailoverMessageKind.Lost, From = from, Rank = rank, Term = term, Role = FailoverRole.Standby, Subject = lost };

    public static FailoverMessage Yield(long from, int rank, long successor, long term) =>
        new() { Kind = FailoverMessageKind.Yield, From = from, Rank = rank, Term = term, Role = FailoverRole.Active, Subject = successor };

    public static FailoverMessage Probe(long from, int rank, long active, string command) =>
        new() { Kind = FailoverMessageKind.Probe, From = from, Rank = rank, Role = FailoverRole.Standby, Subject = active, Text = command };

    public static IEnumerable<FailoverMessage> Sent(this FailoverElection node, FailoverMessageKind kind) =>
        node.Outbox.Where(m => m.Kind == kind);

    /// <summary>A standby following <paramref name="activeId"/> (rank <paramref name="activeRank"/>, term 1), started
    /// at 0 and settled at tick 10, with the other given peers heard.</summary>
    public static FailoverElection Follower(long id, int rank, long activeId, int activeRank, params FailoverMessage[] others)
    {
        var node = Node(id, rank);
        node.Run(1, [Active(activeId, activeRank, 1), .. others]);
        node.Run(10);
        return node;
    }
}
