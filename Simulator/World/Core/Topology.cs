namespace ShipSim.World.Core;

/// <summary>
/// How grids hang together (se-ingame-facts.md section 4): rotors, pistons and hinges join grids into one
/// construct (mechanical group); connectors dock constructs into one logical group, which shares a
/// terminal system but is not one construct. Merge blocks make one grid (see <see cref="SimWorld.Merge"/>).
/// </summary>
public sealed class Topology
{
    readonly List<(SimGrid A, SimGrid B)> _mechanical = [];
    readonly List<(SimGrid A, SimGrid B)> _docked = [];

    public void JoinMechanically(SimGrid a, SimGrid b) => _mechanical.Add((a, b));
    public void DetachMechanically(SimGrid a, SimGrid b) => _mechanical.RemoveAll(l => Is(l, a, b));
    public void Dock(SimGrid a, SimGrid b) => _docked.Add((a, b));
    public void Undock(SimGrid a, SimGrid b) => _docked.RemoveAll(l => Is(l, a, b));
    public bool AreDocked(SimGrid a, SimGrid b) => _docked.Any(l => Is(l, a, b));

    static bool Is((SimGrid A, SimGrid B) link, SimGrid a, SimGrid b) =>
        (link.A == a && link.B == b) || (link.A == b && link.B == a);

    internal void Replace(SimGrid removed, SimGrid kept)
    {
        for (var i = 0; i < _mechanical.Count; i++)
            _mechanical[i] = (_mechanical[i].A == removed ? kept : _mechanical[i].A, _mechanical[i].B == removed ? kept : _mechanical[i].B);
        for (var i = 0; i < _docked.Count; i++)
            _docked[i] = (_docked[i].A == removed ? kept : _docked[i].A, _docked[i].B == removed ? kept : _docked[i].B);
        _mechanical.RemoveAll(l => l.A == l.B);
        _docked.RemoveAll(l => l.A == l.B);
    }

    internal void Forget(SimGrid grid)
    {
        _mechanical.RemoveAll(l => l.A == grid || l.B == grid);
        _docked.RemoveAll(l => l.A == grid || l.B == grid);
    }

    public bool SameConstruct(SimGrid a, SimGrid b) => a == b || Reach(a, mechanicalOnly: true).Contains(b);
    public bool SameLogicalGroup(SimGrid a, SimGrid b) => a == b || Reach(a, mechanicalOnly: false).Contains(b);

    /// <summary>The grids of <paramref name="grid"/>'s construct (mechanical group).</summary>
    public IReadOnlyList<SimGrid> Construct(SimGrid grid) => Reach(grid, mechanicalOnly: true);

    /// <summary>The grids a programmable block on <paramref name="grid"/> sees: its construct and every
    /// construct docked to it, transitively.</summary>
    public IReadOnlyList<SimGrid> LogicalGroup(SimGrid grid) => Reach(grid, mechanicalOnly: false);

    List<SimGrid> Reach(SimGrid start, bool mechanicalOnly)
    {
        var seen = new List<SimGrid> { start };
        for (var i = 0; i < seen.Count; i++)
        {
            var grid = seen[i];
            Visit(_mechanical, grid, seen);
            if (!mechanicalOnly)
                Visit(_docked, grid, seen);
        }
        seen.Sort((x, y) => x.EntityId.CompareTo(y.EntityId));
        return seen;
    }

    static void Visit(List<(SimGrid A, SimGrid B)> links, SimGrid grid, List<SimGrid> seen)
    {
        foreach (var (a, b) in links)
        {
            var other = a == grid ? b : b == grid ? a : null;
            if (other != null && !seen.Contains(other))
                seen.Add(other);
        }
    }
}
