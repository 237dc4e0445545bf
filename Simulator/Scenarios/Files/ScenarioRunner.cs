using ShipSim.Scenarios.Checkers;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Faults;
using ShipSim.World.Observation;

namespace ShipSim.Scenarios.Files;

/// <summary>How one expectation of a scenario turned out.</summary>
public sealed record ExpectationResult(ExpectEntry Entry, bool Passed, long DecidedAt, string Observed)
{
    public override string ToString() =>
        $"line {Entry.At.Line}: {Entry.Describe()}: {(Passed ? "met" : "NOT met")} at tick {DecidedAt}" + (Passed ? "" : $" ({Observed})");
}

/// <summary>What a scenario run did and found.</summary>
public sealed record ScenarioOutcome(ScenarioDefinition Definition, ScenarioShip Ship, ScenarioRecording Recording,
    IReadOnlyList<ExpectationResult> Expectations, IReadOnlyList<Violation> Violations, int Runs)
{
    public bool Passed => Expectations.All(e => e.Passed) && Violations.Count == 0;
    public IEnumerable<ExpectationResult> Failed => Expectations.Where(e => !e.Passed);
}

/// <summary>
/// Plays a scenario: builds its world (<see cref="ScenarioBuilder"/>), resolves every name of its timeline (a
/// missing one is an error at its line), then steps the world tick by tick. Faults strike at the start of their tick
/// (a <see cref="FaultSchedule"/>); commands, button presses and timer triggers act in the blocks part of the tick,
/// as a timer's toolbar does; expectations are judged after every tick from world state and run effects; the
/// invariant checkers named in <c>checks:</c> watch every tick. The same scenario and seed give the same run.
/// The demo is a scenario too: any <see cref="ScenarioDefinition"/>, read from a file or built in code, plays here.
/// </summary>
public sealed class ScenarioRunner
{
    /// <summary>The checks a scenario may name; <c>runs</c> and <c>airlocks</c> are on unless it names others.</summary>
    public static readonly IReadOnlyList<string> CheckNames = ["runs", "airlocks", "one_acts", "one_active"];

    readonly ScenarioShip _ship;
    readonly ScenarioRecording _recording;
    readonly List<ScenarioError> _errors = [];
    readonly List<(ExpectEntry Entry, Func<(bool Ok, string Observed)> Judge)> _pending = [];
    readonly List<ExpectationResult> _results = [];
    readonly List<Checker> _checkers = [];
    readonly AirlockDoorChecker? _airlockChecker;
    int _runs;

    ScenarioRunner(ScenarioShip ship)
    {
        _ship = ship;
        _recording = new ScenarioRecording(ship);
        ship.World.RunCompleted += _ => _runs++;
        var checks = ship.Definition.Checks.Count > 0 ? ship.Definition.Checks : [("runs", default(Mark)), ("airlocks", default(Mark))];
        var nodes = ship.Nodes.Count > 0 && ship.Nodes[0].Grid.Blocks.Any(b => b is not SimProgrammableBlock)
            ? new Nodes(ship.Nodes[0].Grid, ship.Nodes.Where(n => n.Grid == ship.Nodes[0].Grid).ToList()) : null;
        foreach (var (name, at) in checks)
        {
            switch (name)
            {
                case "runs":
                    _checkers.Add(new RunChecker(ship.World));
                    break;
                case "airlocks":
                    _airlockChecker = new AirlockDoorChecker(ship);
                    _checkers.Add(_airlockChecker);
                    break;
                case "one_acts" or "one_active" when nodes == null:
                    _errors.Add(new ScenarioError(ship.Definition.File, at, $"check {name} needs programmable blocks and another block on the first grid"));
                    break;
                case "one_acts":
                    _checkers.Add(new FailoverSafetyChecker(ship.World, nodes!));
                    break;
                case "one_active":
                    _checkers.Add(new LivenessChecker(ship.World, nodes!));
                    break;
                default:
                    _errors.Add(new ScenarioError(ship.Definition.File, at, $"unknown check '{name}': use {string.Join(", ", CheckNames)}"));
                    break;
            }
        }
    }

