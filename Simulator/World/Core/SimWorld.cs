namespace ShipSim.World.Core;

/// <summary>
/// The simulated world: grids, blocks and the tick loop, all driven by one seed. Time is game time:
/// 60 ticks a second (game-behaviour.md section 3); nothing reads the wall clock, scripts' DateTime.Now included.
/// </summary>
public sealed class SimWorld
{
    public const int TicksPerSecond = 60;
    /// <summary>The player who owns every block unless a test says otherwise.</summary>
    public const long DefaultOwner = 1;

    readonly List<SimGrid> _grids = [];
    readonly List<SimBlock> _blocks = [];
    readonly List<SimBlock> _everBuilt = [];
    readonly Dictionary<string, List<SimBlock>> _groups = new(StringComparer.Ordinal);
    readonly List<ITickPhase>[] _phases = [.. Enum.GetValues<TickOrder>().Select(_ => new List<ITickPhase>())];
    long _nextEntityId = 1000;

    public SimWorld(long seed)
    {
        Seed = seed;
        Random = new SeededRandom(seed);
    }

    public long Seed { get; }
    /// <summary>Every random choice of the simulation comes from here, in a fixed order.</summary>
    public SeededRandom Random { get; }
    /// <summary>The current tick; 0 before the first <see cref="Step"/>.</summary>
    public long Tick { get; private set; }
    public TimeSpan GameTime => TimeSpan.FromSeconds((double)Tick / TicksPerSecond);

    /// <summary>Where the world's clock starts: what scripts read as DateTime.UtcNow at tick 0.</summary>
    public DateTime ClockStart { get; set; } = Host.ProgramContext.DefaultClockStart;

    /// <summary>The world's clock, <see cref="ClockStart"/> plus game time (exact to 100 ns): what scripts read as
    /// DateTime.Now and UtcNow, as a game running in real time would show them (our choice, docs/simulator.md).</summary>
    public DateTime Clock => ClockStart + TimeSpan.FromTicks(Tick * TimeSpan.TicksPerSecond / TicksPerSecond);

    public Topology Topology { get; } = new();
    public IReadOnlyList<SimGrid> Grids => _grids;
    /// <summary>Blocks in the world, in the order they were built.</summary>
    public IReadOnlyList<SimBlock> Blocks => _blocks;
    /// <summary>Owners that are friends of each other (a faction); every owner is its own friend.</summary>
    public List<(long A, long B)> Friendships { get; } = [];

    /// <summary>Runs after every tick, e.g. invariant checks and tracing.</summary>
    public event Action<SimWorld>? TickCompleted;

    /// <summary>Every script run of every programmable block, as it completes.</summary>
    public event Action<Observation.RunRecord>? RunCompleted;

    internal void ReportRun(Observation.RunRecord run) => RunCompleted?.Invoke(run);
    internal bool ObservesRuns => RunCompleted != null;

    /// <summary>Every change a script run made to a block other than its own programmable block (a door opened, a
    /// block switched off, text written on an LCD), as the run completes. Observing costs a state snapshot of every
    /// block around every run, so it is only taken while someone listens.</summary>
    public event Action<Observation.Effect>? EffectRecorded;

    internal bool ObservesEffects => EffectRecorded != null;

    /// <summary>The observable state of every block but <paramref name="except"/>, before a run.</summary>
    internal List<(SimBlock Block, string State)> SnapshotStates(SimBlock except)
    {
        var states = new List<(SimBlock, string)>(_blocks.Count);
        foreach (var block in _blocks)
            if (block != except)
                states.Add((block, block.DescribeEffectState()));
        return states;
    }

    /// <summary>Reports what changed since <paramref name="before"/> as effects of <paramref name="pb"/>'s run.</summary>
    internal void ReportEffects(SimBlock pb, List<(SimBlock Block, string State)> before)
    {
        foreach (var (block, state) in before)
        {
            var after = block.DescribeEffectState();
            if (after != state)
                EffectRecorded?.Invoke(new Observation.Effect(Tick, pb.EntityId, block.EntityId, state, after));
        }
    }

