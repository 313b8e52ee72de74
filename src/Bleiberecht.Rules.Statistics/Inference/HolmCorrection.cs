namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// Holm (1979) step-down adjustment: sort p ascending, p_adj(i) = max over j ≤ i of min(1, (m − j + 1) · p(j)).
/// Controls the family-wise error rate for the 120 pairwise Land comparisons without Bonferroni's loss of power.
/// </summary>
public static class HolmCorrection
{
    /// <summary>Adjusted p-values in the order of the input.</summary>
    /// <param name="pValues">Raw p-values in [0, 1].</param>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var adjusted = new double[m];
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }

        return adjusted;
    }
}
