namespace ShipSim.World.Core;

/// <summary>
/// How grids hang together (game-behaviour.md section 4): rotors, pistons and hinges join grids into one
/// construct (mechanical group); connectors dock constructs into one logical group, which shares a
/// terminal system but is not one construct. Merge blocks make one grid (see <see cref="SimWorld.Merge"/>).
/// </summary>
public sealed class Topology
{
    readonly List<(SimGrid A, SimGrid B)> _mechanical = [];
    readonly List<(SimGrid A, SimGrid B)> _docked = [];
    // Reach results until the next change: scripts ask IsSameConstructAs for every block of every scan,
    // and the game answers that without allocating, so must we (allocations count against the script).
    readonly Dictionary<(SimGrid, bool), List<SimGrid>> _reach = [];

    public void JoinMechanically(SimGrid a, SimGrid b) => Changed(() => _mechanical.Add((a, b)));
    public void DetachMechanically(SimGrid a, SimGrid b) => Changed(() => _mechanical.RemoveAll(l => Is(l, a, b)));
    public void Dock(SimGrid a, SimGrid b) => Changed(() => _docked.Add((a, b)));
    public void Undock(SimGrid a, SimGrid b) => Changed(() => _docked.RemoveAll(l => Is(l, a, b)));

    void Changed(Action change)
    {
        change();
        _reach.Clear();
    }
    public bool AreDocked(SimGrid a, SimGrid b) => _docked.Any(l => Is(l, a, b));

    static bool Is((SimGrid A, SimGrid B) link, SimGrid a, SimGrid b) =>
        (link.A == a && link.B == b) || (link.A == b && link.B == a);

    internal void Replace(SimGrid removed, SimGrid kept)
    {
        _reach.Clear();
        for (var i = 0; i < _mechanical.Count; i++)
            _mechanical[i] = (_mechanical[i].A == removed ? kept : _mechanical[i].A, _mechanical[i].B == removed ? kept : _mechanical[i].B);
        for (var i = 0; i < _docked.Count; i++)
            _docked[i] = (_docked[i].A == removed ? kept : _docked[i].A, _docked[i].B == removed ? kept : _docked[i].B);
        _mechanical.RemoveAll(l => l.A == l.B);
        _docked.RemoveAll(l => l.A == l.B);
    }

    internal void Forget(SimGrid grid)
    {
        _reach.Clear();
        _mechanical.RemoveAll(l => l.A == grid || l.B == grid);
        _docked.RemoveAll(l => l.A == grid || l.B == grid);
    }

    public bool SameConstruct(SimGrid a, SimGrid b) => a == b || (_mechanical.Count > 0 && Reach(a, mechanicalOnly: true).Contains(b));
    public bool SameLogicalGroup(SimGrid a, SimGrid b) =>
        a == b || ((_mechanical.Count > 0 || _docked.Count > 0) && Reach(a, mechanicalOnly: false).Contains(b));

    /// <summary>The grids of <paramref name="grid"/>'s construct (mechanical group).</summary>
    public IReadOnlyList<SimGrid> Construct(SimGrid grid) => Reach(grid, mechanicalOnly: true);

    /// <summary>The grids a programmable block on <paramref name="grid"/> sees: its construct and every
    /// construct docked to it, transitively.</summary>
    public IReadOnlyList<SimGrid> LogicalGroup(SimGrid grid) => Reach(grid, mechanicalOnly: false);

    List<SimGrid> Reach(SimGrid start, bool mechanicalOnly)
    {
        if (_reach.TryGetValue((start, mechanicalOnly), out var known))
            return known;
        var seen = new List<SimGrid> { start };
        for (var i = 0; i < seen.Count; i++)
        {
            var grid = seen[i];
            Visit(_mechanical, grid, seen);
            if (!mechanicalOnly)
                Visit(_docked, grid, seen);
        }
        seen.Sort((x, y) => x.EntityId.CompareTo(y.EntityId));
        _reach[(start, mechanicalOnly)] = seen;
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
