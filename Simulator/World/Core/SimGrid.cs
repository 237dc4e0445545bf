using VRage.Game;
using VRage.Game.Components;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

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

    // --- Placement: the grid sits at Origin, axis-aligned; blocks occupy one cell each -----------
    public Vector3D Origin { get; set; }
    public MyCubeSize GridSizeEnum { get; init; } = MyCubeSize.Large;
    public float GridSize => GridSizeEnum == MyCubeSize.Large ? 2.5f : 0.5f;
    public Vector3I Min => Fold(Math.Min);
    public Vector3I Max => Fold(Math.Max);
    public bool CubeExists(Vector3I pos) => _blocks.Any(b => b.Position == pos);
    public Vector3D GridIntegerToWorld(Vector3I gridCoords) =>
        Origin + new Vector3D(gridCoords.X, gridCoords.Y, gridCoords.Z) * GridSize;
    public Vector3I WorldToGridInteger(Vector3D coords)
    {
        var local = (coords - Origin) * (1.0 / GridSize);
        return new Vector3I((int)Math.Round(local.X), (int)Math.Round(local.Y), (int)Math.Round(local.Z));
    }
    public bool HasInventory => false;
    public int InventoryCount => 0;
    public IMyInventory? GetInventory() => null;
    public IMyInventory? GetInventory(int index) => null;
    /// <summary>A grid carries no components scripts can read.</summary>
    public IMyEntityComponentContainer Components { get; } = new NoComponents();

    /// <summary>Grids do not move in the simulator unless a test gives them a velocity (metres per second, world).</summary>
    public Vector3 LinearVelocity { get; set; }
    public float Speed => LinearVelocity.Length();

    /// <summary>The block whose cell is <paramref name="pos"/>, as a slim block; null for an empty cell.</summary>
    public IMySlimBlock? GetCubeBlock(Vector3I pos)
    {
        foreach (var block in _blocks)
            if (block.Position == pos)
                return block.SlimBlock;
        return null;
    }
    public Vector3D GetPosition() => Origin;
    public MatrixD WorldMatrix => MatrixD.CreateTranslation(Origin);
    public BoundingBoxD WorldAABB => new(GridIntegerToWorld(Min) - HalfCell, GridIntegerToWorld(Max) + HalfCell);
    public BoundingBoxD WorldAABBHr => WorldAABB;
    public BoundingSphereD WorldVolume
    {
        get
        {
            var box = WorldAABB;
            return new BoundingSphereD((box.Min + box.Max) * 0.5, Vector3D.Distance(box.Min, box.Max) * 0.5);
        }
    }
    public BoundingSphereD WorldVolumeHr => WorldVolume;

    Vector3D HalfCell => new(GridSize / 2, GridSize / 2, GridSize / 2);

    Vector3I Fold(Func<int, int, int> pick)
    {
        if (_blocks.Count == 0)
            return default;
        var result = _blocks[0].Position;
        foreach (var block in _blocks)
            result = new Vector3I(pick(result.X, block.Position.X), pick(result.Y, block.Position.Y), pick(result.Z, block.Position.Z));
        return result;
    }

    internal void Attach(SimBlock block) => _blocks.Add(block);
    internal void Detach(SimBlock block) => _blocks.Remove(block);

    public bool IsSameConstructAs(IMyCubeGrid other) =>
        other is SimGrid grid && World.Topology.SameConstruct(this, grid);

    public override string ToString() => $"grid '{CustomName}' #{EntityId}";

    sealed class NoComponents : IMyEntityComponentContainer
    {
        public bool TryGet<T>(out T component) where T : MyComponentBase
        {
            component = null!;
            return false;
        }

        public bool TryGet(Type type, out MyComponentBase component)
        {
            component = null!;
            return false;
        }

        public bool Has<T>() where T : MyComponentBase => false;
        public T Get<T>() where T : MyComponentBase => null!;
    }
}
