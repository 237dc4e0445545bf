using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;

namespace ShipSim.Scenarios.Checkers;

/// <summary>
/// Every command is executed exactly once (docs/failover.md, "Commands"), judged from the world: which blocks ran with
/// the command (run records) and the lines the script wrote to its log LCD (effects). A command is owed once some
/// block that received it could act on the ship when it received it and still can at the deadline, or once it is
/// executed; then it must appear exactly once, within the deadline. (A block split off the ship that receives a
/// command acts on its own piece, where the log is out of its reach.) Excused: a second execution when the block that executed it first was destroyed in the next tick
/// (the game drops the messages of a block that is gone, confirmations included), and in a window the test opened
/// (grids merged: two actives meet and one steps down within a heartbeat).
/// </summary>
public sealed class CommandChecker : Checker
{
    public const int DeadlineTicks = 300;

    readonly Nodes _nodes;
    readonly SimTextPanel _log;
    readonly Dictionary<string, List<(long Tick, SimProgrammableBlock Pb)>> _received = new(StringComparer.Ordinal);
    readonly HashSet<string> _owed = new(StringComparer.Ordinal);
    readonly Dictionary<string, long> _given = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<(long Tick, long Pb)>> _executed = new(StringComparer.Ordinal);
    readonly List<(long From, long To)> _excused = [];

    public CommandChecker(SimWorld world, Nodes nodes, SimTextPanel log) : base("each command once")
    {
        _nodes = nodes;
        _log = log;
        world.RunCompleted += OnRun;
        world.EffectRecorded += OnEffect;
        world.TickCompleted += OnTick;
    }

    /// <summary>A second execution in ticks <paramref name="from"/>..<paramref name="to"/> is not a violation.</summary>
    public void Excuse(long from, long to) => _excused.Add((from, to));

    /// <summary>The test gives <paramref name="command"/> (unique text) at <paramref name="tick"/>.</summary>
    public void Given(long tick, string command) => _given.TryAdd(command, tick);

    void OnRun(RunRecord run)
    {
        if (!_given.ContainsKey(run.Argument) || _nodes.Find(run.Block) is not { } pb)
            return;
        if (!_received.TryGetValue(run.Argument, out var list))
            _received[run.Argument] = list = [];
        if (_nodes.Able(pb))
            list.Add((run.Tick, pb));
    }

    void OnTick(SimWorld world)
    {
        foreach (var (command, given) in _given)
            if (given + DeadlineTicks == world.Tick && _received.TryGetValue(command, out var receivers) && receivers.Any(r => _nodes.Able(r.Pb)))
                _owed.Add(command);
    }

    void OnEffect(Effect effect)
    {
        if (effect.Block != _log.EntityId)
            return;
        foreach (var line in NewLines(effect.Before, effect.After))
        {
            if (!_executed.TryGetValue(line, out var list))
                _executed[line] = list = [];
            list.Add((effect.Tick, effect.Pb));
        }
    }

    // The log is append-only: what the run added is the text after the old text's lines.
    static IEnumerable<string> NewLines(string before, string after)
    {
        var old = Lines(before).Count;
        return Lines(after).Skip(old);
    }

    static List<string> Lines(string state)
    {
        var start = state.IndexOf(" text=", StringComparison.Ordinal);
        return start < 0 ? [] : state[(start + 6)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>Judges every command whose deadline has passed by <paramref name="now"/> (call at the end of a run).</summary>
    public void Finish(long now)
    {
        foreach (var (command, given) in _given)
        {
            if (given + DeadlineTicks > now)
                continue;
            var executions = _executed.GetValueOrDefault(command) ?? [];
            var receivers = _received.GetValueOrDefault(command) ?? [];
            var owed = executions.Count > 0 || _owed.Contains(command);
            if (executions.Count > 0 && executions[0].Tick - given > DeadlineTicks)
                Fail(executions[0].Tick, $"\"{command}\" given at {given} executed only at {executions[0].Tick}");
            if (owed && executions.Count == 0)
                Fail(given, $"\"{command}\" given at {given} (received on the ship by {string.Join(", ", receivers.Select(r => r.Pb.CustomName).Distinct())}) was never executed");
            if (executions.Count > 1 && !(executions.Count == 2 && (DestroyedRightAfter(executions[0]) || Excused(executions[1].Tick))))
                Fail(executions[1].Tick, $"\"{command}\" given at {given} executed {executions.Count} times, at {string.Join(", ", executions.Select(e => e.Tick))}");
        }
    }

    bool Excused(long tick) => _excused.Any(w => w.From <= tick && tick <= w.To);

    bool DestroyedRightAfter((long Tick, long Pb) execution) =>
        _nodes.Find(execution.Pb) is { Closed: true } pb && pb.ClosedAtTick <= execution.Tick + 1;
}
