using ShipSim.World.Blocks;
using ShipSim.World.Core;

namespace ShipSim.Scenarios.Checkers;

/// <summary>The programmable blocks of one ship that run the script under test, and what the world shows of them.</summary>
public sealed class Nodes(SimGrid ship, IReadOnlyList<SimProgrammableBlock> blocks)
{
    public IReadOnlyList<SimProgrammableBlock> Blocks { get; } = blocks;
    /// <summary>A block that stays on the ship (its construct is the ship's).</summary>
    public SimBlock Anchor { get; } = ship.Blocks.FirstOrDefault(b => b is not SimProgrammableBlock)
        ?? throw new ArgumentException("the ship needs a block other than its programmable blocks to anchor it", nameof(ship));

    public SimProgrammableBlock? Find(long id)
    {
        foreach (var block in Blocks)
            if (block.EntityId == id)
                return block;
        return null;
    }

    /// <summary>On the ship (its construct), working, with physics, running a live script: it could act.</summary>
    public bool Able(SimProgrammableBlock pb) =>
        !pb.Closed && !Anchor.Closed && pb.World.Topology.SameConstruct(pb.Grid, Anchor.Grid) && pb.CanRun;

    public bool AnyAble() => Blocks.Any(Able);

    public static bool SameConstruct(SimProgrammableBlock a, SimProgrammableBlock b) =>
        !a.Closed && !b.Closed && a.World.Topology.SameConstruct(a.Grid, b.Grid);
}
