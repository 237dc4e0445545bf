using System.Text;
using Sandbox.ModAPI.Ingame;
using ShipSim.Host;
using ShipSim.World.Core;
using ShipSim.World.Igc;
using ShipSim.World.Observation;
using ShipSim.World.Scripting;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>
/// A programmable block (game-behaviour.md sections 1-4 and 8): holds a script text, gives it its own
/// loaded copy, and runs it the way the game does - periodic updates merged into one run in staggered
/// slots, Once, toolbar and terminal runs with their arguments, TryRun from other scripts, IGC callbacks.
/// Nothing runs unless the block is working and its grid has physics. An uncaught exception or a limit
/// overflow terminates the script until it is recompiled. Echo (last 8,000 characters, cleared each run)
/// and the termination show in DetailedInfo.
/// </summary>
public sealed class SimProgrammableBlock : SimFunctionalBlock, IMyProgrammableBlock, ITickPhase
{
    readonly EchoBuffer _echo = new();
    readonly SimSurfaceSet _surfaces;
    readonly ProgramContext _context;
    ScriptInstance? _instance;
    SimIgcContext? _igc;
    string _detailedInfo = "";
    long _lastRunTick;
    long _startTick;

    public SimProgrammableBlock(SimGrid grid, string customName, string? script = null) : base(grid, customName)
    {
        // Surface sizes are our assumption; game-behaviour.md only says a PB has one or two surfaces, 0 the main screen.
        _surfaces = new(
            new SimTextSurface("LargeDisplay", "Large Display", new Vector2(512, 320), this),
            new SimTextSurface("Keyboard", "Keyboard", new Vector2(512, 256), this));
        Schedule = new UpdateSchedule(World.Random.Next(10), World.Random.Next(100));
        GridTerminal = new SimGridTerminalSystem(this);
        _context = new ProgramContext { Me = this, GridTerminalSystem = GridTerminal, World = World.Settings, Igc = IgcForScript,
            Echo = _echo.Echo, Clock = () => World.Clock };
        AddAction("Run", "Run", (b, argument) => ((SimProgrammableBlock)b).RunFromToolbar(argument));
        BindProperty("ConsoleCommand", () => new System.Text.StringBuilder(TerminalRunArgument), v => TerminalRunArgument = v?.ToString() ?? "",
            new System.Text.StringBuilder(), new System.Text.StringBuilder(), new System.Text.StringBuilder());
        SurfaceControls.Bind(this, _surfaces[0]);
        AddAction("RunWithDefaultArgument", "Run with default argument",
            (b, _) => ((SimProgrammableBlock)b).RunFromToolbar(((SimProgrammableBlock)b).TerminalRunArgument));
        if (script != null)
            LoadScript(script);
    }

    public override string DefinitionDisplayNameText => "Programmable block";
    public override string TypeId => "MyProgrammableBlock";
    public TickOrder Order => TickOrder.Scripts;

    /// <summary>The script text the player pasted (null: none).</summary>
    public string? ScriptText { get; private set; }
    public ScriptImage? Image { get; private set; }
    /// <summary>The running copy of the script; null without a script or when it did not compile.</summary>
    public ScriptInstance? Instance => _instance;
    public UpdateSchedule Schedule { get; }
    public SimGridTerminalSystem GridTerminal { get; }
    public IReadOnlyList<SimTextSurface> Surfaces => _surfaces;
    /// <summary>Storage as the world last saved it (what a world load gives the new instance).</summary>
    public string SavedStorage { get; private set; } = "";
    /// <summary>Runs that actually executed script code, of any kind.</summary>
    public int RunCount { get; private set; }
    public RunOutcome LastOutcome { get; private set; }

    public bool IsRunning => _instance?.IsRunning ?? false;
    public bool IsTerminated => _instance?.IsTerminated ?? false;
    public string TerminalRunArgument { get; set; } = "";
    public string EchoText => _echo.ToString();
    public override string DetailedInfo => _detailedInfo;
    /// <summary>The IGC context the script has touched, if any (created on first use, as in the game).</summary>
    public SimIgcContext? Igc => _igc;

