using ShipSim.Host;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;

namespace ShipSim.Scenarios.Checkers;

/// <summary>
/// A working block is active within the promised time after any loss (docs/failover.md, "Timing"), judged from
/// effects and block states, for scripts that act on every active run (the failover probe). While any block of the
/// ship can act, some block acts at least once per update period. When the block that acted last is lost, the next
/// action is due within the promise for that kind of loss, counted from the loss; when no block could act, from the
/// moment one can again. A window the test opened (grids merged) defers the next action by one heartbeat.
/// </summary>
public sealed class LivenessChecker : Checker
{
    /// <summary>Block-level loss (destroyed, damaged, switched off, unpowered, split off): seen by the terminal system.</summary>
    public const int BlockLossPromise = 101;
    /// <summary>Silent loss (the script stopped or restarted): the heartbeat timeout.</summary>
    public const int SilentLossPromise = 250;
    /// <summary>The active acts at least this often (Update100, plus a tick).</summary>
    public const int ActivePeriod = 101;

    readonly Nodes _nodes;
    readonly SortedDictionary<long, long> _windows = [];
    SimProgrammableBlock? _actor;
    ScriptInstance? _actorInstance;
    long? _deadline;
    string _why = "the start";

    public LivenessChecker(SimWorld world, Nodes nodes) : base("one is active")
    {
        _nodes = nodes;
        _deadline = world.Tick + SilentLossPromise;
        world.EffectRecorded += OnEffect;
        world.TickCompleted += OnTick;
    }

    /// <summary>From tick <paramref name="from"/> the next action may come one period after <paramref name="to"/>.</summary>
    public void Excuse(long from, long to) => _windows[from] = Math.Max(_windows.GetValueOrDefault(from), to);

    void OnEffect(Effect effect)
    {
        if (_nodes.Find(effect.Pb) is not { } actor)
            return;
        _actor = actor;
        _actorInstance = actor.Instance;
        _deadline = effect.Tick + ActivePeriod;
        _why = $"{actor.CustomName} acted at {effect.Tick}";
    }

    void OnTick(SimWorld world)
    {
        var tick = world.Tick;
        if (_windows.Remove(tick, out var windowEnd) && _deadline is { } current)
        {
            _deadline = Math.Max(current, windowEnd + ActivePeriod);
            _why += $" (grids merged at {tick})";
        }
        if (!_nodes.AnyAble())
        {
            _deadline = null;
            return;
        }
        if (_deadline == null)
        {
            _deadline = tick + SilentLossPromise;
            _why = $"a block could act again at {tick}";
        }
        if (_actor != null)
        {
            var silent = _actor.Instance != _actorInstance || _actor.IsTerminated;
            if (silent || !_nodes.Able(_actor))
            {
                _deadline = Math.Max(_deadline.Value, tick + (silent ? SilentLossPromise : BlockLossPromise));
                _why = $"{_actor.CustomName} was lost at {tick} ({(silent ? "its script stopped or restarted" : "its block was lost")})";
                _actor = null;
            }
        }
        if (tick > _deadline)
        {
            Fail(tick, $"no block acted in time after {_why}");
            _deadline = tick + ActivePeriod;
        }
    }
}
