namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// A percentile bootstrap over households with a fixed seed, the method of the statistics module's simulation
/// (which this library cannot reference: Statistics depends on Rules). Replicate i draws n households with
/// replacement from a SplitMix64 stream keyed by (seed, i), so the intervals do not depend on thread scheduling.
/// </summary>
internal static class PercentileBootstrap
{
    /// <summary>Multiplicities of the households in replicate <paramref name="replicate"/>.</summary>
    public static void Weights(long seed, int replicate, int[] weights)
    {
        Array.Clear(weights);
        var n = weights.Length;
        var state = Mix((ulong)seed ^ Mix(0x5061746873UL + (ulong)replicate));
        for (var j = 0; j < n; j++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var x = Mix(state);
            weights[(int)((x >> 32) * (ulong)n >> 32)]++;
        }
    }

    /// <summary>The 2.5 % and 97.5 % quantiles (nearest rank) of the replicates.</summary>
    public static (double Lower, double Upper) Interval(double[] replicates, double point)
    {
        if (replicates.Length == 0)
        {
            return (point, point);
        }

        var sorted = (double[])replicates.Clone();
        Array.Sort(sorted);
        var lo = sorted[(int)Math.Floor(0.025 * (sorted.Length - 1))];
        var hi = sorted[(int)Math.Ceiling(0.975 * (sorted.Length - 1))];
        return (lo, hi);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
