using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;

namespace ShipSim.Scenarios.Files;

/// <summary>A change of a value at a tick (the value holds until the next change).</summary>
public readonly record struct Change<T>(long Tick, T Value);

/// <summary>Something marked on the timeline: a fault, a command, a button press, an expectation decided.</summary>
public sealed record TimelineMark(long Tick, string Kind, string Text);

/// <summary>One node's (programmable block's) roles over time and the ticks at which it acted on another block.</summary>
public sealed class NodeTrack(string name)
{
    public string Name { get; } = name;
    public List<Change<string>> Roles { get; } = [];
    public List<(long Tick, string Block)> Acted { get; } = [];
}

/// <summary>One airlock over time: its phase, each side's doors (state and whether locked), and its chamber's air.</summary>
public sealed class AirlockTrack(string name)
{
    public string Name { get; } = name;
    public List<Change<string>> Phases { get; } = [];
    public List<Change<string>> Inner { get; } = [];
    public List<Change<string>> Outer { get; } = [];
    public List<(long Tick, double Level)> Oxygen { get; } = [];
}

/// <summary>A screen's text over time: a PB's surfaces and detailed info, LCDs, as a player sees them.</summary>
public sealed class ScreenTrack(string name, Func<string> read)
{
    public string Name { get; } = name;
    public List<Change<string>> Texts { get; } = [];
    internal Func<string> Read { get; } = read;
}

/// <summary>
/// What a scenario run showed, tick by tick, for the report and for the expectations: every node's role (from the
/// world: destroyed, off, crashed; otherwise the role its own screen shows), the blocks each node changed
/// (effects), every airlock's phase, doors and air, every screen's text, and the marks of the timeline.
/// Values are stored as changes, so a long run stays small.
/// </summary>
public sealed class ScenarioRecording
{
    /// <summary>Ticks between two samples of a chamber's air.</summary>
    public const int OxygenSampleTicks = 10;
    /// <summary>Effects kept per node for the report (the first ones; the count is exact).</summary>
    public const int MaxActedMarks = 2000;

    readonly ScenarioShip _ship;
    readonly Dictionary<long, NodeTrack> _byPb = [];
    long _lastActor;

    public ScenarioRecording(ScenarioShip ship)
    {
        _ship = ship;
        foreach (var pb in ship.Nodes)
        {
            var track = new NodeTrack(pb.CustomName);
            Nodes.Add(track);
            _byPb[pb.EntityId] = track;
            Screens.Add(new ScreenTrack(pb.CustomName + " (screen)", () => pb.Surfaces[0].Shown));
            Screens.Add(new ScreenTrack(pb.CustomName + " (detailed info)", () => pb.DetailedInfo));
        }
        foreach (var airlock in ship.Airlocks)
            Airlocks.Add(new AirlockTrack(ship.Airlocks.Count(a => a.Group == airlock.Group) > 1 ? airlock.FullName : airlock.Group));
        foreach (var lcd in ship.World.BlocksOf<SimTextPanel>())
            Screens.Add(new ScreenTrack(lcd.CustomName, () => lcd.Surface.Shown));
        ship.World.EffectRecorded += OnEffect;
        ship.World.TickCompleted += _ => Observe();
        Observe();
    }

    public List<NodeTrack> Nodes { get; } = [];
    public List<AirlockTrack> Airlocks { get; } = [];
    public List<ScreenTrack> Screens { get; } = [];
    public List<TimelineMark> Marks { get; } = [];
    public Dictionary<string, int> ActedCounts { get; } = new(StringComparer.Ordinal);
    public long Ticks { get; private set; }

    /// <summary>The node that last changed another block (0 before any did).</summary>
    public long LastActor => _lastActor;

    /// <summary>The tick at which each node last acted.</summary>
    public Dictionary<long, long> LastActed { get; } = [];

    public void Mark(long tick, string kind, string text) => Marks.Add(new TimelineMark(tick, kind, text));

    void OnEffect(Effect effect)
    {
        if (!_byPb.TryGetValue(effect.Pb, out var track))
            return;
        _lastActor = effect.Pb;
        LastActed[effect.Pb] = effect.Tick;
        ActedCounts[track.Name] = ActedCounts.GetValueOrDefault(track.Name) + 1;
        if (track.Acted.Count < MaxActedMarks)
        {
            var name = _ship.World.AllBlocksEverBuilt.FirstOrDefault(b => b.EntityId == effect.Block)?.CustomName ?? "#" + effect.Block;
            if (track.Acted.Count == 0 || track.Acted[^1].Tick != effect.Tick || track.Acted[^1].Block != name)
                track.Acted.Add((effect.Tick, name));
        }
    }

    void Observe()
    {
        var tick = _ship.World.Tick;
        Ticks = tick;
        for (var i = 0; i < Nodes.Count; i++)
            Set(Nodes[i].Roles, tick, Role(_ship.Nodes[i]));
        for (var i = 0; i < Airlocks.Count; i++)
        {
            var view = _ship.Airlocks[i];
            view.Observe();
            var track = Airlocks[i];
            Set(track.Phases, tick, view.Phase);
            Set(track.Inner, tick, AirlockView.SideState(view.Inner) + (AirlockView.Locked(view.Inner) ? " locked" : ""));
            Set(track.Outer, tick, AirlockView.SideState(view.Outer) + (AirlockView.Locked(view.Outer) ? " locked" : ""));
            if (tick % OxygenSampleTicks == 0)
                track.Oxygen.Add((tick, Math.Round(view.Level, 4)));
        }
        foreach (var screen in Screens)
        {
            var text = screen.Read();
            if (screen.Texts.Count == 0 || !ReferenceEquals(screen.Texts[^1].Value, text) && screen.Texts[^1].Value != text)
                screen.Texts.Add(new Change<string>(tick, text));
        }
    }

    static void Set(List<Change<string>> changes, long tick, string value)
    {
        if (changes.Count == 0 || changes[^1].Value != value)
            changes.Add(new Change<string>(tick, value));
    }

    /// <summary>
    /// A node's role: what the world shows first (destroyed, no script, crashed, off: not working), else the role
    /// its own screen shows (the Failover mixin's status line: ACTIVE, STANDBY, STARTING), else "running".
    /// </summary>
    public static string Role(SimProgrammableBlock pb)
    {
        if (pb.Closed)
            return "destroyed";
        if (pb.Image is { Success: false } || pb.Instance == null)
            return "no script";
        if (pb.IsTerminated)
            return "crashed";
        if (!pb.IsWorking || !pb.Grid.HasPhysics)
            return "off";
        var text = pb.Surfaces[0].GetText();
        foreach (var role in ScreenRoles)
            if (text.StartsWith(role.Word, StringComparison.Ordinal) || text.Contains("\n" + role.Word, StringComparison.Ordinal))
                return role.Role;
        return "running";
    }

    static readonly (string Word, string Role)[] ScreenRoles = [("ACTIVE", "active"), ("STANDBY", "standby"), ("STARTING", "starting")];

    /// <summary>The value of <paramref name="changes"/> at <paramref name="tick"/>.</summary>
    public static T? At<T>(IReadOnlyList<Change<T>> changes, long tick)
    {
        T? value = default;
        foreach (var change in changes)
        {
            if (change.Tick > tick)
                break;
            value = change.Value;
        }
        return value;
    }
}
