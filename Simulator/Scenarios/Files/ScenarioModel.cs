namespace ShipSim.Scenarios.Files;

/// <summary>A place in a scenario file, 1-based.</summary>
public readonly record struct Mark(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>One thing wrong with a scenario file, at its place.</summary>
public sealed record ScenarioError(string File, Mark At, string Message)
{
    public override string ToString() => $"{File}:{At.Line}:{At.Column}: {Message}";
}

/// <summary>A scenario file that cannot be played: every error found, each with its line and column.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}

/// <summary>
/// A scenario as read from its file (docs/scenarios.md): a ship of one or more grids and a timeline. Names are
/// resolved to blocks only when the world is built (<see cref="ScenarioBuilder"/>), where a missing name is an error
/// at the line that used it.
/// </summary>
public sealed record ScenarioDefinition
{
    public required string File { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public long Seed { get; init; } = 1;
    /// <summary>Ticks to play; null: 5 s after the last timeline entry.</summary>
    public long? Duration { get; init; }
    /// <summary>Outside's oxygen level: 0 vacuum, up to 1 (a planet's air).</summary>
    public double Outside { get; init; }
    /// <summary>The script every programmable block runs unless it names its own.</summary>
    public ScriptRef Script { get; init; } = ScriptRef.RedundantAirlock;
    /// <summary>The failover id that <c>rank:</c> shortcuts write.</summary>
    public string FailoverId { get; init; } = "ship";
    /// <summary>Invariants checked on every tick (<see cref="ScenarioChecks"/>).</summary>
    public IReadOnlyList<(string Name, Mark At)> Checks { get; init; } = [];
    public IReadOnlyList<GridDef> Grids { get; init; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
}

/// <summary>Which script a programmable block runs: a name of the repository's catalog, a file (a .csproj is an
/// MDK2 project, packed; anything else is the text a player pastes), or the text itself.</summary>
public sealed record ScriptRef(ScriptRefKind Kind, string Value, Mark At)
{
    public static readonly ScriptRef RedundantAirlock = new(ScriptRefKind.Catalog, "RedundantAirlock", default);

    public override string ToString() => Kind == ScriptRefKind.Text ? "(inline script)" : Value;
}

public enum ScriptRefKind
{
    Catalog,
    File,
    Text,
}

public sealed record GridDef(string Name, Mark At)
{
    public string? DockedTo { get; init; }
    public Mark DockedToAt { get; init; }
    public bool Powered { get; init; } = true;
    public List<RoomDef> Rooms { get; } = [];
    public List<TankDef> Tanks { get; } = [];
    public List<PbDef> ProgrammableBlocks { get; } = [];
    public List<AirlockDef> Airlocks { get; } = [];
    public List<BlockDef> Blocks { get; } = [];
}

public sealed record RoomDef(string Name, double VolumeM3, double Oxygen, Mark At);

public sealed record TankDef(string Name, double Filled, Mark At);

public sealed record PbDef(string Name, Mark At)
{
    public string CustomData { get; init; } = "";
    public int? Rank { get; init; }
    public ScriptRef? Script { get; init; }
    public bool Enabled { get; init; } = true;
}

/// <summary>An airlock as players build one: the group "Airlock &lt;name&gt;" with a chamber, inner door(s) to a
/// room of the ship, outer door(s) to outside, a vent, and optionally lights, an LCD, a sound block, the timer whose
/// toolbar runs every programmable block of the grid with "cycle &lt;group&gt;", and a button panel on each side
/// that triggers it.</summary>
public sealed record AirlockDef(string Group, Mark At)
{
    public string? Inside { get; init; }
    public string? OutsideRoom { get; init; }
    public double VolumeM3 { get; init; } = 31.25;
    public double Oxygen { get; init; } = 1;
    public string DoorKind { get; init; } = "basic";
    public int InnerDoors { get; init; } = 1;
    public int OuterDoors { get; init; } = 1;
    public bool Vent { get; init; } = true;
    public int Lights { get; init; } = 1;
    public bool Lcd { get; init; } = true;
    public bool Sound { get; init; } = true;
    public bool Timer { get; init; } = true;
    public bool Buttons { get; init; } = true;
    /// <summary>Door names that carry <c>[airlock] side=</c> in Custom Data instead of Inner/Outer in their name.</summary>
    public bool SideInCustomData { get; init; }
}

/// <summary>Any other block: lcd, light, door, vent, timer, button, sound, tank, pb-less blocks.</summary>
public sealed record BlockDef(string Type, string Name, Mark At)
{
    public string CustomData { get; init; } = "";
    public string? Room { get; init; }
    public string? OtherRoom { get; init; }
    public string DoorKind { get; init; } = "basic";
    public bool Open { get; init; }
    public double Delay { get; init; } = 1;
    public string? Group { get; init; }
    public List<ActionDef> Actions { get; } = [];
    /// <summary>A button panel's buttons, each a list of actions.</summary>
    public List<List<ActionDef>> Buttons { get; } = [];
}

/// <summary>A toolbar slot: <c>run</c> a programmable block (or <c>all</c> of the grid's) with an argument,
/// <c>trigger</c> or <c>start</c> a timer, or any terminal <c>action</c> on a block.</summary>
public sealed record ActionDef(string Kind, string Target, string? Argument, string? ActionId, Mark At);

public enum ExpectMode
{
    /// <summary>Holds at the tick.</summary>
    At,
    /// <summary>Holds at some tick of the window (from the previous timeline entry to the tick).</summary>
    By,
    /// <summary>Holds at every tick of the window.</summary>
    Throughout,
}

/// <summary>One entry of the timeline: something done at a tick, or something expected.</summary>
public abstract record TimelineEntry(long Tick, Mark At)
{
    /// <summary>What the entry says, for reports.</summary>
    public abstract string Describe();
}

/// <summary>A command to programmable blocks: through a PB's terminal (<see cref="To"/> a PB), the toolbar of
/// every PB of the ship at once (<c>to: all</c>, as a timer does), or a timer whose argument is set and that is
/// triggered (<see cref="Via"/>).</summary>
public sealed record CommandEntry(long Tick, Mark At, string Argument, string? To, string? Via) : TimelineEntry(Tick, At)
{
    public override string Describe() => $"command \"{Argument}\"" + (Via != null ? $" via {Via}" : $" to {To ?? "all"}");
}

public sealed record PressEntry(long Tick, Mark At, string Panel, int Button) : TimelineEntry(Tick, At)
{
    public override string Describe() => $"press {Panel}" + (Button > 0 ? $" button {Button}" : "");
}

public sealed record TriggerEntry(long Tick, Mark At, string Timer, bool Countdown) : TimelineEntry(Tick, At)
{
    public override string Describe() => (Countdown ? "start " : "trigger ") + Timer;
}

/// <summary>What can be done to the ship at a tick (faults and repairs).</summary>
public enum FaultKind
{
    Destroy, Damage, Repair, Disable, Enable, Unpower, Power, Terminate, Recompile, SaveLoad,
    Breach, Seal, Fill, Empty, Obstruct, Clear, HandOpen, HandClose, Dock, Undock, CustomData,
}

public sealed record FaultEntry(long Tick, Mark At, FaultKind Kind, string Target, double? Amount, string? Text) : TimelineEntry(Tick, At)
{
    public override string Describe() => Kind switch
    {
        FaultKind.SaveLoad => "save and load the world",
        FaultKind.Damage => $"damage {Target} by {Amount ?? ScenarioReader.DefaultDamage:0.##}",
        FaultKind.Fill => $"fill {Target} to {Amount ?? 1:0.##}",
        FaultKind.CustomData => $"edit the Custom Data of {Target}",
        FaultKind.HandOpen => $"open {Target} by hand",
        FaultKind.HandClose => $"close {Target} by hand",
        FaultKind.Obstruct => $"obstruct {Target}",
        FaultKind.Clear => $"clear {Target}",
        _ => $"{Kind.ToString().ToLowerInvariant()} {Target}",
    };
}

public sealed record ExpectEntry(long Tick, Mark At, ExpectMode Mode, long From, Expectation What) : TimelineEntry(Tick, At)
{
    public override string Describe() => What.Describe() + Mode switch
    {
        ExpectMode.At => $" at tick {Tick}",
        ExpectMode.By => $" by tick {Tick}",
        _ => $" from tick {From} until {Tick}",
    };
}

/// <summary>What an expectation asks of the world.</summary>
public abstract record Expectation(Mark At)
{
    public abstract string Describe();
}

/// <summary>The node (programmable block) has the role: active, standby (as the world and its screen show).</summary>
public sealed record RoleExpectation(Mark At, string Node, string Role) : Expectation(At)
{
    public override string Describe() => $"{Node} {Role}";
}

/// <summary>The node changed a block other than itself (world state, not its word) within the window.</summary>
public sealed record ActedExpectation(Mark At, string Node) : Expectation(At)
{
    public override string Describe() => $"{Node} acted";
}

public sealed record AirlockExpectation(Mark At, string Airlock) : Expectation(At)
{
    public bool? Idle { get; init; }
    public string? Phase { get; init; }
    public string? Inner { get; init; }
    public string? Outer { get; init; }
    public double? OxygenAbove { get; init; }
    public double? OxygenBelow { get; init; }

    public override string Describe()
    {
        var parts = new List<string>();
        if (Idle == true)
            parts.Add("idle");
        if (Idle == false)
            parts.Add("not idle");
        if (Phase != null)
            parts.Add(Phase);
        if (Inner != null)
            parts.Add("inner " + Inner);
        if (Outer != null)
            parts.Add("outer " + Outer);
        if (OxygenAbove != null)
            parts.Add($"oxygen above {OxygenAbove:0.###}");
        if (OxygenBelow != null)
            parts.Add($"oxygen below {OxygenBelow:0.###}");
        return $"{Airlock} " + string.Join(", ", parts);
    }
}

public sealed record BlockExpectation(Mark At, string Block, string State) : Expectation(At)
{
    public override string Describe() => $"{Block} is {State}";
}

public sealed record ScreenExpectation(Mark At, string Block, int Surface, string? Contains, string? Lacks) : Expectation(At)
{
    public override string Describe() =>
        $"{Block}{(Surface > 0 ? $" surface {Surface}" : "")} " + (Contains != null ? $"shows \"{Contains}\"" : $"does not show \"{Lacks}\"");
}
