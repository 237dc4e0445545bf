namespace ShipSim.World.Core;

/// <summary>
/// The one source of randomness of a simulation (SplitMix64): the same seed gives the same sequence on
/// every machine and .NET version, unlike System.Random, whose algorithm is not a documented contract.
/// </summary>
public sealed class SeededRandom(long seed)
{
    ulong _state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>Uniform in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A new generator whose sequence depends on this one's next value: lets parts of the
    /// simulation draw independently without disturbing each other's sequences.</summary>
    public SeededRandom Fork() => new((long)NextUInt64());
}