    /// <summary>What scripts read as Runtime.LastRunTimeMs. Modelled (the default) keeps worlds deterministic:
    /// the same seed gives the same screens, byte for byte; Wall shows the real cost on this machine.</summary>
    public RunTimeClock RunTimeClock { get; set; } = RunTimeClock.Modelled;

    /// <summary>The world settings scripts read through <c>World</c> (speed limits, inventory multiplier ...).</summary>
    public SimWorldSettings Settings { get; } = new();

    /// <summary>Natural gravity, the same everywhere (m/s2, world axes); zero by default (deep space). There are no
    /// planets: ship controllers report this field and still find no planet [ours].</summary>
    public VRageMath.Vector3D NaturalGravity { get; set; }

    /// <summary>Intergrid communication between the world's programmable blocks (created on first use).</summary>
    public Igc.SimIgcNetwork Igc => _igc ??= new Igc.SimIgcNetwork(this);
    Igc.SimIgcNetwork? _igc;

    /// <summary>The world's air (rooms, conveyor networks, vents and tanks), created with vacuum outside on first
    /// use, so a world without air blocks has no air phase at all.</summary>
    public Blocks.AirSystem Air() => _air ??= new Blocks.AirSystem(this);
    Blocks.AirSystem? _air;

    /// <summary>The world's air if something created it; never creates it.</summary>
    public Blocks.AirSystem? ExistingAir => _air;

    /// <summary>Saves the world (every programmable block's Save() runs) and loads it again: each script gets
    /// a new instance with its saved Storage; UpdateFrequency and IGC listeners are not persisted.</summary>
    public void SaveAndLoad()
    {
        var programmableBlocks = BlocksOf<Blocks.SimProgrammableBlock>().ToList();
        foreach (var pb in programmableBlocks)
            pb.SaveWorld();
        foreach (var pb in programmableBlocks)
            pb.LoadWorld();
    }

    internal long NextEntityId() => _nextEntityId++;

    public SimGrid AddGrid(string name, bool isStatic = false)
    {
        var grid = new SimGrid(this, NextEntityId(), name, isStatic);
        _grids.Add(grid);
        return grid;
    }

    /// <summary>Every block ever built, destroyed ones included (their references stay valid).</summary>
    public IReadOnlyList<SimBlock> AllBlocksEverBuilt => _everBuilt;

    internal void Register(SimBlock block)
    {
        _blocks.Add(block);
        _everBuilt.Add(block);
        if (block is ITickPhase phase)
            AddPhase(phase);
    }

    internal void Unregister(SimBlock block)
    {
        _blocks.Remove(block);
        foreach (var group in _groups.Values)
            group.Remove(block);
    }

    /// <summary>Adds something that acts every tick, in its <see cref="ITickPhase.Order"/> and, within that, in the
    /// order added.</summary>
    public void AddPhase(ITickPhase phase) => _phases[(int)phase.Order].Add(phase);

    public bool AreFriendly(long a, long b) =>
        a == b || Friendships.Any(f => (f.A == a && f.B == b) || (f.A == b && f.B == a));

    public IEnumerable<T> BlocksOf<T>() => _blocks.OfType<T>();

    // --- Block groups (terminal groups), by exact name ----------------------------------------------
    public void AddToGroup(string groupName, SimBlock block)
    {
        if (!_groups.TryGetValue(groupName, out var list))
            _groups[groupName] = list = [];
        if (!list.Contains(block))
            list.Add(block);
    }

    /// <summary>A player takes a block out of a group (the group goes when its last block does, as in the game).</summary>
    public void RemoveFromGroup(string groupName, SimBlock block)
    {
        if (_groups.TryGetValue(groupName, out var list) && list.Remove(block) && list.Count == 0)
            _groups.Remove(groupName);
    }

