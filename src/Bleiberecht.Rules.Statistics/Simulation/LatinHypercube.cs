namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// Latin-hypercube design on the unit cube (McKay, Beckman &amp; Conover 1979, Technometrics 21:239-245): each
/// dimension's [0, 1) is cut into <c>samples</c> equal strata, each stratum holds exactly one point (uniform within
/// it), and the strata of different dimensions are paired by independent random permutations (Fisher–Yates on a
/// counter-based stream, so the design depends only on the seed).
/// </summary>
public static class LatinHypercube
{
    private const ulong Stream = 0x4C48534D504C4531UL;

    /// <summary>The design as <c>[dimension][point]</c>, values in [0, 1).</summary>
    /// <param name="dimensions">Number of dimensions (≥ 1).</param>
    /// <param name="samples">Number of points (≥ 1).</param>
    /// <param name="seed">Seed.</param>
    public static double[][] Sample(int dimensions, int samples, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var design = new double[dimensions][];
        for (var j = 0; j < dimensions; j++)
        {
            var rng = new CounterRandom(seed, Stream, j);
            var strata = Enumerable.Range(0, samples).ToArray();
            for (var i = samples - 1; i > 0; i--)
            {
                var k = rng.NextInt(i + 1);
                (strata[i], strata[k]) = (strata[k], strata[i]);
            }

            design[j] = strata.Select(s => Math.Min((s + rng.NextDouble()) / samples, Math.BitDecrement((s + 1.0) / samples))).ToArray();
        }

        return design;
    }
}
