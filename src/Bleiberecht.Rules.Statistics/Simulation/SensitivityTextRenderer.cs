using System.Globalization;
using System.Text;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Plain-text rendering of a <see cref="SensitivityAnalysis"/> (invariant culture, percentages).</summary>
public static class SensitivityTextRenderer
{
    /// <summary>Renders the one-at-a-time table (top <paramref name="top"/>) and the joint band and ranking.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="top">Rows to show.</param>
    public static string Render(SensitivityAnalysis analysis, int top = 15)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"Sensitivity of {analysis.Output}: {100 * analysis.BaseOutput:0.00} % at the parameters' values ({analysis.Households:N0} households, seed {analysis.Seed})").Append('\n');
        sb.Append(inv, $"One at a time ({analysis.OneAtATime.Count} assumed/calibrated parameters; top {Math.Min(top, analysis.OneAtATime.Count)} by swing):").Append('\n');
        foreach (var e in analysis.OneAtATime.Take(top))
        {
            sb.Append(inv, $"  {e.Parameter,-34} {e.Kind,-11} {e.Value,8:0.####} [{e.Low:0.####}, {e.High:0.####}]: {100 * e.OutputAtLow,6:0.00} % .. {100 * e.OutputAtHigh,6:0.00} %  (swing {100 * e.Swing:0.00} pp)").Append('\n');
        }

        sb.Append(inv, $"Joint (Latin hypercube, {analysis.Samples} points): mean {100 * analysis.JointMean:0.00} %, 2.5-97.5 % band {100 * analysis.JointLower:0.00} % to {100 * analysis.JointUpper:0.00} %").Append('\n');
        sb.Append("  strongest Spearman correlations with the output: ").Append(string.Join(", ",
            analysis.JointRanking.Where(r => !double.IsNaN(r.SpearmanRho)).Take(5).Select(r => r.Parameter + " " + r.SpearmanRho.ToString("+0.00;-0.00", inv)))).Append('\n');
        sb.Append("Note: ").Append(analysis.Note).Append('\n');
        return sb.ToString();
    }
}
