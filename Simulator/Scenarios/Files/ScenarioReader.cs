using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ShipSim.Scenarios.Files;

/// <summary>
/// Reads a scenario file (YAML, docs/scenarios.md) into a <see cref="ScenarioDefinition"/>. Every problem found is
/// collected with its line and column (unknown keys, wrong types, values out of range, bad times) and thrown
/// together as a <see cref="ScenarioException"/>, so one run shows them all.
/// </summary>
public sealed class ScenarioReader
{
    public const double DefaultDamage = 0.6;

    readonly string _file;
    readonly List<ScenarioError> _errors = [];

    ScenarioReader(string file) => _file = file;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is not a valid scenario; every error with its place.</exception>
    public static ScenarioDefinition ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException([new ScenarioError(path, new Mark(1, 1), e.Message)]);
        }
        return Read(text, path);
    }

    /// <summary>Reads scenario text; <paramref name="file"/> names it in errors and is where relative script paths
    /// start from.</summary>
    public static ScenarioDefinition Read(string text, string file)
    {
        var reader = new ScenarioReader(file);
        var definition = reader.Parse(text);
        if (reader._errors.Count > 0 || definition == null)
            throw new ScenarioException(reader._errors.Count > 0 ? reader._errors : [new ScenarioError(file, new Mark(1, 1), "empty scenario")]);
        return definition;
    }

    void Error(YamlNode node, string message) => _errors.Add(new ScenarioError(_file, At(node), message));

    static Mark At(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    ScenarioDefinition? Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            _errors.Add(new ScenarioError(_file, new Mark((int)e.Start.Line, (int)e.Start.Column), colon >= 0 ? message[(colon + 3)..] : message));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            _errors.Add(new ScenarioError(_file, new Mark(1, 1), "the file is empty: a scenario needs at least grids: and timeline:"));
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(stream.Documents[0].RootNode, "a scenario is a mapping of keys (name:, seed:, grids:, timeline: ...)");
            return null;
        }
        var map = Keys(root, "name", "description", "seed", "duration", "outside", "script", "failover_id", "checks", "grids", "timeline");
        var definition = new ScenarioDefinition
        {
            File = _file,
            Name = String(map, "name") ?? Path.GetFileNameWithoutExtension(_file),
            Description = String(map, "description") ?? "",
            Seed = (long)Number(map, "seed", 1, 0, long.MaxValue),
            Duration = map.TryGetValue("duration", out var duration) ? Time(duration) : null,
            Outside = Number(map, "outside", 0, 0, 1),
            Script = map.TryGetValue("script", out var script) ? Script(script) : ScriptRef.RedundantAirlock,
            FailoverId = String(map, "failover_id") ?? "ship",
            Checks = map.TryGetValue("checks", out var checks) ? Sequence(checks).Select(c => (Scalar(c) ?? "", At(c))).ToList() : [],
        };
        var grids = new List<GridDef>();
        if (!map.TryGetValue("grids", out var gridsNode))
            Error(root, "missing grids: (the ship: at least one grid)");
        else
            foreach (var node in Sequence(gridsNode))
                if (Grid(node) is { } grid)
                    grids.Add(grid);
        var timeline = new List<TimelineEntry>();
        if (map.TryGetValue("timeline", out var timelineNode))
        {
            long previous = 0;
            foreach (var node in Sequence(timelineNode))
                foreach (var entry in Entries(node, previous))
                {
                    timeline.Add(entry);
                    previous = entry.Tick;
                }
        }
        return definition with { Grids = grids, Timeline = timeline };
    }

    // --- Ship ---------------------------------------------------------------------------------------

    GridDef? Grid(YamlNode node)
    {
        var map = Keys(node, "name", "docked_to", "powered", "rooms", "tanks", "pbs", "airlocks", "blocks");
        var name = Required(node, map, "name");
        if (name == null)
            return null;
        var grid = new GridDef(name, At(node))
        {
            DockedTo = String(map, "docked_to"),
            DockedToAt = map.TryGetValue("docked_to", out var docked) ? At(docked) : default,
            Powered = Bool(map, "powered", true),
        };
        foreach (var room in Items(map, "rooms"))
        {
            var r = Keys(room, "name", "volume", "oxygen");
            if (Required(room, r, "name") is { } roomName)
                grid.Rooms.Add(new RoomDef(roomName, Number(r, "volume", 100, 0.001, 1e7), Number(r, "oxygen", 1, 0, 1), At(room)));
        }
        foreach (var tank in Items(map, "tanks"))
        {
            var t = Keys(tank, "name", "filled");
            if (Required(tank, t, "name") is { } tankName)
                grid.Tanks.Add(new TankDef(tankName, Number(t, "filled", 0.5, 0, 1), At(tank)));
        }
        foreach (var pb in Items(map, "pbs"))
        {
            var p = Keys(pb, "name", "custom_data", "rank", "script", "enabled");
            if (Required(pb, p, "name") is { } pbName)
                grid.ProgrammableBlocks.Add(new PbDef(pbName, At(pb))
                {
                    CustomData = String(p, "custom_data") ?? "",
                    Rank = p.ContainsKey("rank") ? (int)Number(p, "rank", 0, 0, 1000) : null,
                    Script = p.TryGetValue("script", out var s) ? Script(s) : null,
                    Enabled = Bool(p, "enabled", true),
                });
        }
        foreach (var airlock in Items(map, "airlocks"))
        {
            var a = Keys(airlock, "name", "inside", "outside_room", "volume", "oxygen", "doors", "inner_doors", "outer_doors",
                "vent", "lights", "lcd", "sound", "timer", "buttons", "side_in_custom_data");
            if (Required(airlock, a, "name") is not { } airlockName)
                continue;
            var group = airlockName.StartsWith("Airlock ", StringComparison.Ordinal) ? airlockName : "Airlock " + airlockName;
            grid.Airlocks.Add(new AirlockDef(group, At(airlock))
            {
                Inside = String(a, "inside"),
                OutsideRoom = String(a, "outside_room"),
                VolumeM3 = Number(a, "volume", 31.25, 0.001, 1e6),
                Oxygen = Number(a, "oxygen", 1, 0, 1),
                DoorKind = OneOf(a, "doors", "basic", "basic", "sliding", "hangar"),
                InnerDoors = (int)Number(a, "inner_doors", 1, 0, 8),
                OuterDoors = (int)Number(a, "outer_doors", 1, 0, 8),
                Vent = Bool(a, "vent", true),
                Lights = (int)Number(a, "lights", 1, 0, 8),
                Lcd = Bool(a, "lcd", true),
                Sound = Bool(a, "sound", true),
                Timer = Bool(a, "timer", true),
                Buttons = Bool(a, "buttons", true),
                SideInCustomData = Bool(a, "side_in_custom_data", false),
            });
        }
        foreach (var block in Items(map, "blocks"))
            if (Block(block) is { } b)
                grid.Blocks.Add(b);
        return grid;
    }

    static readonly string[] BlockTypes = ["lcd", "light", "door", "vent", "timer", "button", "sound"];

    BlockDef? Block(YamlNode node)
    {
        var map = Keys(node, "type", "name", "custom_data", "room", "other_room", "kind", "open", "delay", "group", "actions", "buttons");
        var type = Required(node, map, "type");
        var name = Required(node, map, "name");
        if (type == null || name == null)
            return null;
        if (!BlockTypes.Contains(type))
        {
            Error(map["type"], $"unknown block type '{type}': use one of {string.Join(", ", BlockTypes)} (programmable blocks go under pbs:, airlocks under airlocks:)");
            return null;
        }
        var block = new BlockDef(type, name, At(node))
        {
            CustomData = String(map, "custom_data") ?? "",
            Room = String(map, "room"),
            OtherRoom = String(map, "other_room"),
            DoorKind = OneOf(map, "kind", "basic", "basic", "sliding", "hangar"),
            Open = Bool(map, "open", false),
            Delay = Number(map, "delay", 1, 0, 3600),
            Group = String(map, "group"),
        };
        foreach (var action in Items(map, "actions"))
            if (Action(action) is { } a)
                block.Actions.Add(a);
        foreach (var button in Items(map, "buttons"))
            block.Buttons.Add(Sequence(button).Select(Action).OfType<ActionDef>().ToList());
        return block;
    }

    ActionDef? Action(YamlNode node)
    {
        var map = Keys(node, "run", "run_default", "trigger", "start", "stop", "action", "block", "argument");
        var argument = String(map, "argument");
        foreach (var kind in new[] { "run", "run_default", "trigger", "start", "stop" })
            if (String(map, kind) is { } target)
                return new ActionDef(kind, target, argument, null, At(node));
        if (String(map, "action") is { } id)
        {
            if (String(map, "block") is { } block)
                return new ActionDef("action", block, argument, id, At(node));
            Error(node, "an action: needs the block: it acts on");
            return null;
        }
        Error(node, "a toolbar slot is one of run: PB (or all), run_default: PB, trigger: TIMER, start: TIMER, stop: TIMER, action: ID with block: NAME");
        return null;
    }

    ScriptRef Script(YamlNode node)
    {
        if (node is YamlMappingNode)
        {
            var map = Keys(node, "text", "file", "project");
            if (String(map, "text") is { } text)
                return new ScriptRef(ScriptRefKind.Text, text, At(node));
            if ((String(map, "file") ?? String(map, "project")) is { } file)
                return new ScriptRef(ScriptRefKind.File, file, At(node));
            Error(node, "script: takes a name (RedundantAirlock, FailoverProbe), a path, or text: / file:");
            return ScriptRef.RedundantAirlock;
        }
        var value = Scalar(node) ?? "";
        if (ScriptCatalogNames.Contains(value))
            return new ScriptRef(ScriptRefKind.Catalog, value, At(node));
        if (value.Length == 0)
            Error(node, "script: is empty");
        return new ScriptRef(ScriptRefKind.File, value, At(node));
    }

    /// <summary>The scripts of this repository a scenario can name without a path.</summary>
    public static readonly IReadOnlyList<string> ScriptCatalogNames = ["RedundantAirlock", "FailoverProbe"];

    // --- Timeline -----------------------------------------------------------------------------------

    static readonly Dictionary<string, FaultKind> Faults = new(StringComparer.Ordinal)
    {
        ["destroy"] = FaultKind.Destroy, ["damage"] = FaultKind.Damage, ["repair"] = FaultKind.Repair,
        ["disable"] = FaultKind.Disable, ["enable"] = FaultKind.Enable, ["unpower"] = FaultKind.Unpower, ["power"] = FaultKind.Power,
        ["terminate"] = FaultKind.Terminate, ["recompile"] = FaultKind.Recompile, ["save_load"] = FaultKind.SaveLoad,
        ["breach"] = FaultKind.Breach, ["seal"] = FaultKind.Seal, ["fill"] = FaultKind.Fill, ["empty"] = FaultKind.Empty,
        ["obstruct"] = FaultKind.Obstruct, ["clear"] = FaultKind.Clear, ["hand_open"] = FaultKind.HandOpen,
        ["hand_close"] = FaultKind.HandClose, ["dock"] = FaultKind.Dock, ["undock"] = FaultKind.Undock,
        ["custom_data"] = FaultKind.CustomData,
    };

    IEnumerable<TimelineEntry> Entries(YamlNode node, long previous)
    {
        var keys = new List<string> { "at", "by", "from", "until", "command", "to", "via", "press", "button", "trigger", "start", "expect", "amount", "text" };
        keys.AddRange(Faults.Keys);
        var map = Keys(node, [.. keys]);
        var at = map.TryGetValue("at", out var atNode) ? Time(atNode) : (long?)null;
        var by = map.TryGetValue("by", out var byNode) ? Time(byNode) : (long?)null;
        var until = map.TryGetValue("until", out var untilNode) ? Time(untilNode) : (long?)null;
        var from = map.TryGetValue("from", out var fromNode) ? Time(fromNode) : (long?)null;
        var whens = (at != null ? 1 : 0) + (by != null ? 1 : 0) + (until != null ? 1 : 0);
        if (whens != 1)
        {
            Error(node, "every timeline entry needs exactly one of at:, by: (expectations) or until: (with from:, expectations)");
            yield break;
        }
        var tick = at ?? by ?? until!.Value;
        var actions = 0;
        if (String(map, "command") is { } command)
        {
            actions++;
            var to = String(map, "to");
            var via = String(map, "via");
            if (to != null && via != null)
                Error(node, "a command goes to: programmable blocks or via: a timer, not both");
            yield return new CommandEntry(tick, At(node), command, to, via);
        }
        if (String(map, "press") is { } panel)
        {
            actions++;
            yield return new PressEntry(tick, At(node), panel, (int)Number(map, "button", 0, 0, 20));
        }
        if (String(map, "trigger") is { } timer)
        {
            actions++;
            yield return new TriggerEntry(tick, At(node), timer, false);
        }
        if (String(map, "start") is { } countdown)
        {
            actions++;
            yield return new TriggerEntry(tick, At(node), countdown, true);
        }
        foreach (var (key, kind) in Faults)
        {
            if (!map.TryGetValue(key, out var target))
                continue;
            actions++;
            var name = kind == FaultKind.SaveLoad ? "world" : Scalar(target) ?? "";
            if (name.Length == 0)
                Error(target, $"{key}: names a block (or a grid or room)");
            var amount = map.ContainsKey("amount") ? Number(map, "amount", 0, 0, 1) : (double?)null;
            var text = String(map, "text");
            if (kind == FaultKind.CustomData && text == null)
                Error(node, "custom_data: PB needs text: (the new Custom Data)");
            yield return new FaultEntry(tick, At(node), kind, name, amount, text);
        }
        if (map.TryGetValue("expect", out var expect))
        {
            actions++;
            var mode = at != null ? ExpectMode.At : by != null ? ExpectMode.By : ExpectMode.Throughout;
            var windowStart = from ?? (mode == ExpectMode.At ? tick : previous);
            if (windowStart > tick)
                Error(node, $"from: ({windowStart}) is after the entry's tick ({tick})");
            var items = expect is YamlSequenceNode list ? list.Children.ToList() : [expect];
            foreach (var item in items)
                if (Expectation(item) is { } what)
                    yield return new ExpectEntry(tick, At(item), mode, Math.Min(windowStart, tick), what);
        }
        else if (by != null || until != null)
            Error(node, "by: and until: are for expect: entries; actions happen at:");
        if (actions == 0)
            Error(node, "this entry does nothing: give a command:, press:, trigger:, a fault (destroy:, disable:, unpower:, terminate: ...) or expect:");
    }

    static readonly string[] BlockStates = ["open", "closed", "opening", "closing", "enabled", "disabled", "locked", "working",
        "not working", "destroyed", "running", "crashed", "lit", "dark", "powered", "unpowered"];

    Expectation? Expectation(YamlNode node)
    {
        var map = Keys(node, "active", "standby", "acted", "airlock", "idle", "phase", "inner", "outer", "oxygen_above", "oxygen_below",
            "block", "is", "screen", "surface", "contains", "lacks");
        var at = At(node);
        if (String(map, "active") is { } active)
            return new RoleExpectation(at, active, "active");
        if (String(map, "standby") is { } standby)
            return new RoleExpectation(at, standby, "standby");
        if (String(map, "acted") is { } acted)
            return new ActedExpectation(at, acted);
        if (String(map, "airlock") is { } airlock)
        {
            var slash = airlock.LastIndexOf('/');
            var last = airlock[(slash + 1)..];
            var group = airlock[..(slash + 1)] + (last.StartsWith("Airlock ", StringComparison.Ordinal) ? last : "Airlock " + last);
            var expectation = new AirlockExpectation(at, group)
            {
                Idle = map.ContainsKey("idle") ? Bool(map, "idle", true) : null,
                Phase = map.ContainsKey("phase") ? OneOf(map, "phase", "", AirlockPhases.Names) : null,
                Inner = map.ContainsKey("inner") ? OneOf(map, "inner", "", "open", "closed", "locked", "unlocked") : null,
                Outer = map.ContainsKey("outer") ? OneOf(map, "outer", "", "open", "closed", "locked", "unlocked") : null,
                OxygenAbove = map.ContainsKey("oxygen_above") ? Number(map, "oxygen_above", 0, 0, 1) : null,
                OxygenBelow = map.ContainsKey("oxygen_below") ? Number(map, "oxygen_below", 1, 0, 1) : null,
            };
            if (expectation.Idle == null && expectation.Phase == null && expectation.Inner == null && expectation.Outer == null
                && expectation.OxygenAbove == null && expectation.OxygenBelow == null)
                Error(node, "an airlock expectation needs idle:, phase:, inner:, outer:, oxygen_above: or oxygen_below:");
            return expectation;
        }
        if (String(map, "block") is { } block)
        {
            var state = OneOf(map, "is", "", BlockStates);
            if (!map.ContainsKey("is"))
                Error(node, $"a block expectation needs is: ({string.Join(", ", BlockStates)})");
            return new BlockExpectation(at, block, state);
        }
        if (String(map, "screen") is { } screen)
        {
            var contains = String(map, "contains");
            var lacks = String(map, "lacks");
            if ((contains == null) == (lacks == null))
                Error(node, "a screen expectation needs contains: or lacks: (one of them)");
            return new ScreenExpectation(at, screen, (int)Number(map, "surface", 0, 0, 16), contains, lacks);
        }
        Error(node, "expect: one of active:, standby:, acted:, airlock:, block: (with is:), screen: (with contains: or lacks:)");
        return null;
    }

    // --- Values -------------------------------------------------------------------------------------

    /// <summary>A time: ticks (<c>720</c>, <c>720t</c>), seconds (<c>12s</c>, <c>1.5s</c>), or minutes and
    /// seconds (<c>1m30s</c>, <c>2m</c>).</summary>
    long Time(YamlNode node)
    {
        var text = (Scalar(node) ?? "").Trim();
        if (TryParseTime(text, out var ticks))
            return ticks;
        Error(node, $"'{text}' is not a time: write ticks (720), seconds (12s, 1.5s) or minutes (1m30s)");
        return 0;
    }

    public static bool TryParseTime(string text, out long ticks)
    {
        ticks = 0;
        var rest = text;
        double seconds = 0;
        if (rest.Length == 0)
            return false;
        if (long.TryParse(rest.TrimEnd('t'), NumberStyles.None, CultureInfo.InvariantCulture, out var plain) && (rest.EndsWith('t') || char.IsDigit(rest[^1])))
        {
            ticks = plain;
            return true;
        }
        var m = rest.IndexOf('m', StringComparison.Ordinal);
        if (m > 0)
        {
            if (!double.TryParse(rest[..m], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var minutes))
                return false;
            seconds += minutes * 60;
            rest = rest[(m + 1)..];
        }
        if (rest.Length > 0)
        {
            if (!rest.EndsWith('s') || !double.TryParse(rest[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s))
                return false;
            seconds += s;
        }
        ticks = (long)Math.Round(seconds * World.Core.SimWorld.TicksPerSecond);
        return true;
    }

    Dictionary<string, YamlNode> Keys(YamlNode node, params string[] allowed)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"expected a mapping with keys ({string.Join(", ", allowed)})");
            return result;
        }
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode) ?? "";
            if (!allowed.Contains(key))
                Error(keyNode, $"unknown key '{key}' here; known: {string.Join(", ", allowed)}");
            else
                result[key] = value;
        }
        return result;
    }

    IEnumerable<YamlNode> Items(Dictionary<string, YamlNode> map, string key) =>
        map.TryGetValue(key, out var node) ? Sequence(node) : [];

    IReadOnlyList<YamlNode> Sequence(YamlNode node)
    {
        if (node is YamlSequenceNode sequence)
            return sequence.Children.ToList();
        if (node is YamlScalarNode { Value: null or "" })
            return [];
        Error(node, "expected a list (items starting with '- ')");
        return [];
    }

    string? Scalar(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
            return scalar.Value;
        Error(node, "expected a single value here");
        return null;
    }

    string? String(Dictionary<string, YamlNode> map, string key) => map.TryGetValue(key, out var node) ? Scalar(node) : null;

    string? Required(YamlNode owner, Dictionary<string, YamlNode> map, string key)
    {
        var value = String(map, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (owner is YamlMappingNode)
                Error(owner, $"missing {key}:");
            return null;
        }
        return value;
    }

    double Number(Dictionary<string, YamlNode> map, string key, double fallback, double min, double max)
    {
        if (!map.TryGetValue(key, out var node))
            return fallback;
        var text = Scalar(node);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, $"{key}: '{text}' is not a number");
            return fallback;
        }
        if (value < min || value > max)
        {
            Error(node, $"{key}: {text} is out of range ({min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)})");
            return fallback;
        }
        return value;
    }

    bool Bool(Dictionary<string, YamlNode> map, string key, bool fallback)
    {
        if (!map.TryGetValue(key, out var node))
            return fallback;
        var text = Scalar(node)?.ToLowerInvariant();
        switch (text)
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(node, $"{key}: '{text}' is not true or false");
                return fallback;
        }
    }

    string OneOf(Dictionary<string, YamlNode> map, string key, string fallback, params IReadOnlyList<string> allowed)
    {
        if (!map.TryGetValue(key, out var node))
            return fallback;
        var text = Scalar(node) ?? "";
        if (allowed.Contains(text))
            return text;
        Error(node, $"{key}: '{text}' is not one of {string.Join(", ", allowed)}");
        return fallback;
    }
}