    /// <summary>Reads, builds and plays the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is not a valid scenario (every error with line and column).</exception>
    public static ScenarioOutcome RunFile(string path, TextWriter? trace = null) => Run(ScenarioReader.ReadFile(path), trace);

    /// <summary>Builds and plays <paramref name="definition"/>; <paramref name="trace"/> receives the per-tick
    /// JSON-lines trace (docs/simulator.md).</summary>
    public static ScenarioOutcome Run(ScenarioDefinition definition, TextWriter? trace = null, Action<long>? progress = null)
    {
        using var run = Start(definition, trace);
        while (!run.Done)
        {
            run.Step();
            if (progress != null && (run.Tick - 1) % 600 == 0)
                progress(run.Tick);
        }
        return run.Finish();
    }

    /// <summary>Builds <paramref name="definition"/>'s world and schedules its timeline, to be played tick by tick
    /// (<see cref="ScenarioRun.Step"/>): how a live display, or two runs side by side, play a scenario.</summary>
    /// <exception cref="ScenarioException">The scenario names what its ship does not have; each error at its line.</exception>
    public static ScenarioRun Start(ScenarioDefinition definition, TextWriter? trace = null)
    {
        var ship = ScenarioBuilder.Build(definition);
        var runner = new ScenarioRunner(ship);
        runner.Schedule();
        if (runner._errors.Count > 0)
            throw new ScenarioException(runner._errors);
        var last = definition.Timeline.Count > 0 ? definition.Timeline.Max(e => e.Tick) : 0;
        var ticks = definition.Duration ?? last + 5 * SimWorld.TicksPerSecond;
        ship.World.TickCompleted += runner.Judge;
        return new ScenarioRun(runner, ticks, trace != null ? new TraceWriter(ship.World, trace) : null);
    }

    /// <summary>A scenario being played: step it tick by tick, read its world and recording between steps, and
    /// <see cref="Finish"/> it for the outcome.</summary>
    public sealed class ScenarioRun : IDisposable
    {
        readonly ScenarioRunner _runner;
        readonly TraceWriter? _trace;
        ScenarioOutcome? _outcome;

        internal ScenarioRun(ScenarioRunner runner, long ticks, TraceWriter? trace)
        {
            _runner = runner;
            _trace = trace;
            Ticks = ticks;
        }

        public ScenarioDefinition Definition => _runner._ship.Definition;
        public ScenarioShip Ship => _runner._ship;
        public ScenarioRecording Recording => _runner._recording;
        /// <summary>The ticks the scenario plays.</summary>
        public long Ticks { get; }
        /// <summary>Ticks played so far (the world's tick).</summary>
        public long Tick => Ship.World.Tick;
        public bool Done => Tick >= Ticks;
        /// <summary>Script runs so far.</summary>
        public int Runs => _runner._runs;
        /// <summary>Invariant violations found so far.</summary>
        public IEnumerable<Violation> Violations => _runner._checkers.SelectMany(c => c.Violations);
        /// <summary>Expectations decided so far.</summary>
        public IReadOnlyList<ExpectationResult> Decided => _runner._results;

        /// <summary>Plays one tick (nothing once <see cref="Done"/>).</summary>
        public void Step()
        {
            if (!Done)
                Ship.World.Step();
        }

        /// <summary>Plays what is left, judges what is still pending, and returns the outcome.</summary>
        public ScenarioOutcome Finish()
        {
            if (_outcome != null)
                return _outcome;
            while (!Done)
                Step();
            var runner = _runner;
            var ship = runner._ship;
            foreach (var (entry, judge) in runner._pending)
            {
                var (_, observed) = judge();
                runner.Decide(entry, false, ship.World.Tick, $"the scenario ended at tick {ship.World.Tick} first; {observed}");
            }
            runner._pending.Clear();
            var violations = runner._checkers.SelectMany(c => c.Violations).OrderBy(v => v.Tick).ToList();
            foreach (var violation in violations)
                runner._recording.Mark(violation.Tick, "violation", violation.ToString());
            var results = runner._results.OrderBy(r => r.Entry.At.Line).ThenBy(r => r.Entry.At.Column).ToList();
            _trace?.Dispose();
            return _outcome = new ScenarioOutcome(Definition, ship, runner._recording, results, violations, runner._runs);
        }

