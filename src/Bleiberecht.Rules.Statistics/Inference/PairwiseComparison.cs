namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>One pairwise comparison of a rate between two Länder.</summary>
/// <param name="LandA">First Land (ISO).</param>
/// <param name="LandB">Second Land (ISO).</param>
/// <param name="RateA">Rate of A.</param>
/// <param name="RateB">Rate of B.</param>
/// <param name="Difference">RateA − RateB (effect size on the probability scale).</param>
/// <param name="DifferenceInterval">Newcombe hybrid-score 95 % interval for the difference (Newcombe 1998, method 10).</param>
/// <param name="Z">z statistic.</param>
/// <param name="PValue">Raw two-sided p-value; null only below the double range, never 0.</param>
/// <param name="Log10PValue">log10 of the raw p-value.</param>
/// <param name="HolmAdjustedP">Holm-adjusted p-value over all pairs; null only below the double range, never 0.</param>
/// <param name="Log10HolmAdjustedP">log10 of the Holm-adjusted p-value.</param>
public sealed record PairwiseComparison(
    string LandA,
    string LandB,
    double RateA,
    double RateB,
    double Difference,
    ConfidenceInterval DifferenceInterval,
    double Z,
    double? PValue,
    double Log10PValue,
    double? HolmAdjustedP,
    double Log10HolmAdjustedP)
{
    /// <summary>Significant at family-wise α = 0.05 after Holm adjustment.</summary>
    public bool SignificantAt05 => Log10HolmAdjustedP < Math.Log10(0.05);
}
