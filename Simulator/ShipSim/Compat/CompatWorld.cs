using ShipSim.World.Blocks;
using ShipSim.World.Core;
using VRage;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.Cli.Compat;

/// <summary>
/// The small world a corpus script runs in: one large grid with the script's programmable block, the standard
/// ship's blocks (a bit of everything a player builds, named as the game names new blocks) unless the entry
/// switches them off, and the blocks (some on rotor or piston subgrids), groups, rooms and Custom Data the entry asks for.
/// </summary>
public static class CompatWorld
{
    /// <summary>The standard ship: game type, how many, and what the test puts in or sets.</summary>
    static readonly (string Type, int Count)[] StandardShip =
    [
        ("Cockpit", 1), ("RemoteControl", 1), ("Thrust", 6), ("Gyro", 2), ("BatteryBlock", 2), ("Reactor", 1),
        ("SolarPanel", 1), ("CargoContainer", 2), ("ShipConnector", 1), ("MergeBlock", 1), ("LandingGear", 2),
        ("TextPanel", 2), ("CameraBlock", 1), ("RadioAntenna", 1), ("Beacon", 1), ("SensorBlock", 1), ("TimerBlock", 1),
        ("InteriorLight", 2), ("ReflectorLight", 1), ("SoundBlock", 1), ("Door", 1), ("AirVent", 1), ("OxygenTank", 2),
        ("OxygenGenerator", 1), ("Refinery", 1), ("Assembler", 1), ("Drill", 1), ("ShipWelder", 1), ("ShipGrinder", 1),
        ("ExtendedPistonBase", 1), ("MotorStator", 1), ("MotorAdvancedStator", 1), ("Projector", 1),
        ("LargeGatlingTurret", 1), ("LargeMissileTurret", 1), ("SmallGatlingGun", 1), ("SmallMissileLauncher", 1),
        ("Warhead", 1), ("JumpDrive", 1), ("OreDetector", 1), ("GravityGenerator", 1), ("ConveyorSorter", 1),
    ];

    static readonly Base6Directions.Direction[] ThrustDirections =
    [
        Base6Directions.Direction.Forward, Base6Directions.Direction.Backward, Base6Directions.Direction.Left,
        Base6Directions.Direction.Right, Base6Directions.Direction.Up, Base6Directions.Direction.Down,
    ];

    public static SimProgrammableBlock Build(SimWorld world, CompatEntry entry, string script)
    {
        var spec = entry.World ?? new WorldSpec();
        var grid = world.AddGrid("Corpus Ship");
        if (spec.NaturalGravity is { Count: 3 } g)
            world.NaturalGravity = new Vector3D(g[0], g[1], g[2]);
        else if (spec.NaturalGravity != null)
            throw new InvalidDataException($"{entry.Id}: naturalGravity needs three numbers (x, y, z)");
        var cells = 0;
        Vector3I NextCell() => new(cells % 16, cells / 16 % 16, cells++ / 256);

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        string GameName(string display)
        {
            var n = names.GetValueOrDefault(display) + 1;
            names[display] = n;
            return n == 1 ? display : display + " " + n;
        }

        var pb = new SimProgrammableBlock(grid, spec.ProgrammableBlockName ?? "Programmable block");
        pb.Place(NextCell(), MyBlockOrientation.Identity);
        pb.CustomData = spec.CustomData ?? "";

        if (spec.StandardShip)
        {
            foreach (var (type, count) in StandardShip)
                for (var i = 0; i < count; i++)
                {
                    var block = SimBlockFactory.Create(grid, type, "");
                    block.CustomName = GameName(block.DefinitionDisplayNameText);
                    Place(block, NextCell(), type == "Thrust" ? ThrustDirections[i % ThrustDirections.Length] : null);
                }
        }

        var subgridCells = new Dictionary<SimGrid, int>();
        foreach (var b in spec.Blocks ?? [])
        {
            var host = b.On == null ? grid : TopGrid(world, entry, b.On);
            var block = SimBlockFactory.Create(host, b.Type, b.Name, b.Subtype);
            if (host == grid)
                Place(block, NextCell(), null);
            else
            {
                var n = subgridCells.GetValueOrDefault(host) + 1;
                subgridCells[host] = n;
                Place(block, new Vector3I(n, 0, 0), null);
            }
            block.CustomData = b.CustomData ?? "";
        }

        foreach (var (group, members) in spec.Groups ?? new Dictionary<string, IReadOnlyList<string>>())
            foreach (var member in members)
                world.AddToGroup(group, Named(world, entry, member, $"group '{group}'"));

        Stock(world);
        BuildRooms(world, entry, spec.Rooms ?? []);
        pb.LoadScript(script);
        return pb;
    }

