namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// Holm (1979) step-down adjustment: sort p ascending, p_adj(i) = max over j ≤ i of min(1, (m − j + 1) · p(j)).
/// Controls the family-wise error rate for the pairwise Land comparisons without Bonferroni's loss of power.
/// </summary>
public static class HolmCorrection
{
    /// <summary>Adjusted p-values in the order of the input.</summary>
    /// <param name="pValues">Raw p-values in [0, 1].</param>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
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

    /// <summary>
    /// The same adjustment on log10 p-values, so that p-values below the double range keep their order and are never
    /// rounded to 0: log10 p_adj(i) = max over j ≤ i of min(0, log10(m − j + 1) + log10 p(j)).
    /// </summary>
    /// <param name="log10PValues">log10 of the raw p-values (≤ 0; −∞ allowed for p = 0 input).</param>
    public static IReadOnlyList<double> AdjustLog10(IReadOnlyList<double> log10PValues)
    {
        ArgumentNullException.ThrowIfNull(log10PValues);
        var m = log10PValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => log10PValues[i]).ThenBy(i => i).ToArray();
        var adjusted = new double[m];
        var running = double.NegativeInfinity;
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            running = Math.Max(running, Math.Min(0, Math.Log10(m - rank) + log10PValues[i]));
            adjusted[i] = running;
        }

        return adjusted;
    }
}