        public void Dispose() => _trace?.Dispose();
    }

    void Error(Mark at, string message) => _errors.Add(new ScenarioError(_ship.Definition.File, at, message));

    SimBlock? Block(string name, Mark at, string what = "block")
    {
        var block = _ship.Find(name);
        if (block == null)
            Error(at, _ship.WhyNot(name) ?? $"no {what} named '{name}' in the scenario's ship");
        return block;
    }

    T? Block<T>(string name, Mark at, string what) where T : SimBlock
    {
        var block = Block(name, at, what);
        if (block == null)
            return null;
        if (block is T typed)
            return typed;
        Error(at, $"'{name}' is a {block.GetType().Name[3..]}, not a {what}");
        return null;
    }

    void Schedule()
    {
        var faults = new FaultSchedule(_ship.World);
        var actions = new ActionPhase(_ship.World);
        foreach (var entry in _ship.Definition.Timeline)
        {
            switch (entry)
            {
                case CommandEntry command:
                    ScheduleCommand(actions, command);
                    break;
                case PressEntry press when Block<SimButtonPanel>(press.Panel, press.At, "button panel") is { } panel:
                    if (press.Button >= panel.ButtonCount)
                        Error(press.At, $"'{press.Panel}' has {panel.ButtonCount} button(s), counted from 0");
                    actions.At(press.Tick, () => panel.Press(press.Button), entry, "press", _recording);
                    break;
                case TriggerEntry trigger when Block<SimTimerBlock>(trigger.Timer, trigger.At, "timer") is { } timer:
                    actions.At(trigger.Tick, trigger.Countdown ? timer.StartCountdown : timer.Trigger, entry, "command", _recording);
                    break;
                case FaultEntry fault when ToFault(fault) is { } f:
                    faults.At(fault.Tick, new ActionFault(fault.Describe(), world =>
                    {
                        f.Apply(world);
                        _recording.Mark(world.Tick, "fault", fault.Describe());
                    }));
                    break;
                case ExpectEntry expect when Judge(expect.What) is { } judge:
                    _pending.Add((expect, judge));
                    break;
            }
        }
    }

    void ScheduleCommand(ActionPhase actions, CommandEntry command)
    {
        if (command.Via != null)
        {
            if (Block<SimTimerBlock>(command.Via, command.At, "timer") is { } timer)
                actions.At(command.Tick, () =>
                {
                    timer.Toolbar.SetArgument(command.Argument);
                    timer.Trigger();
                }, command, "command", _recording);
            return;
        }
        if (command.To is null or "all")
        {
            if (_ship.Nodes.Count == 0)
                Error(command.At, "the ship has no programmable block to give the command to");
            actions.At(command.Tick, () =>
            {
                foreach (var pb in _ship.Nodes.Where(n => !n.Closed && n.Grid == _ship.Nodes[0].Grid))
                    pb.RunFromToolbar(command.Argument);
            }, command, "command", _recording);
            return;
        }
        if (Block<SimProgrammableBlock>(command.To, command.At, "programmable block") is { } target)
            actions.At(command.Tick, () =>
            {
                target.TerminalRunArgument = command.Argument;
                target.RunFromTerminal();
            }, command, "command", _recording);
    }