    static SimBlock Named(SimWorld world, CompatEntry entry, string name, string what) =>
        world.Blocks.FirstOrDefault(b => b.CustomName == name)
            ?? throw new InvalidDataException($"{entry.Id}: {what} names a block '{name}' the world does not have");

    static SimGrid TopGrid(SimWorld world, CompatEntry entry, string name) =>
        Named(world, entry, name, "'on'") is SimMechanicalBlock { TopGrid: SimGrid top } ? top
            : throw new InvalidDataException($"{entry.Id}: '{name}' is not a rotor, hinge, piston or suspension with a top part");

    /// <summary>Rooms with their vents, then the doors between them (a door to a room listed later is fine).</summary>
    static void BuildRooms(SimWorld world, CompatEntry entry, IReadOnlyList<RoomSpec> rooms)
    {
        if (rooms.Count == 0)
            return;
        var air = world.Air();
        var built = new Dictionary<string, ShipSim.World.Physics.Room>(StringComparer.Ordinal);
        foreach (var room in rooms)
        {
            var r = air.Atmosphere.AddRoom(room.Name, room.Volume, room.Level);
            built[room.Name] = r;
            foreach (var vent in room.Vents ?? [])
                (Named(world, entry, vent, $"room '{room.Name}'") as SimAirVent
                    ?? throw new InvalidDataException($"{entry.Id}: '{vent}' is not an air vent")).Room = r;
        }
        foreach (var room in rooms)
            foreach (var (door, other) in room.Doors ?? new Dictionary<string, string?>())
            {
                var target = other == null ? null
                    : built.GetValueOrDefault(other) ?? throw new InvalidDataException($"{entry.Id}: door '{door}' leads to a room '{other}' not listed");
                (Named(world, entry, door, $"room '{room.Name}'") as SimDoor
                    ?? throw new InvalidDataException($"{entry.Id}: '{door}' is not a door")).ConnectRooms(built[room.Name], target);
            }
    }

    // Position and orientation are init-only on blocks built directly; the factory builds first, so set them here.
    static void Place(SimBlock block, Vector3I cell, Base6Directions.Direction? forward)
    {
        block.Place(cell, forward is { } f
            ? new MyBlockOrientation(f, Base6Directions.GetAxis(f) == Base6Directions.Axis.UpDown ? Base6Directions.Direction.Forward : Base6Directions.Direction.Up)
            : MyBlockOrientation.Identity);
    }

    /// <summary>Fuel, ice, ore, ingots and components, so that inventory and production scripts have something to count.</summary>
    static void Stock(SimWorld world)
    {
        foreach (var reactor in world.BlocksOf<SimReactor>())
            reactor.Fuel.Add(SimReactor.Uranium, 50);
        foreach (var generator in world.BlocksOf<SimGasGenerator>())
            generator.Inventories[0].Add(SimGasGenerator.Ice, 500);
        var cargo = world.BlocksOf<SimCargoContainer>().FirstOrDefault();
        if (cargo == null)
            return;
        (MyItemType Type, MyFixedPoint Amount)[] stock =
        [
            (MyItemType.MakeOre("Iron"), 5000), (MyItemType.MakeOre("Ice"), 2000), (MyItemType.MakeIngot("Iron"), 3000),
            (MyItemType.MakeIngot("Silicon"), 500), (MyItemType.MakeComponent("SteelPlate"), 400),
            (MyItemType.MakeComponent("Construction"), 200), (MyItemType.MakeComponent("Motor"), 40),
            (MyItemType.MakeAmmo("NATO_25x184mm"), 20), (MyItemType.MakeAmmo("Missile200mm"), 10),
        ];
        foreach (var (type, amount) in stock)
            cargo.Cargo.Add(type, amount);
        foreach (var battery in world.BlocksOf<SimBatteryBlock>())
            battery.SetStored(battery.MaxStoredPower * 0.8f);
        foreach (var tank in world.BlocksOf<SimGasTank>())
            tank.Fill(0.5);
    }
}
