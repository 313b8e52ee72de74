namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// A counter-based pseudo-random stream (SplitMix64, Steele, Lea and Flood 2014): the stream of household <c>i</c> is
/// seeded by mixing (seed, i), so a household's draws depend only on (seed, i) — not on the order, partitioning or
/// thread count of the generation. Fixed algorithm, so results do not change with the .NET version.
/// </summary>
internal struct CounterRandom
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    /// <summary>The stream for (seed, stream, index).</summary>
    public CounterRandom(long seed, ulong stream, long index)
    {
        _state = Mix(Mix(unchecked((ulong)seed) ^ (stream * 0xD1B54A32D192ED03UL)) + unchecked((ulong)index * Gamma));
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state = unchecked(_state + Gamma);
        return Mix(_state);
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(NextDouble() * n);

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