    Fault? ToFault(FaultEntry fault)
    {
        var world = _ship.World;
        switch (fault.Kind)
        {
            case FaultKind.SaveLoad:
                return new SaveAndLoadWorld();
            case FaultKind.Breach or FaultKind.Seal:
                if (!_ship.Rooms.ContainsKey(fault.Target))
                {
                    Error(fault.At, $"no room named '{fault.Target}' (rooms: {string.Join(", ", _ship.Rooms.Keys)})");
                    return null;
                }
                return fault.Kind == FaultKind.Breach ? new BreachRoom(fault.Target) : new SealRoom(fault.Target);
            case FaultKind.Dock or FaultKind.Undock:
                if (!_ship.Grids.TryGetValue(fault.Target, out var grid))
                {
                    Error(fault.At, $"no grid named '{fault.Target}'");
                    return null;
                }
                var dockedTo = _ship.Definition.Grids.FirstOrDefault(g => g.Name == fault.Target)?.DockedTo;
                var other = dockedTo != null && _ship.Grids.TryGetValue(dockedTo, out var o) ? o : _ship.Grids.Values.First(g => g != grid);
                return fault.Kind == FaultKind.Dock ? new DockGrids(other.EntityId, grid.EntityId) : new UndockGrids(other.EntityId, grid.EntityId);
            case FaultKind.Unpower or FaultKind.Power when _ship.Grids.TryGetValue(fault.Target, out var powered) && _ship.Find(fault.Target) == null:
                return new SetGridPower(powered.EntityId, fault.Kind == FaultKind.Power);
        }
        var what = fault.Kind switch
        {
            FaultKind.Terminate or FaultKind.Recompile or FaultKind.CustomData => "programmable block",
            FaultKind.Fill or FaultKind.Empty => "tank",
            FaultKind.Obstruct or FaultKind.Clear or FaultKind.HandOpen or FaultKind.HandClose => "door",
            _ => "block",
        };
        var block = Block(fault.Target, fault.At, what);
        if (block == null)
            return null;
        var id = block.EntityId;
        bool Is<T>() where T : SimBlock
        {
            if (block is T)
                return true;
            Error(fault.At, $"'{fault.Target}' is a {block.GetType().Name[3..]}, not a {what}");
            return false;
        }
        return fault.Kind switch
        {
            FaultKind.Destroy => new DestroyBlock(id),
            FaultKind.Damage => new DamageBlock(id, fault.Amount ?? ScenarioReader.DefaultDamage),
            FaultKind.Repair => new RepairBlock(id),
            FaultKind.Disable or FaultKind.Enable when Is<SimFunctionalBlock>() => new SetBlockEnabled(id, fault.Kind == FaultKind.Enable),
            FaultKind.Unpower => new SetBlockPower(id, false),
            FaultKind.Power => new SetBlockPower(id, true),
            FaultKind.Terminate when Is<SimProgrammableBlock>() => new TerminateScript(id, "fault injected: script terminated (scenario line " + fault.At.Line + ")"),
            FaultKind.Recompile when Is<SimProgrammableBlock>() => new RecompileScript(id),
            FaultKind.CustomData => new ActionFault(fault.Describe(), _ => block.CustomData = fault.Text ?? ""),
            FaultKind.Fill when Is<SimGasTank>() => new FillTank(id, fault.Amount ?? 1),
            FaultKind.Empty when Is<SimGasTank>() => new EmptyTank(id),
            FaultKind.Obstruct when Is<SimDoor>() => new ObstructDoor(id, fault.Amount ?? 0.5),
            FaultKind.Clear when Is<SimDoor>() => new ObstructDoor(id, null),
            FaultKind.HandOpen when Is<SimDoor>() => new HandUseDoor(id, DoorHandUse.Open),
            FaultKind.HandClose when Is<SimDoor>() => new HandUseDoor(id, DoorHandUse.Close),
            _ => null,
        };
    }

    // --- Expectations ---------------------------------------------------------------------------------

