using ShipSim.Toolchain.Packing;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Physics;

namespace ShipSim.Scenarios.Files;

/// <summary>A scenario's world, built: every block by name, the programmable blocks (the nodes), the airlocks.</summary>
public sealed class ScenarioShip
{
    internal ScenarioShip(ScenarioDefinition definition, SimWorld world)
    {
        Definition = definition;
        World = world;
    }

    public ScenarioDefinition Definition { get; }
    public SimWorld World { get; }
    public List<SimProgrammableBlock> Nodes { get; } = [];
    public List<AirlockView> Airlocks { get; } = [];
    /// <summary>Blocks by their full name "Grid/Block" and, where unique, by their own name.</summary>
    internal Dictionary<string, SimBlock> Named { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Ambiguous { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, SimGrid> Grids { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, Room> Rooms { get; } = new(StringComparer.Ordinal);

    /// <summary>The block a scenario names: "Block" when the name is unique, else "Grid/Block"; null if none.</summary>
    public SimBlock? Find(string name) => Named.GetValueOrDefault(name);

    internal string? WhyNot(string name) =>
        Ambiguous.Contains(name) ? $"more than one block is named '{name}': write Grid/{name}" : null;
}

/// <summary>
/// Builds the world a <see cref="ScenarioDefinition"/> describes: grids (docked where said), rooms and tanks, the
/// programmable blocks, the airlocks laid out as players build them, the other blocks and their toolbars; then
/// loads every programmable block's script, so that each constructor sees the whole ship. Every name that does not
/// resolve is an error at the line that used it.
/// </summary>
public sealed class ScenarioBuilder
{
    readonly ScenarioDefinition _definition;
    readonly List<ScenarioError> _errors = [];
    readonly ScenarioShip _ship;
    readonly Dictionary<SimGrid, ConveyorNetwork> _networks = [];

    ScenarioBuilder(ScenarioDefinition definition)
    {
        _definition = definition;
        _ship = new ScenarioShip(definition, new SimWorld(definition.Seed));
    }

    /// <exception cref="ScenarioException">A name does not resolve, a script does not load; each at its line.</exception>
    public static ScenarioShip Build(ScenarioDefinition definition)
    {
        var builder = new ScenarioBuilder(definition);
        builder.BuildAll();
        if (builder._errors.Count > 0)
            throw new ScenarioException(builder._errors);
        return builder._ship;
    }

    void Error(Mark at, string message) => _errors.Add(new ScenarioError(_definition.File, at, message));

    SimWorld World => _ship.World;

    void BuildAll()
    {
        var air = World.Air();
        air.OutsideLevel = _definition.Outside;
        if (_definition.Grids.Count == 0)
            Error(new Mark(1, 1), "the scenario has no grid");
        var scripts = new List<(SimProgrammableBlock Pb, ScriptRef Script, Mark At)>();
        foreach (var def in _definition.Grids)
        {
            if (_ship.Grids.ContainsKey(def.Name))
            {
                Error(def.At, $"a second grid named '{def.Name}'");
                continue;
            }
            var grid = World.AddGrid(def.Name);
            grid.Powered = def.Powered;
            _ship.Grids[def.Name] = grid;
            foreach (var room in def.Rooms)
            {
                if (_ship.Rooms.ContainsKey(room.Name))
                    Error(room.At, $"a second room named '{room.Name}' (room names are unique across the ship)");
                else
                    _ship.Rooms[room.Name] = air.AddRoom(room.Name, room.VolumeM3, room.Oxygen);
            }
            foreach (var tank in def.Tanks)
                Register(new SimGasTank(grid, tank.Name, Network(grid), SimGasTank.LargeOxygenTankLitres, tank.Filled * SimGasTank.LargeOxygenTankLitres), tank.At);
            foreach (var pb in def.ProgrammableBlocks)
            {
                var customData = pb.Rank is { } rank ? $"[failover]\nid={_definition.FailoverId}\nrank={rank}\n" + pb.CustomData : pb.CustomData;
                var block = new SimProgrammableBlock(grid, pb.Name) { CustomData = customData, Enabled = pb.Enabled };
                Register(block, pb.At);
                _ship.Nodes.Add(block);
                scripts.Add((block, pb.Script ?? _definition.Script, pb.At));
            }
        }
        // Airlocks and other blocks after every grid's rooms exist; toolbars after every block exists.
        var toolbars = new List<Action>();
        foreach (var def in _definition.Grids)
        {
            if (!_ship.Grids.TryGetValue(def.Name, out var grid) || grid.World != World)
                continue;
            foreach (var airlock in def.Airlocks)
                BuildAirlock(grid, def, airlock, toolbars);
            foreach (var block in def.Blocks)
                BuildBlock(grid, block, toolbars);
        }
        foreach (var wire in toolbars)
            wire();
        foreach (var def in _definition.Grids)
        {
            if (def.DockedTo == null)
                continue;
            if (!_ship.Grids.TryGetValue(def.DockedTo, out var other))
                Error(def.DockedToAt, $"docked_to: no grid named '{def.DockedTo}'");
            else if (_ship.Grids.TryGetValue(def.Name, out var grid) && grid != other)
                World.Topology.Dock(grid, other);
        }
        if (_errors.Count > 0)
            return;
        var cache = new Dictionary<ScriptRef, string?>();
        foreach (var (pb, script, at) in scripts)
        {
            if (!cache.TryGetValue(script, out var text))
                cache[script] = text = LoadScript(script, at);
            if (text == null)
                continue;
            pb.LoadScript(text);
            if (pb.Image is { Success: false } image)
                Error(script.At == default ? at : script.At, $"the script {script} of '{pb.CustomName}' does not compile:\n  " + string.Join("\n  ", image.Errors));
        }
    }

    ConveyorNetwork Network(SimGrid grid)
    {
        if (!_networks.TryGetValue(grid, out var network))
            _networks[grid] = network = World.Air().AddNetwork(grid.CustomName + " O2");
        return network;
    }

    void Register(SimBlock block, Mark at)
    {
        var full = block.Grid.CustomName + "/" + block.CustomName;
        if (_ship.Named.TryGetValue(full, out _))
        {
            Error(at, $"a second block named '{block.CustomName}' on grid '{block.Grid.CustomName}'");
            return;
        }
        _ship.Named[full] = block;
        if (_ship.Ambiguous.Contains(block.CustomName))
            return;
        if (_ship.Named.Remove(block.CustomName))
            _ship.Ambiguous.Add(block.CustomName);
        else
            _ship.Named[block.CustomName] = block;
    }

    Room? RoomNamed(string? name, Mark at, string what)
    {
        if (name == null)
            return null;
        if (_ship.Rooms.TryGetValue(name, out var room))
            return room;
        Error(at, $"{what}: no room named '{name}' (rooms: {string.Join(", ", _ship.Rooms.Keys)})");
        return null;
    }

    void BuildAirlock(SimGrid grid, GridDef gridDef, AirlockDef def, List<Action> toolbars)
    {
        var name = def.Group;
        var inside = def.Inside != null ? RoomNamed(def.Inside, def.At, "inside") : gridDef.Rooms.Count > 0 ? _ship.Rooms.GetValueOrDefault(gridDef.Rooms[0].Name) : null;
        if (inside == null && def.Inside == null)
        {
            Error(def.At, $"{name}: its grid has no room for the inner door to open into: add rooms: or inside:");
            return;
        }
        var outsideRoom = RoomNamed(def.OutsideRoom, def.At, "outside_room");
        // The chamber is a room named after the airlock ("Grid/Airlock N" when another grid has one of that name).
        var roomName = _ship.Rooms.ContainsKey(name) ? grid.CustomName + "/" + name : name;
        if (_ship.Rooms.ContainsKey(roomName))
        {
            Error(def.At, $"{name}: a room named '{roomName}' exists already");
            return;
        }
        var chamber = World.Air().AddRoom(roomName, def.VolumeM3, def.Oxygen);
        _ship.Rooms[roomName] = chamber;
        var kind = def.DoorKind switch { "sliding" => DoorKind.Sliding, "hangar" => DoorKind.AirtightHangar, _ => DoorKind.Basic };
        var members = new List<SimBlock>();
        SimDoor MakeDoor(string side, int index, int count, Room? other)
        {
            var label = def.SideInCustomData ? $"{name} Door {(side == "inner" ? "A" : "B")}" : $"{name} {(side == "inner" ? "Inner" : "Outer")} Door";
            var door = SimDoor.Create(grid, count > 1 ? $"{label} {index + 1}" : label, kind);
            if (def.SideInCustomData)
                door.CustomData = $"[airlock]\nside={side}\n";
            door.ConnectRooms(chamber, other);
            Register(door, def.At);
            members.Add(door);
            return door;
        }
        var inner = Enumerable.Range(0, def.InnerDoors).Select(i => MakeDoor("inner", i, def.InnerDoors, inside)).ToList();
        var outer = Enumerable.Range(0, def.OuterDoors).Select(i => MakeDoor("outer", i, def.OuterDoors, outsideRoom)).ToList();
        var vents = new List<SimAirVent>();
        if (def.Vent)
        {
            var vent = new SimAirVent(grid, name + " Vent", chamber, Network(grid));
            Register(vent, def.At);
            members.Add(vent);
            vents.Add(vent);
        }
        for (var i = 0; i < def.Lights; i++)
        {
            var light = new SimInteriorLight(grid, def.Lights > 1 ? $"{name} Light {i + 1}" : name + " Light");
            Register(light, def.At);
            members.Add(light);
        }
        var screens = new List<SimTextPanel>();
        if (def.Lcd)
        {
            var lcd = new SimTextPanel(grid, name + " LCD") { ContentType = VRage.Game.GUI.TextPanel.ContentType.TEXT_AND_IMAGE };
            Register(lcd, def.At);
            members.Add(lcd);
            screens.Add(lcd);
        }
        if (def.Sound)
        {
            var sound = new SimSoundBlock(grid, name + " Sound");
            Register(sound, def.At);
            members.Add(sound);
        }
        if (def.Timer)
        {
            var timer = new SimTimerBlock(grid, name + " Timer");
            Register(timer, def.At);
            members.Add(timer);
            // Timers cannot tell which block is active: every programmable block of the grid is told.
            toolbars.Add(() =>
            {
                foreach (var pb in _ship.Nodes.Where(n => n.Grid == grid))
                    timer.Toolbar.Add(pb, "Run", "cycle " + name);
            });
            if (def.Buttons)
                foreach (var side in new[] { "Inside", "Outside" })
                {
                    var button = new SimButtonPanel(grid, $"{name} {side} Button", buttonCount: 1);
                    button.Button(0).Add(timer, "TriggerNow");
                    Register(button, def.At);
                    members.Add(button);
                }
        }
        foreach (var block in members)
            World.AddToGroup(name, block);
        _ship.Airlocks.Add(new AirlockView(name, grid.CustomName, chamber, inner, outer, vents, screens));
    }

    void BuildBlock(SimGrid grid, BlockDef def, List<Action> toolbars)
    {
        SimBlock block;
        switch (def.Type)
        {
            case "lcd":
                // Set up as a player sets up a display: "Text and images", so what scripts write is shown.
                block = new SimTextPanel(grid, def.Name) { ContentType = VRage.Game.GUI.TextPanel.ContentType.TEXT_AND_IMAGE };
                break;
            case "light":
                block = new SimInteriorLight(grid, def.Name);
                break;
            case "sound":
                block = new SimSoundBlock(grid, def.Name);
                break;
            case "vent":
                block = new SimAirVent(grid, def.Name, RoomNamed(def.Room, def.At, "room"), Network(grid));
                break;
            case "door":
                var room = RoomNamed(def.Room, def.At, "room");
                var door = SimDoor.Create(grid, def.Name, def.DoorKind switch { "sliding" => DoorKind.Sliding, "hangar" => DoorKind.AirtightHangar, _ => DoorKind.Basic }, def.Open);
                if (room != null)
                    door.ConnectRooms(room, RoomNamed(def.OtherRoom, def.At, "other_room"));
                else if (def.Room == null)
                    Error(def.At, $"door '{def.Name}' needs room: (and other_room:, or none for outside)");
                block = door;
                break;
            case "timer":
                var timer = new SimTimerBlock(grid, def.Name) { TriggerDelay = (float)def.Delay };
                toolbars.Add(() => Wire(grid, timer.Toolbar, def.Actions));
                block = timer;
                break;
            default: // button
                var panel = new SimButtonPanel(grid, def.Name, buttonCount: Math.Max(1, def.Buttons.Count));
                toolbars.Add(() =>
                {
                    for (var i = 0; i < def.Buttons.Count; i++)
                        Wire(grid, panel.Button(i), def.Buttons[i]);
                });
                block = panel;
                break;
        }
        block.CustomData = def.CustomData;
        Register(block, def.At);
        if (def.Group != null)
            World.AddToGroup(def.Group, block);
    }

    void Wire(SimGrid grid, SimToolbar toolbar, List<ActionDef> actions)
    {
        foreach (var action in actions)
        {
            if (action.Kind is "run" or "run_default" && action.Target == "all")
            {
                foreach (var pb in _ship.Nodes.Where(n => n.Grid == grid))
                    toolbar.Add(pb, action.Kind == "run" ? "Run" : "RunWithDefaultArgument", action.Argument);
                continue;
            }
            var target = Resolve(action.Target, action.At);
            if (target == null)
                continue;
            var id = action.Kind switch
            {
                "run" => "Run",
                "run_default" => "RunWithDefaultArgument",
                "trigger" => "TriggerNow",
                "start" => "Start",
                "stop" => "Stop",
                _ => action.ActionId!,
            };
            if (target.Action(id) == null)
                Error(action.At, $"'{target.CustomName}' has no toolbar action '{id}'");
            else
                toolbar.Add(target, id, action.Argument);
        }
    }

    SimBlock? Resolve(string name, Mark at)
    {
        if (_ship.Find(name) is { } block)
            return block;
        Error(at, _ship.WhyNot(name) ?? $"no block named '{name}'");
        return null;
    }

    string? LoadScript(ScriptRef script, Mark at)
    {
        var where = script.At == default ? at : script.At;
        try
        {
            switch (script.Kind)
            {
                case ScriptRefKind.Text:
                    return script.Value;
                case ScriptRefKind.Catalog:
                    return script.Value == "FailoverProbe" ? ScriptCatalog.FailoverProbe : ScriptCatalog.RedundantAirlock;
                default:
                    var path = FindScriptFile(script.Value);
                    if (path == null)
                    {
                        Error(where, $"script file not found: {script.Value} (looked beside the scenario and in the repository)");
                        return null;
                    }
                    return path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) ? ScriptCatalog.Pack(path) : File.ReadAllText(path);
            }
        }
        catch (Exception e) when (e is PackException or IOException or UnauthorizedAccessException)
        {
            Error(where, $"script {script}: {e.Message}");
            return null;
        }
    }

    string? FindScriptFile(string value)
    {
        if (Path.IsPathRooted(value))
            return File.Exists(value) ? value : null;
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_definition.File)) ?? ".", value);
        if (File.Exists(beside))
            return beside;
        try
        {
            var inRepository = Path.Combine(ScriptCatalog.RepositoryRoot(), value);
            return File.Exists(inRepository) ? inRepository : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
