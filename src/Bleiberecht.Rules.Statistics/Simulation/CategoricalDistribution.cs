using System.Globalization;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>A distribution over a few categories (German level, kind of job, number of children).</summary>
/// <typeparam name="T">Category type.</typeparam>
public sealed record CategoricalDistribution<T>
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="options">At least one category; weights ≥ 0 with a positive sum.</param>
    public CategoricalDistribution(IReadOnlyList<CategoryWeight<T>> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0 || options.Any(o => o.Weight < 0 || double.IsNaN(o.Weight)) || options.Sum(o => o.Weight) <= 0)
        {
            throw new ArgumentException("categories need non-negative weights with a positive sum", nameof(options));
        }

        Options = options;
    }

    /// <summary>The categories.</summary>
    public IReadOnlyList<CategoryWeight<T>> Options { get; }

    /// <summary>Normalised probability of a category (sum over equal entries).</summary>
    /// <param name="value">Category.</param>
    public double Probability(T value) =>
        Options.Where(o => EqualityComparer<T>.Default.Equals(o.Value, value)).Sum(o => o.Weight) / Options.Sum(o => o.Weight);

    /// <summary>Draws a category from a uniform number in [0, 1).</summary>
    internal T Sample(double u)
    {
        var total = 0.0;
        foreach (var o in Options)
        {
            total += o.Weight;
        }

        var x = u * total;
        foreach (var o in Options)
        {
            if (x < o.Weight)
            {
                return o.Value;
            }

            x -= o.Weight;
        }

        return Options.Last(o => o.Weight > 0).Value;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var total = Options.Sum(o => o.Weight);
        return string.Join(", ", Options.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Value} {o.Weight / total:0.###}")));
    }
}
