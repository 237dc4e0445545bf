using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.World.Scenarios;

/// <summary>The shape of a standard test ship: how many programmable blocks run the script, how many airlocks.</summary>
public sealed record ShipSpec(int ProgrammableBlocks = 3, int Airlocks = 2)
{
    public const string FailoverId = "ship";
}

/// <summary>
/// The standard ship the tools and tests use: one grid, several programmable blocks running the same script
/// with ranks 0..N-1 in their Custom Data, and airlocks (see <see cref="Airlocks"/>). Everything random comes
/// from the world's seed.
/// </summary>
public sealed class ShipScenario
{
    ShipScenario(SimWorld world, SimGrid grid)
    {
        World = world;
        Grid = grid;
    }

    public SimWorld World { get; }
    public SimGrid Grid { get; }
    public List<SimProgrammableBlock> Nodes { get; } = [];

    public static ShipScenario Build(long seed, string script, ShipSpec spec)
    {
        var world = new SimWorld(seed);
        var scenario = new ShipScenario(world, world.AddGrid("Ship"));
        for (var rank = 0; rank < spec.ProgrammableBlocks; rank++)
        {
            var pb = new SimProgrammableBlock(scenario.Grid, $"PB Airlock {rank + 1}")
            {
                CustomData = $"[failover]\nid={ShipSpec.FailoverId}\nrank={rank}\n",
            };
            scenario.Nodes.Add(pb);
        }
        foreach (var pb in scenario.Nodes)
            pb.LoadScript(script);
        return scenario;
    }
}
