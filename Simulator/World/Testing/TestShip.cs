using ShipSim.Toolchain.Packing;
using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Observation;
using ShipSim.World.Physics;

namespace ShipSim.World.Testing;

/// <summary>
/// The test bench for scripters (docs/testing-your-script.md): a ship built in a few lines around the script under
/// test, stepped in game time. One grid in vacuum, powered; rooms of air, doors between them or to outside, air
/// vents and oxygen tanks on the ship's one conveyor network, LCDs, timers, button panels, and programmable blocks
/// running a script text or an MDK2 project packed the way MDK2 packs it.
/// Everything it builds is a plain simulator object (<see cref="SimDoor"/>, <see cref="SimProgrammableBlock"/>
/// ...) that scripts see through the game's interfaces and a test can inspect and drive; any block class of
/// Simulator/World/Blocks can be added beside them with <c>new SimXxx(ship.Grid, "Name")</c>. The same seed gives
/// the same run, tick for tick.
/// </summary>
public sealed class TestShip
{
    readonly List<RunRecord> _runs = [];
    ConveyorNetwork? _oxygen;

    /// <param name="seed">Decides every random choice of the world (update slots of scripts and vents).</param>
    /// <param name="gridName">The grid's name, as scripts read it from CubeGrid.CustomName.</param>
    public TestShip(long seed = 1, string gridName = "Ship")
    {
        World = new SimWorld(seed);
        Grid = World.AddGrid(gridName);
        World.RunCompleted += _runs.Add;
    }

    public SimWorld World { get; }

    /// <summary>The ship's grid; <c>Grid.Powered = false</c> cuts its power.</summary>
    public SimGrid Grid { get; }

    /// <summary>The air of the world: rooms, tanks, what was lost to vacuum (<see cref="AirSystem.TotalLostToVacuum"/>,
    /// <see cref="AirSystem.Losses"/>).</summary>
    public AirSystem Air => World.Air();

    /// <summary>Every script run so far, in order: block, tick, update type, argument, instructions, outcome.</summary>
    public IReadOnlyList<RunRecord> Runs => _runs;

    // --- Air -----------------------------------------------------------------------------------------------

    /// <summary>An enclosed room of <paramref name="volumeM3"/> cubic metres (a large block holds 15.625), full of
    /// air unless <paramref name="oxygenLevel"/> (0..1) says otherwise. Names are unique.</summary>
    public Room Room(string name, double volumeM3, double oxygenLevel = 1.0) => Air.AddRoom(name, volumeM3, oxygenLevel);

    /// <summary>The oxygen level outside the ship: 0 (vacuum, the default) or a planet's air.</summary>
    public double OutsideOxygenLevel
    {
        get => Air.OutsideLevel;
        set => Air.OutsideLevel = value;
    }

    /// <summary>The ship's conveyor network, which every vent and tank of the bench is on.</summary>
    public ConveyorNetwork OxygenNetwork => _oxygen ??= Air.AddNetwork(Grid.CustomName + " O2");

    // --- Blocks --------------------------------------------------------------------------------------------

    /// <summary>A door between <paramref name="room"/> and <paramref name="otherRoom"/>, or outside when that is
    /// null. Closed (and airtight) unless <paramref name="open"/>.</summary>
    public SimDoor Door(string name, Room room, Room? otherRoom = null, DoorKind kind = DoorKind.Basic, bool open = false)
    {
        var door = SimDoor.Create(Grid, name, kind, open);
        door.ConnectRooms(room, otherRoom);
        return door;
    }

    /// <summary>An air vent facing <paramref name="room"/> (null: it faces no enclosed room), on the ship's network.</summary>
    public SimAirVent AirVent(string name, Room? room) => new(Grid, name, room, OxygenNetwork);

