using ShipSim.World.Core;

namespace ShipSim.World.Faults;

/// <summary>Something that goes wrong (or is put right) at a given tick. Faults name blocks and grids by
/// entity id so that a schedule can be printed and replayed.</summary>
public abstract record Fault
{
    public abstract void Apply(SimWorld world);

    protected static SimBlock Block(SimWorld world, long id) =>
        world.AllBlocksEverBuilt.FirstOrDefault(b => b.EntityId == id)
        ?? throw new InvalidOperationException($"fault names block #{id}, which this world never had");

    protected static Blocks.SimProgrammableBlock ProgrammableBlock(SimWorld world, long id) =>
        Block(world, id) as Blocks.SimProgrammableBlock
        ?? throw new InvalidOperationException($"fault names block #{id}, which is not a programmable block");

    protected static SimGrid Grid(SimWorld world, long id) =>
        world.Grids.FirstOrDefault(g => g.EntityId == id)
        ?? throw new InvalidOperationException($"fault names grid #{id}, which is not in the world");
}

public sealed record DestroyBlock(long BlockId) : Fault
{
    public override void Apply(SimWorld world) => Block(world, BlockId).Destroy();
}

/// <summary>Damage below the functional threshold (or by any amount).</summary>
public sealed record DamageBlock(long BlockId, double Amount) : Fault
{
    public override void Apply(SimWorld world) => Block(world, BlockId).Damage(Amount);
}

public sealed record RepairBlock(long BlockId) : Fault
{
    public override void Apply(SimWorld world) => Block(world, BlockId).Repair();
}

public sealed record SetBlockEnabled(long BlockId, bool Enabled) : Fault
{
    public override void Apply(SimWorld world)
    {
        if (Block(world, BlockId) is SimFunctionalBlock block)
            block.Enabled = Enabled;
    }
}

/// <summary>A player takes ownership of a block (or shares it away).</summary>
public sealed record ChangeOwner(long BlockId, long NewOwner) : Fault
{
    public override void Apply(SimWorld world) => Block(world, BlockId).OwnerId = NewOwner;
}

/// <summary>One block loses (or regains) power while the rest of its grid keeps it.</summary>
public sealed record SetBlockPower(long BlockId, bool Powered) : Fault
{
    public override void Apply(SimWorld world) => Block(world, BlockId).PowerCut = !Powered;
}

public sealed record SetGridPower(long GridId, bool Powered) : Fault
{
    public override void Apply(SimWorld world) => Grid(world, GridId).Powered = Powered;
}

public sealed record DockGrids(long GridA, long GridB) : Fault
{
    public override void Apply(SimWorld world) => world.Topology.Dock(Grid(world, GridA), Grid(world, GridB));
}

public sealed record UndockGrids(long GridA, long GridB) : Fault
{
    public override void Apply(SimWorld world) => world.Topology.Undock(Grid(world, GridA), Grid(world, GridB));
}

public sealed record MergeGrids(long KeptGrid, long AbsorbedGrid) : Fault
{
    public override void Apply(SimWorld world) => world.Merge(Grid(world, KeptGrid), Grid(world, AbsorbedGrid));
}

/// <summary>A part of a grid breaks away (merge block released, or the hull is cut).</summary>
public sealed record SplitGrid(long GridId, IReadOnlyList<long> BlockIds, string NewGridName) : Fault
{
    public override void Apply(SimWorld world) =>
        world.Split(Grid(world, GridId), BlockIds.Select(id => Block(world, id)), NewGridName);

    public override string ToString() => $"SplitGrid {{ GridId = {GridId}, Blocks = [{string.Join(", ", BlockIds)}], NewGridName = {NewGridName} }}";
}

/// <summary>Any other fault, described by a name, for block kinds that bring their own.</summary>
public sealed record ActionFault(string Description, Action<SimWorld> Action) : Fault
{
    public override void Apply(SimWorld world) => Action(world);
    public override string ToString() => Description;
}
