using Sandbox.ModAPI.Ingame;

namespace ShipSim.World.Core;

/// <summary>
/// What one programmable block's GridTerminalSystem sees (game-behaviour.md section 4): every block of its
/// logical group - its construct and everything docked to it by connectors. Every list-filling method
/// clears the list first; GetBlockWithName and GetBlockGroupWithName are exact and case-sensitive;
/// SearchBlocksOfName is a case-insensitive "contains". The methods that take a collect callback accept a null
/// list and then only call the callback [ours: public scripts rely on it, passing null and doing their work in
/// the callback]; GetBlocks without a callback needs a list.
/// </summary>
public sealed class SimGridTerminalSystem(SimBlock owner) : IMyGridTerminalSystem
{
    readonly SimWorld _world = owner.World;

    bool Visible(SimBlock block) => !block.Closed && _world.Topology.SameLogicalGroup(owner.Grid, block.Grid);

    // Every method walks the world's block list by index: the game's terminal system fills lists without
    // allocating, anything allocated here would count against the calling script, and a collect callback
    // may itself call the terminal system.
    IReadOnlyList<SimGrid> Grids => _world.Topology.LogicalGroup(owner.Grid);

    static bool In(SimBlock block, IReadOnlyList<SimGrid> grids)
    {
        if (block.Closed)
            return false;
        for (var i = 0; i < grids.Count; i++)
            if (grids[i] == block.Grid)
                return true;
        return false;
    }

    public void GetBlocks(List<IMyTerminalBlock> blocks)
    {
        blocks.Clear();
        var grids = Grids;
        for (var i = 0; i < _world.Blocks.Count; i++)
            if (In(_world.Blocks[i], grids))
                blocks.Add(_world.Blocks[i]);
    }

    public void GetBlockGroups(List<IMyBlockGroup>? blockGroups, Func<IMyBlockGroup, bool>? collect = null)
    {
        blockGroups?.Clear();
        foreach (var name in _world.GroupNames)
        {
            var group = new SimBlockGroup(name, _world, Visible);
            if (group.Any() && (collect == null || collect(group)))
                blockGroups?.Add(group);
        }
    }

    public void GetBlocksOfType<T>(List<IMyTerminalBlock>? blocks, Func<IMyTerminalBlock, bool>? collect = null) where T : class
    {
        blocks?.Clear();
        var grids = Grids;
        for (var i = 0; i < _world.Blocks.Count; i++)
            if (_world.Blocks[i] is T && In(_world.Blocks[i], grids) && (collect == null || collect(_world.Blocks[i])))
                blocks?.Add(_world.Blocks[i]);
    }

    public void GetBlocksOfType<T>(List<T>? blocks, Func<T, bool>? collect = null) where T : class
    {
        blocks?.Clear();
        var grids = Grids;
        for (var i = 0; i < _world.Blocks.Count; i++)
            if (_world.Blocks[i] is T typed && In(_world.Blocks[i], grids) && (collect == null || collect(typed)))
                blocks?.Add(typed);
    }

    public void SearchBlocksOfName(string name, List<IMyTerminalBlock>? blocks, Func<IMyTerminalBlock, bool>? collect = null)
    {
        blocks?.Clear();
        var grids = Grids;
        for (var i = 0; i < _world.Blocks.Count; i++)
        {
            var block = _world.Blocks[i];
            if (In(block, grids) && block.CustomName.Contains(name, StringComparison.OrdinalIgnoreCase) && (collect == null || collect(block)))
                blocks?.Add(block);
        }
    }

    public IMyTerminalBlock? GetBlockWithName(string name)
    {
        var grids = Grids;
        for (var i = 0; i < _world.Blocks.Count; i++)
            if (In(_world.Blocks[i], grids) && string.Equals(_world.Blocks[i].CustomName, name, StringComparison.Ordinal))
                return _world.Blocks[i];
        return null;
    }

    public IMyBlockGroup? GetBlockGroupWithName(string name)
    {
        var group = new SimBlockGroup(name, _world, Visible);
        return _world.GroupNames.Contains(name) && group.Any() ? group : null;
    }

    /// <summary>Whether the block (or grid) is within reach: All = this terminal system (logical group),
    /// Construct = the programmable block's construct, Grid = its own grid.</summary>
    public bool CanAccess(IMyTerminalBlock block, MyTerminalAccessScope scope = MyTerminalAccessScope.All) =>
        block is SimBlock { Closed: false } sim && CanAccess(sim.Grid, scope);

    public bool CanAccess(VRage.Game.ModAPI.Ingame.IMyCubeGrid grid, MyTerminalAccessScope scope = MyTerminalAccessScope.All) =>
        grid is SimGrid sim && !sim.Closed && scope switch
        {
            MyTerminalAccessScope.Grid => sim == owner.Grid,
            MyTerminalAccessScope.Construct => _world.Topology.SameConstruct(owner.Grid, sim),
            _ => _world.Topology.SameLogicalGroup(owner.Grid, sim),
        };

    public IMyTerminalBlock? GetBlockWithId(long id)
    {
        var grids = Grids;
        for (var i = 0; i < _world.Blocks.Count; i++)
            if (_world.Blocks[i].EntityId == id && In(_world.Blocks[i], grids))
                return _world.Blocks[i];
        return null;
    }
}

/// <summary>A terminal group as one programmable block sees it: only members it can reach.</summary>
public sealed class SimBlockGroup(string name, SimWorld world, Func<SimBlock, bool> visible) : IMyBlockGroup
{
    public string Name { get; } = name;

    IEnumerable<SimBlock> Members() => world.GroupMembers(Name).Where(visible);

    public bool Any() => Members().Any();

    public void GetBlocks(List<IMyTerminalBlock>? blocks, Func<IMyTerminalBlock, bool>? collect = null)
    {
        blocks?.Clear();
        foreach (var block in Members())
            if (collect == null || collect(block))
                blocks?.Add(block);
    }

    public void GetBlocksOfType<T>(List<IMyTerminalBlock>? blocks, Func<IMyTerminalBlock, bool>? collect = null) where T : class
    {
        blocks?.Clear();
        foreach (var block in Members())
            if (block is T && (collect == null || collect(block)))
                blocks?.Add(block);
    }

    public void GetBlocksOfType<T>(List<T>? blocks, Func<T, bool>? collect = null) where T : class
    {
        blocks?.Clear();
        foreach (var block in Members())
            if (block is T typed && (collect == null || collect(typed)))
                blocks?.Add(typed);
    }
}
