using System.Collections;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRageMath;

namespace ShipSim.World.Blocks;

/// <summary>The text surfaces of a block that provides several (a programmable block, a cockpit, a button panel),
/// indexed from 0 as IMyTextSurfaceProvider indexes them.</summary>
public sealed class SimSurfaceSet(params SimTextSurface[] surfaces) : IReadOnlyList<SimTextSurface>
{
    readonly SimTextSurface[] _surfaces = surfaces;

    /// <summary><paramref name="count"/> surfaces of one size on <paramref name="block"/>, named "{id}0".. and
    /// "{displayName} 1"..</summary>
    public static SimSurfaceSet Numbered(int count, string id, string displayName, Vector2 size, Core.SimBlock block)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new([.. Enumerable.Range(0, count).Select(i => new SimTextSurface($"{id}{i}", $"{displayName} {i + 1}", size, block))]);
    }

    public int Count => _surfaces.Length;
    public SimTextSurface this[int index] => _surfaces[index];

    /// <summary>What IMyTextSurfaceProvider.GetSurface answers: null out of range, as in the game.</summary>
    public IMyTextSurface GetSurface(int index) => index >= 0 && index < _surfaces.Length ? _surfaces[index] : null!;

    /// <summary>Appends " s{i}={text}" for every surface showing text, for a block's state line.</summary>
    public void DescribeText(StringBuilder state)
    {
        for (var i = 0; i < _surfaces.Length; i++)
            if (_surfaces[i].GetText().Length > 0)
                state.Append(" s").Append(i).Append('=').Append(_surfaces[i].GetText());
    }

    public IEnumerator<SimTextSurface> GetEnumerator() => ((IEnumerable<SimTextSurface>)_surfaces).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
