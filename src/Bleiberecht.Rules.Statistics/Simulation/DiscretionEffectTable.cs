namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// The what-if result: one synthetic population evaluated under several rule sets (the base rule first), with
/// bootstrap intervals. Shows the effect of the coded discretion on one population — see <see cref="Caveat"/>.
/// </summary>
/// <param name="Rows">One row per rule set; the first is the base of the differences.</param>
/// <param name="Households">Number of households in the population.</param>
/// <param name="Persons">Number of persons in the population.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="BootstrapSeed">Seed of the bootstrap.</param>
/// <param name="Method">How the intervals were computed.</param>
/// <param name="Caveat">What the table can and cannot show.</param>
public sealed record DiscretionEffectTable(
    IReadOnlyList<DiscretionEffectRow> Rows,
    int Households,
    int Persons,
    int Resamples,
    long BootstrapSeed,
    string Method,
    string Caveat)
{
    /// <summary>The base rule set's row (the first).</summary>
    public DiscretionEffectRow Base => Rows[0];
}