    /// <summary>An oxygen tank on the ship's network, <paramref name="filledRatio"/> full (0..1).</summary>
    public SimGasTank OxygenTank(string name, double filledRatio = 0.5, double capacityLitres = SimGasTank.LargeOxygenTankLitres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(filledRatio);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filledRatio, 1.0);
        return new SimGasTank(Grid, name, OxygenNetwork, capacityLitres, filledRatio * capacityLitres);
    }

    /// <summary>An LCD panel; what a player sees on it is <c>lcd.Surface.Shown</c>, what scripts wrote
    /// <c>lcd.GetText()</c>.</summary>
    public SimTextPanel Lcd(string name, string customData = "", bool wide = false) =>
        new(Grid, name, wide) { CustomData = customData };

    /// <summary>A timer block with its delay; add actions to <c>timer.Toolbar</c>, e.g.
    /// <c>timer.Toolbar.Add(pb, "Run", "cycle")</c>.</summary>
    public SimTimerBlock Timer(string name, float delaySeconds = 1f) => new(Grid, name) { TriggerDelay = delaySeconds };

    /// <summary>A button panel; add actions to <c>panel.Button(i)</c> and press with <c>panel.Press(i)</c>.</summary>
    public SimButtonPanel ButtonPanel(string name, int buttons = 1) => new(Grid, name, buttons);

    /// <summary>A programmable block running <paramref name="script"/> (the text a player pastes): its Custom
    /// Data is set, then the script compiles as the game compiles it and its constructor runs.</summary>
    /// <exception cref="ArgumentException">The script does not compile; the message lists the errors with the
    /// script's line numbers.</exception>
    public SimProgrammableBlock ProgrammableBlock(string name, string script, string customData = "")
    {
        var pb = new SimProgrammableBlock(Grid, name) { CustomData = customData };
        pb.LoadScript(script);
        if (pb.Image is { Success: false } image)
            throw new ArgumentException($"The script of '{name}' does not compile:\n" + string.Join("\n", image.Errors), nameof(script));
        return pb;
    }

    /// <summary>A programmable block running an MDK2 script project, packed as MDK2 packs it (see
    /// <see cref="PackProject"/>).</summary>
    public SimProgrammableBlock ProgrammableBlockFromProject(string name, string projectFile, string customData = "",
        PackConfiguration configuration = PackConfiguration.Release) =>
        ProgrammableBlock(name, PackProject(projectFile, configuration), customData);

    /// <summary>
    /// Packs an MDK2 script project (its .csproj) into the script a player pastes. A relative path is looked for
    /// from the current directory and each folder above the test's output folder, so a test can name its project
    /// from the solution's folder: <c>"MyScript/MyScript.csproj"</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">No such project file.</exception>
    /// <exception cref="PackException">The project does not pack (what MDK2 would refuse, with the reason).</exception>
    public static string PackProject(string projectFile, PackConfiguration configuration = PackConfiguration.Release) =>
        Packer.Pack(ScriptProject.Load(FindFile(projectFile)), configuration).Script;

    static string FindFile(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
            return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"No project file {path}", path);
        for (var dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, path);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"No project file {path} in the current directory or above {AppContext.BaseDirectory}", path);
    }

    /// <summary>Puts blocks in a terminal group (GetBlockGroupWithName finds it).</summary>
    public void Group(string groupName, params SimBlock[] blocks)
    {
        foreach (var block in blocks)
            World.AddToGroup(groupName, block);
    }

    // --- Time ----------------------------------------------------------------------------------------------

    /// <summary>One tick (1/60 s of game time): faults, messages, blocks, air, scripts, in that order.</summary>
    public void Step() => World.Step();

    public void Run(long ticks) => World.Run(ticks);

    public void RunSeconds(double seconds) => World.RunSeconds(seconds);

    /// <summary>Steps until <paramref name="condition"/> holds (checked after every tick) and returns the ticks it
    /// took.</summary>
    /// <exception cref="TimeoutException">Not within <paramref name="timeoutSeconds"/> of game time.</exception>
    public int RunUntil(Func<bool> condition, double timeoutSeconds = 60) =>
        World.RunUntil(condition, (long)Math.Round(timeoutSeconds * SimWorld.TicksPerSecond));
}
