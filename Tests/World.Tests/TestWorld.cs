using ShipSim.World.Core;
using ShipSim.World.Testing;

namespace ShipSim.World.Tests;

/// <summary>Small worlds for tests.</summary>
static class TestWorld
{
    /// <summary>A world with one powered grid "Ship" (the scripters' bench, <see cref="TestShip"/>).</summary>
    public static (SimWorld World, SimGrid Ship) Ship(long seed = 1)
    {
        var bench = new TestShip(seed);
        return (bench.World, bench.Grid);
    }
}
