using VRage.Game.ModAPI.Ingame;

namespace ShipSim.World.Core;

/// <summary>A grid: blocks on one rigid body, with one power network.</summary>
public sealed class SimGrid : IMyCubeGrid
{
    readonly List<SimBlock> _blocks = [];

    internal SimGrid(SimWorld world, long entityId, string name, bool isStatic)
    {
        World = world;
        EntityId = entityId;
        CustomName = name;
        IsStatic = isStatic;
    }

    public SimWorld World { get; }
    public long EntityId { get; }
    public string CustomName { get; set; }
    public string Name => CustomName;
    public string DisplayName => CustomName;
    public bool IsStatic { get; }
    /// <summary>Removed from the world (destroyed, or merged into another grid).</summary>
    public bool Closed { get; internal set; }
    /// <summary>Whether the grid's power network supplies its blocks (batteries, reactors are not modelled
    /// one by one: a grid is powered or not).</summary>
    public bool Powered { get; set; } = true;
    /// <summary>Physics present: a grid without physics (a projection) runs no scripts.</summary>
    public bool HasPhysics { get; set; } = true;

    public IReadOnlyList<SimBlock> Blocks => _blocks;

    internal void Attach(SimBlock block) => _blocks.Add(block);
    internal void Detach(SimBlock block) => _blocks.Remove(block);

    public bool IsSameConstructAs(IMyCubeGrid other) =>
        other is SimGrid grid && World.Topology.SameConstruct(this, grid);

    public override string ToString() => $"grid '{CustomName}' #{EntityId}";
}
