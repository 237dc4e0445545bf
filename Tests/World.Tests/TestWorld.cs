using ShipSim.World.Core;

namespace ShipSim.World.Tests;

/// <summary>Small worlds for tests.</summary>
static class TestWorld
{
    public static (SimWorld World, SimGrid Ship) Ship(long seed = 1)
    {
        var world = new SimWorld(seed);
        return (world, world.AddGrid("Ship"));
    }
}
