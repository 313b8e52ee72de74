using System.Globalization;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// A numeric distribution given as weighted bins, uniform inside each bin (a histogram). Used for residence years,
/// day-fines, pay and similar quantities where the study prints at most a few bin counts.
/// </summary>
public sealed record PiecewiseUniform
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="bins">At least one bin; weights ≥ 0 with a positive sum; Min ≤ Max.</param>
    public PiecewiseUniform(IReadOnlyList<UniformBin> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        if (bins.Count == 0 || bins.Any(b => b.Weight < 0 || double.IsNaN(b.Weight) || b.Max < b.Min) || bins.Sum(b => b.Weight) <= 0)
        {
            throw new ArgumentException("bins need non-negative weights with a positive sum and Min <= Max", nameof(bins));
        }

        Bins = bins;
    }

    /// <summary>The bins.</summary>
    public IReadOnlyList<UniformBin> Bins { get; }

    /// <summary>A single uniform range.</summary>
    /// <param name="min">Lower end.</param>
    /// <param name="max">Upper end.</param>
    public static PiecewiseUniform Uniform(double min, double max) => new([new UniformBin(1, min, max)]);

    /// <summary>Draws a value from two uniform numbers in [0, 1).</summary>
    internal double Sample(double u1, double u2)
    {
        var total = 0.0;
        foreach (var b in Bins)
        {
            total += b.Weight;
        }

        var x = u1 * total;
        foreach (var b in Bins)
        {
            if (x < b.Weight)
            {
                return b.Min + (u2 * (b.Max - b.Min));
            }

            x -= b.Weight;
        }

        var last = Bins.Last(b => b.Weight > 0);
        return last.Min + (u2 * (last.Max - last.Min));
    }

    /// <summary>Probability mass below <paramref name="x"/>.</summary>
    /// <param name="x">Threshold.</param>
    public double MassBelow(double x)
    {
        var total = Bins.Sum(b => b.Weight);
        var below = 0.0;
        foreach (var b in Bins)
        {
            if (x >= b.Max)
            {
                below += b.Weight;
            }
            else if (x > b.Min)
            {
                below += b.Weight * (x - b.Min) / (b.Max - b.Min);
            }
        }

        return below / total;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var total = Bins.Sum(b => b.Weight);
        return string.Join("; ", Bins.Select(b => string.Create(CultureInfo.InvariantCulture,
            $"{b.Weight / total:0.###} in [{b.Min:0.##}, {b.Max:0.##})")));
    }
}
