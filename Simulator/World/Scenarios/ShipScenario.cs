using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Physics;

namespace ShipSim.World.Scenarios;

/// <summary>The shape of a standard test ship: how many programmable blocks run the script, how many airlocks.</summary>
public sealed record ShipSpec(int ProgrammableBlocks = 3, int Airlocks = 2)
{
    public const string FailoverId = "ship";

    /// <summary>Ship interior: a small corvette's worth of pressurized rooms (32 large blocks of air).</summary>
    public const double InteriorVolumeM3 = 500;

    /// <summary>An airlock chamber: two large blocks of air (2 x 15.625 m3).</summary>
    public const double ChamberVolumeM3 = 31.25;

    /// <summary>Oxygen in the ship's tank at the start: half of one large tank.</summary>
    public const double TankFilledLitres = SimGasTank.LargeOxygenTankLitres / 2;
}

/// <summary>One airlock of the standard ship: a chamber between the interior and outside, a door on each side,
/// a vent in the chamber, the timer whose toolbar runs every programmable block with the airlock's command, and a
/// button panel on each side that starts that timer.</summary>
public sealed record ShipAirlock(
    string Name,
    Room Chamber,
    SimDoor InnerDoor,
    SimDoor OuterDoor,
    SimAirVent Vent,
    SimTimerBlock Timer,
    SimButtonPanel InsideButton,
    SimButtonPanel OutsideButton)
{
    /// <summary>The argument the airlock's timer passes to every programmable block.</summary>
    public string Command => "cycle " + Name;
}

/// <summary>
/// The standard ship the tools and tests use: one grid in vacuum, several programmable blocks running the same
/// script with ranks 0..N-1 in their Custom Data, a pressurized interior, one oxygen tank, and the airlocks of
/// <see cref="ShipSpec"/>. Each airlock is laid out as a player builds one: blocks named
/// "Airlock N Inner Door", "... Outer Door", "... Vent", "... Timer", "... Inside Button", "... Outside Button",
/// all in the group "Airlock N"; the timer's toolbar holds "Run" on every programmable block with the argument
/// "cycle Airlock N" (timers cannot tell which block is active, so every block is told). Both doors start closed
/// and the chamber pressurized. Everything random comes from the world's seed.
/// </summary>
public sealed class ShipScenario
{
    ShipScenario(SimWorld world, SimGrid grid)
    {
        World = world;
        Grid = grid;
        Air = world.Air();
        Interior = Air.AddRoom("Interior", ShipSpec.InteriorVolumeM3, level: 1.0);
        OxygenNetwork = Air.AddNetwork("Ship O2");
        OxygenTank = new SimGasTank(grid, "Oxygen Tank", OxygenNetwork, filledLitres: ShipSpec.TankFilledLitres);
    }

    public SimWorld World { get; }
    public SimGrid Grid { get; }
    public AirSystem Air { get; }
    public Room Interior { get; }
    public ConveyorNetwork OxygenNetwork { get; }
    public SimGasTank OxygenTank { get; }
    public List<SimProgrammableBlock> Nodes { get; } = [];
    public List<ShipAirlock> Airlocks { get; } = [];

    public static ShipScenario Build(long seed, string script, ShipSpec spec)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(spec.ProgrammableBlocks);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.Airlocks);
        var world = new SimWorld(seed);
        var scenario = new ShipScenario(world, world.AddGrid("Ship"));
        for (var rank = 0; rank < spec.ProgrammableBlocks; rank++)
        {
            scenario.Nodes.Add(new SimProgrammableBlock(scenario.Grid, $"PB Airlock {rank + 1}")
            {
                CustomData = $"[failover]\nid={ShipSpec.FailoverId}\nrank={rank}\n",
            });
        }
        for (var number = 1; number <= spec.Airlocks; number++)
            scenario.Airlocks.Add(scenario.BuildAirlock($"Airlock {number}"));
        foreach (var pb in scenario.Nodes)
            pb.LoadScript(script);
        return scenario;
    }

    ShipAirlock BuildAirlock(string name)
    {
        var chamber = Air.AddRoom(name, ShipSpec.ChamberVolumeM3, level: 1.0);
        var inner = new SimDoor(Grid, name + " Inner Door");
        inner.ConnectRooms(chamber, Interior);
        var outer = new SimDoor(Grid, name + " Outer Door");
        outer.ConnectRooms(chamber, null);
        var vent = new SimAirVent(Grid, name + " Vent", chamber, OxygenNetwork);
        var timer = new SimTimerBlock(Grid, name + " Timer");
        var inside = new SimButtonPanel(Grid, name + " Inside Button", buttonCount: 1);
        var outside = new SimButtonPanel(Grid, name + " Outside Button", buttonCount: 1);
        var airlock = new ShipAirlock(name, chamber, inner, outer, vent, timer, inside, outside);

        foreach (var pb in Nodes)
            timer.Toolbar.Add(pb, "Run", airlock.Command);
        inside.Button(0).Add(timer, "TriggerNow");
        outside.Button(0).Add(timer, "TriggerNow");
        foreach (SimBlock block in new SimBlock[] { inner, outer, vent, timer, inside, outside })
            World.AddToGroup(name, block);
        return airlock;
    }
}
