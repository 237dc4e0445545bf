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

    /// <summary>Steps until the condition holds; returns the ticks it took. Fails after the limit.</summary>
    public static int StepsUntil(this SimWorld world, Func<bool> condition, int limit = 10_000)
    {
        for (var i = 1; i <= limit; i++)
        {
            world.Step();
            if (condition())
                return i;
        }
        throw new Xunit.Sdk.XunitException($"condition not met within {limit} ticks");
    }
}
