namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>One pairwise comparison of permit rates between two Länder.</summary>
/// <param name="LandA">First Land (ISO).</param>
/// <param name="LandB">Second Land (ISO).</param>
/// <param name="RateA">Permit rate of A.</param>
/// <param name="RateB">Permit rate of B.</param>
/// <param name="Z">z statistic.</param>
/// <param name="PValue">Raw two-sided p-value.</param>
/// <param name="HolmAdjustedP">Holm-adjusted p-value over all pairs.</param>
public sealed record PairwiseComparison(string LandA, string LandB, double RateA, double RateB, double Z, double PValue, double HolmAdjustedP)
{
    /// <summary>Significant at family-wise α = 0.05 after Holm adjustment.</summary>
    public bool SignificantAt05 => HolmAdjustedP < 0.05;
}