    public override int SurfaceCount => _surfaces.Count;
    public override IMyTextSurface GetSurface(int index) => _surfaces.GetSurface(index);

    IMyIntergridCommunicationSystem IgcForScript() => _igc ??= World.Igc.CreateContext(this);

    // --- Script lifecycle ---------------------------------------------------------------------------
    /// <summary>The player pastes a script and presses "Check code" / OK: a recompile with the new text.</summary>
    public void LoadScript(string script)
    {
        ScriptText = script;
        Recompile();
    }

    /// <summary>Recompile (section 3): the old instance's Save() runs first and its Storage is kept; the new
    /// instance starts with UpdateFrequency None and a fresh Runtime; the IGC context is dropped.</summary>
    public void Recompile()
    {
        var storage = _instance?.Save() ?? SavedStorage;
        StartInstance(storage);
    }

    /// <summary>The world is saved: Save() runs and its Storage is what a later load gets.</summary>
    public void SaveWorld()
    {
        if (_instance == null)
            return;
        SavedStorage = _instance.Save();
        UseWorldClock(_instance.LastOutcome);
    }

    /// <summary>The world is loaded from the last save: a new instance is built with the saved Storage.
    /// UpdateFrequency and IGC listeners are not persisted.</summary>
    public void LoadWorld() => StartInstance(SavedStorage);

    /// <summary>Terminates the script as an uncaught exception would (a fault).</summary>
    public void Terminate(string reason)
    {
        if (_instance == null || _instance.Abort(reason).Status != RunStatus.Terminated)
            return;
        LastOutcome = _instance.LastOutcome;
        UpdateDetailedInfo();
    }

    void StartInstance(string storage)
    {
        _instance?.Dispose();
        _instance = null;
        if (_igc != null)
            World.Igc.DropContext(_igc);
        _igc = null;
        Schedule.Reset();
        _echo.Clear();
        SavedStorage = storage;
        Image = ScriptText == null ? null : ScriptLibrary.Compile(ScriptText);
        if (Image is { Success: true })
        {
            _instance = Image.Instantiate(_context, storage);
            _lastRunTick = World.Tick;
            _startTick = World.Tick;
            LastOutcome = _instance.ConstructorOutcome;
            UseWorldClock(LastOutcome);
            Schedule.Observe(_instance.Runtime.UpdateFrequency, World.Tick);
        }
        UpdateDetailedInfo();
    }

    // --- Runs -----------------------------------------------------------------------------------------
    /// <summary>Whether a run would execute now (section 3: working, grid with physics, a live script).</summary>
    public bool CanRun => IsWorking && Grid.HasPhysics && _instance is { IsTerminated: false };

    /// <summary>The terminal's "Run" button: UpdateType.Terminal with TerminalRunArgument.</summary>
    public RunOutcome RunFromTerminal() => Execute(TerminalRunArgument, UpdateType.Terminal);

    /// <summary>A toolbar "Run" action (timer, button, sensor): UpdateType.Trigger; null becomes "".</summary>
    public RunOutcome RunFromToolbar(string? argument) => Execute(argument ?? "", UpdateType.Trigger);

    /// <summary>Another script's TryRun: synchronous, UpdateType.Script; false if this block has no script,
    /// is already running, or is not working.</summary>
    public bool TryRun(string argument) => Execute(argument ?? "", UpdateType.Script).Status != RunStatus.Ignored;