    Func<(bool Ok, string Observed)>? Judge(Expectation what)
    {
        switch (what)
        {
            case RoleExpectation role when Block<SimProgrammableBlock>(role.Node, role.At, "programmable block") is { } pb:
                return () =>
                {
                    var seen = ScenarioRecording.Role(pb);
                    if (role.Role == "active" && seen == "running" && _recording.LastActor == pb.EntityId)
                        seen = "active";
                    return (seen == role.Role, $"{pb.CustomName} is {seen}");
                };
            case ActedExpectation acted when Block<SimProgrammableBlock>(acted.Node, acted.At, "programmable block") is { } pb:
                return () => (false, $"{pb.CustomName} last acted at " + (_recording.LastActed.TryGetValue(pb.EntityId, out var t) ? $"tick {t}" : "no tick"));
            case AirlockExpectation airlock:
                var views = _ship.Airlocks.Where(a => a.Group == airlock.Airlock || a.FullName == airlock.Airlock).ToList();
                if (views.Count != 1)
                {
                    Error(airlock.At, views.Count == 0
                        ? $"no airlock '{airlock.Airlock}' (airlocks: {string.Join(", ", _ship.Airlocks.Select(a => a.Group))})"
                        : $"more than one airlock '{airlock.Airlock}': write Grid/{airlock.Airlock}");
                    return null;
                }
                var view = views[0];
                return () => JudgeAirlock(airlock, view);
            case BlockExpectation block when Block(block.Block, block.At) is { } b:
                return () =>
                {
                    var states = BlockStates(b);
                    return (states.Contains(block.State), $"{b.CustomName} is {string.Join(", ", states)}");
                };
            case ScreenExpectation screen when Block(screen.Block, screen.At) is { } b:
                Func<string>? read = b switch
                {
                    SimTextPanel lcd => () => lcd.Surface.Shown,
                    SimProgrammableBlock pb when screen.Surface < pb.Surfaces.Count => () => pb.Surfaces[screen.Surface].Shown,
                    SimButtonPanel panel when screen.Surface < panel.SurfaceCount => () => panel.Surface(screen.Surface).Shown,
                    _ => null,
                };
                if (read == null)
                {
                    Error(screen.At, $"'{screen.Block}' has no screen {screen.Surface}");
                    return null;
                }
                return () =>
                {
                    var text = read();
                    var ok = screen.Contains != null ? text.Contains(screen.Contains, StringComparison.Ordinal) : !text.Contains(screen.Lacks!, StringComparison.Ordinal);
                    return (ok, $"it shows \"{Shorten(text)}\"");
                };
        }
        return null;
    }

