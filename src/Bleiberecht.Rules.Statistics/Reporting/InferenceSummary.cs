using Bleiberecht.Rules.Statistics.Inference;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>Cross-Land inference on the permit rate (AE / Anträge) of table 6.1.</summary>
/// <param name="PermitHomogeneity">Chi-square test of equal permit shares across the 16 Länder (16 × 2 table).</param>
/// <param name="Pairwise">All 120 pairwise two-proportion z-tests with Holm-adjusted p-values.</param>
/// <param name="SignificantPairs">Number of pairs with Holm-adjusted p &lt; 0.05.</param>
/// <param name="ApplicationVsPermitRate">Spearman correlation of application rate vs permit rate over the 16 Länder.</param>
/// <param name="Caveats">Why these tests describe published counts rather than samples, and where units differ.</param>
public sealed record InferenceSummary(
    HomogeneityTest PermitHomogeneity,
    IReadOnlyList<PairwiseComparison> Pairwise,
    int SignificantPairs,
    SpearmanCorrelation ApplicationVsPermitRate,
    IReadOnlyList<string> Caveats);