    /// <summary>A run with any update type, as the game would start it (tests and tools).</summary>
    public RunOutcome Execute(string argument, UpdateType updateType)
    {
        if (!CanRun || _instance!.IsRunning)
            return default(RunOutcome) with { Status = RunStatus.Ignored };
        var instance = _instance;
        _echo.Clear();
        instance.Runtime.TimeSinceLastRun = TimeSpan.FromSeconds((double)(World.Tick - _lastRunTick) / SimWorld.TicksPerSecond);
        instance.Runtime.LifetimeTicks = World.Tick - _startTick;
        var before = World.ObservesEffects ? World.SnapshotStates(this) : null;
        var outcome = instance.Run(argument, updateType);
        if (before != null)
            World.ReportEffects(this, before);
        if (outcome.Status == RunStatus.Ignored)
            return outcome;
        UseWorldClock(outcome);
        _lastRunTick = World.Tick;
        RunCount++;
        LastOutcome = outcome;
        Schedule.Observe(instance.Runtime.UpdateFrequency, World.Tick);
        UpdateDetailedInfo();
        if (World.ObservesRuns)
            World.ReportRun(new RunRecord(World.Tick, EntityId, CustomName, updateType, argument, outcome.Instructions,
                outcome.AllocatedBytes, outcome.WallMs, outcome.Terminated ? outcome.Termination.ToString() : "ok"));
        return outcome;
    }

    // The host sets LastRunTimeMs from the wall clock after everything it runs (constructor, Save, Main).
    void UseWorldClock(RunOutcome outcome)
    {
        if (_instance != null && World.RunTimeClock == RunTimeClock.Modelled)
            _instance.Runtime.LastRunTimeMs = ModelledRunTimeMs(outcome.Instructions);
    }

    /// <summary>Our model of a run's duration for deterministic worlds: a fixed cost plus a cost per counted
    /// instruction (0.02 ms + 0.1 µs each, so a run at the 50,000 limit takes about 5 ms).</summary>
    public static double ModelledRunTimeMs(int instructions) => 0.02 + instructions * 0.0001;

    public void OnTick(long tick)
    {
        if (_instance == null || !CanRun)
            return;
        // Messages were delivered at the start of this tick; a listener with a callback asks for one run.
        if (_igc?.TakePendingCallback() is { } callbackArgument)
            Execute(callbackArgument, UpdateType.IGC);
        if (!CanRun)
            return;
        var due = Schedule.TakeDue(_instance.Runtime.UpdateFrequency, tick);
        if (due != UpdateType.None)
        {
            // Once clears itself before the run, so a script can ask for it again.
            if ((due & UpdateType.Once) != 0)
                _instance.Runtime.UpdateFrequency &= ~UpdateFrequency.Once;
            Execute("", due);
        }
    }

    // --- Display --------------------------------------------------------------------------------------
    void UpdateDetailedInfo()
    {
        var info = new StringBuilder();
        if (Image is { Success: false })
        {
            info.Append("Compilation failed:\n");
            foreach (var error in Image.Errors)
                info.Append(error).Append('\n');
        }
        info.Append(_echo.ToString());
        if (_instance is { Termination: { } termination })
            info.Append("Script terminated: ").Append(termination.Error).Append('\n');
        _detailedInfo = info.ToString();
    }

    /// <summary>game-behaviour.md section 3: an ownership change (in survival) terminates the script.</summary>
    protected override void OnOwnerChanged() => Terminate("The programmable block's owner changed: the script was stopped.");

    protected override void OnClosed()
    {
        if (_igc != null)
            World.Igc.DropContext(_igc);
        _instance?.Dispose();
    }

    /// <summary>Effects on another programmable block: its common state and how often each of its screens was written
    /// (the screen text, which only scripts write, is long: comparing it around every run would cost much).</summary>
    public override string DescribeEffectState()
    {
        var state = new StringBuilder();
        DescribeCommonState(state);
        for (var i = 0; i < _surfaces.Count; i++)
            state.Append(" screen").Append(i).Append('#').Append(_surfaces[i].Writes);
        return state.ToString();
    }

    protected override void DescribeOwnState(StringBuilder state)
    {
        if (_instance == null)
            state.Append(Image is { Success: false } ? " compile-error" : " no-script");
        else if (_instance.IsTerminated)
            state.Append(" terminated");
        else
            state.Append(" frequency=").Append(_instance.Runtime.UpdateFrequency);
        var screen = _surfaces[0].GetText();
        if (screen.Length > 0)
            state.Append(" screen=").Append(screen);
    }
}