    static string Shorten(string text)
    {
        var flat = text.Replace("\n", " | ", StringComparison.Ordinal);
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    static (bool, string) JudgeAirlock(AirlockExpectation expect, AirlockView view)
    {
        var inner = AirlockView.SideState(view.Inner);
        var outer = AirlockView.SideState(view.Outer);
        bool Side(string? wanted, string state, IReadOnlyList<SimDoor> doors) => wanted switch
        {
            null => true,
            "locked" => AirlockView.Locked(doors),
            "unlocked" => !AirlockView.Locked(doors),
            _ => state == wanted,
        };
        var ok = (expect.Idle == null || expect.Idle == view.Idle)
            && (expect.Phase == null || expect.Phase == view.Phase)
            && Side(expect.Inner, inner, view.Inner) && Side(expect.Outer, outer, view.Outer)
            && (expect.OxygenAbove == null || view.Level > expect.OxygenAbove)
            && (expect.OxygenBelow == null || view.Level < expect.OxygenBelow);
        return (ok, $"{view.Group}: {view.Phase}{(view.Idle ? ", idle" : ", not idle")}, inner {inner}{(AirlockView.Locked(view.Inner) ? " locked" : "")}, " +
            $"outer {outer}{(AirlockView.Locked(view.Outer) ? " locked" : "")}, oxygen {view.Level:0.###}");
    }

    /// <summary>Every word that describes a block now (an expectation's <c>is:</c> must be one of them).</summary>
    public static List<string> BlockStates(SimBlock block)
    {
        var states = new List<string>();
        if (block.Closed)
            return ["destroyed"];
        states.Add(block.IsWorking ? "working" : "not working");
        states.Add(block.IsPowered ? "powered" : "unpowered");
        if (block is SimFunctionalBlock functional)
            states.Add(functional.Enabled ? "enabled" : "disabled");
        if (block is SimDoor door)
        {
            states.Add(door.Status.ToString().ToLowerInvariant());
            if (!door.Enabled)
                states.Add("locked");
        }
        if (block is SimInteriorLight light)
            states.Add(light.IsWorking && light.Enabled ? "lit" : "dark");
        if (block is SimProgrammableBlock pb)
            states.Add(pb.IsTerminated || pb.Instance == null ? "crashed" : "running");
        return states;
    }

    void Judge(SimWorld world)
    {
        var tick = world.Tick;
        for (var i = 0; i < _pending.Count; i++)
        {
            var (entry, judge) = _pending[i];
            if (tick < entry.From)
                continue;
            if (entry.What is ActedExpectation acted)
            {
                var pb = (SimProgrammableBlock)_ship.Find(acted.Node)!;
                if (_recording.LastActed.TryGetValue(pb.EntityId, out var t) && t >= entry.From && t <= entry.Tick)
                {
                    Decide(entry, true, t, $"acted at tick {t}");
                    _pending.RemoveAt(i--);
                }
                else if (tick >= entry.Tick)
                {
                    Decide(entry, false, tick, judge().Observed);
                    _pending.RemoveAt(i--);
                }
                continue;
            }
            if (entry.Mode == ExpectMode.At && tick != entry.Tick)
                continue;
            var (ok, observed) = judge();
            var decided = entry.Mode switch
            {
                ExpectMode.At => true,
                ExpectMode.By => ok || tick >= entry.Tick,
                _ => !ok || tick >= entry.Tick,
            };
            if (!decided)
                continue;
            Decide(entry, ok, tick, observed);
            _pending.RemoveAt(i--);
        }
    }

    void Decide(ExpectEntry entry, bool passed, long tick, string observed)
    {
        _results.Add(new ExpectationResult(entry, passed, tick, observed));
        _recording.Mark(tick, passed ? "met" : "failed", $"line {entry.At.Line}: {entry.Describe()}" + (passed ? "" : $": {observed}"));
    }

    /// <summary>Commands, presses and triggers of the timeline, acted in the blocks part of their tick.</summary>
    sealed class ActionPhase : ITickPhase
    {
        readonly SortedDictionary<long, List<Action>> _byTick = [];

        public ActionPhase(SimWorld world) => world.AddPhase(this);

        public TickOrder Order => TickOrder.Blocks;

        public void At(long tick, Action action, TimelineEntry entry, string kind, ScenarioRecording recording)
        {
            if (!_byTick.TryGetValue(tick, out var list))
                _byTick[tick] = list = [];
            list.Add(() =>
            {
                recording.Mark(tick, kind, entry.Describe());
                action();
            });
        }

        public void OnTick(long tick)
        {
            if (_byTick.Remove(tick, out var actions))
                foreach (var action in actions)
                    action();
        }
    }
}

/// <summary>Never both sides of an airlock open at once (a door of each side not closed), judged from the doors.</summary>
public sealed class AirlockDoorChecker : Checker
{
    readonly ScenarioShip _ship;
    readonly HashSet<string> _open = new(StringComparer.Ordinal);

    public AirlockDoorChecker(ScenarioShip ship) : base("never both sides open")
    {
        _ship = ship;
        ship.World.TickCompleted += OnTick;
    }

    void OnTick(SimWorld world)
    {
        foreach (var airlock in _ship.Airlocks)
        {
            var both = airlock.Inner.Any(d => !d.Closed && d.Status != Sandbox.ModAPI.Ingame.DoorStatus.Closed)
                && airlock.Outer.Any(d => !d.Closed && d.Status != Sandbox.ModAPI.Ingame.DoorStatus.Closed);
            if (both && _open.Add(airlock.Group))
                Fail(world.Tick, $"{airlock.Group}: a door of each side is open (inner {AirlockView.SideState(airlock.Inner)}, outer {AirlockView.SideState(airlock.Outer)})");
            else if (!both)
                _open.Remove(airlock.Group);
        }
    }
}
