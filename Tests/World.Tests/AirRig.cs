using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Physics;

namespace ShipSim.World.Tests;

/// <summary>
/// Small air worlds for the door and vent tests: one ship, its air, one oxygen network with one tank, and
/// helpers to run until something happens.
/// </summary>
sealed class AirRig
{
    /// <summary>Two large-grid blocks of air: 2 x 15.625 m3.</summary>
    public const double ChamberVolume = 31.25;

    public AirRig(long seed = 1, double tankCapacity = 100_000, double tankFilled = 50_000)
    {
        World = new SimWorld(seed);
        Ship = World.AddGrid("Ship");
        Air = World.Air();
        Network = Air.AddNetwork("Ship O2");
        Tank = new SimGasTank(Ship, "O2 Tank", Network, tankCapacity, tankFilled);
    }

    public SimWorld World { get; }
    public SimGrid Ship { get; }
    public AirSystem Air { get; }
    public ConveyorNetwork Network { get; }
    public SimGasTank Tank { get; }

    /// <summary>A chamber with a vent and a basic door to Outside.</summary>
    public (Room Chamber, SimAirVent Vent, SimDoor Outer) Chamber(double level, string name = "Chamber")
    {
        var chamber = Air.AddRoom(name, ChamberVolume, level);
        var vent = new SimAirVent(Ship, name + " Vent", chamber, Network);
        var outer = new SimDoor(Ship, name + " Outer Door");
        outer.ConnectRooms(chamber, null);
        return (chamber, vent, outer);
    }

    /// <summary>Steps until the condition holds; returns the ticks it took. Fails after the limit.</summary>
    public int RunUntil(Func<bool> condition, int limit = 10_000) => World.StepsUntil(condition, limit);
}