    public IEnumerable<string> GroupNames => _groups.Keys.Order(StringComparer.Ordinal);
    public IReadOnlyList<SimBlock> GroupMembers(string groupName) =>
        _groups.TryGetValue(groupName, out var list) ? list : [];

    // --- Grid changes -------------------------------------------------------------------------------
    /// <summary>Merge blocks joined: <paramref name="absorbed"/>'s blocks move to <paramref name="kept"/>, which is
    /// from then on one grid and one construct.</summary>
    public void Merge(SimGrid kept, SimGrid absorbed)
    {
        foreach (var block in absorbed.Blocks.ToList())
            block.MoveTo(kept);
        absorbed.Closed = true;
        _grids.Remove(absorbed);
        Topology.Replace(absorbed, kept);
    }

    /// <summary>A grid breaks in two (merge block released, or cut): the given blocks form a new grid.</summary>
    public SimGrid Split(SimGrid grid, IEnumerable<SimBlock> blocks, string newGridName)
    {
        var split = AddGrid(newGridName, grid.IsStatic);
        foreach (var block in blocks.ToList())
            block.MoveTo(split);
        return split;
    }

    /// <summary>Destroys a whole grid with every block on it.</summary>
    public void DestroyGrid(SimGrid grid)
    {
        foreach (var block in grid.Blocks.ToList())
            block.Destroy();
        grid.Closed = true;
        _grids.Remove(grid);
        Topology.Forget(grid);
    }

    // --- Time ---------------------------------------------------------------------------------------
    /// <summary>Advances the world by one tick: messages sent last tick are delivered, blocks move, the
    /// environment (air) follows, scripts run; then the observers.</summary>
    public void Step()
    {
        Tick++;
        foreach (var phases in _phases)
        {
            for (var i = 0; i < phases.Count; i++)
                if (phases[i] is not SimBlock { Closed: true })
                    phases[i].OnTick(Tick);
            phases.RemoveAll(p => p is SimBlock { Closed: true });
        }
        TickCompleted?.Invoke(this);
    }

    public void Run(long ticks)
    {
        for (long i = 0; i < ticks; i++)
            Step();
    }

    public void RunSeconds(double seconds) => Run((long)Math.Round(seconds * TicksPerSecond));

    /// <summary>Steps until <paramref name="condition"/> holds (checked after every tick); returns the ticks it took.</summary>
    /// <exception cref="TimeoutException">Not within <paramref name="limitTicks"/> ticks.</exception>
    public int RunUntil(Func<bool> condition, long limitTicks)
    {
        for (var ticks = 1; ticks <= limitTicks; ticks++)
        {
            Step();
            if (condition())
                return ticks;
        }
        throw new TimeoutException($"The condition did not hold within {limitTicks} ticks ({limitTicks / (double)TicksPerSecond:0.##} s of game time; now tick {Tick}).");
    }
}

/// <summary>Where scripts' Runtime.LastRunTimeMs comes from.</summary>
public enum RunTimeClock
{
    /// <summary>A fixed model of instructions to milliseconds: deterministic.</summary>
    Modelled,
    /// <summary>The wall-clock time of the run on this machine.</summary>
    Wall,
}

/// <summary>Something that acts once per tick: a moving door, a counting timer, the air, the messaging.</summary>
public interface ITickPhase
{
    TickOrder Order { get; }
    void OnTick(long tick);
}

/// <summary>The order of the parts of one tick.</summary>
public enum TickOrder
{
    /// <summary>Scheduled faults strike first, so the rest of the tick sees their effect.</summary>
    Faults = 0,
    /// <summary>Intergrid messages sent in the previous tick are delivered before any script runs.</summary>
    Messaging = 1,
    /// <summary>Doors move, timers count down.</summary>
    Blocks = 2,
    /// <summary>Air flows through rooms, vents and tanks.</summary>
    Environment = 3,
    /// <summary>Programmable blocks run their due updates.</summary>
    Scripts = 4,
}
