using ShipSim.World.Blocks;
using ShipSim.World.Core;
using ShipSim.World.Physics;
using ShipSim.World.Testing;

namespace ShipSim.World.Tests;

/// <summary>
/// Small air worlds for the door and vent tests, on the scripters' bench (<see cref="TestShip"/>): one ship, its
/// oxygen network with one tank, and chambers with a vent and a door to outside.
/// </summary>
sealed class AirRig
{
    /// <summary>Two large-grid blocks of air: 2 x 15.625 m3.</summary>
    public const double ChamberVolume = 31.25;

    public AirRig(long seed = 1, double tankCapacity = 100_000, double tankFilled = 50_000)
    {
        Bench = new TestShip(seed);
        Tank = Bench.OxygenTank("O2 Tank", tankFilled / tankCapacity, tankCapacity);
    }

    public TestShip Bench { get; }
    public SimWorld World => Bench.World;
    public SimGrid Ship => Bench.Grid;
    public AirSystem Air => Bench.Air;
    public ConveyorNetwork Network => Bench.OxygenNetwork;
    public SimGasTank Tank { get; }

    /// <summary>A chamber with a vent and a basic door to Outside.</summary>
    public (Room Chamber, SimAirVent Vent, SimDoor Outer) Chamber(double level, string name = "Chamber")
    {
        var chamber = Bench.Room(name, ChamberVolume, level);
        return (chamber, Bench.AirVent(name + " Vent", chamber), Bench.Door(name + " Outer Door", chamber));
    }

    /// <summary>Steps until the condition holds; returns the ticks it took. Fails after the limit.</summary>
    public int RunUntil(Func<bool> condition, int limit = 10_000) => World.RunUntil(condition, limit);
}
