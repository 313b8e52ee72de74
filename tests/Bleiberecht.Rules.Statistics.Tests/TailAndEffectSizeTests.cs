using System.Text.Json;
using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Statistics.Tests;

/// <summary>
/// Accurate tails, effect sizes and the decided-case view, pinned against values computed independently with
/// SciPy 1.10.1 (scipy.stats.chi2 / norm / ncx2 / spearmanr, scipy.special.gammaincc) and, where SciPy's double
/// precision underflows, mpmath 1.2 at 50 significant digits (mpmath.gammainc(a, x, inf, regularized=True)). The
/// random-effects numbers come from a separate NumPy implementation of the DerSimonian–Laird formulas (1986) with the
/// Higgins–Thompson–Spiegelhalter (2009) prediction interval. None of the expected values was produced by this code.
/// </summary>
public class TailAndEffectSizeTests
{
    private static readonly StatisticsReport Report = StatisticsReport.Build();

    // scipy.special.gammaincc(7.5, 100) = 2.124671199893185e-34.
    [Fact]
    public void Upper_gamma_tail_is_computed_directly_not_as_one_minus_cdf()
        => Assert.Equal(Math.Log10(2.124671199893185e-34), TailProbability.GammaUpperRegularizedLog(7.5, 100) / Math.Log(10), 9);

    // 2 * scipy.stats.norm.sf(z); for z = 40 and 50 SciPy underflows, so mpmath log10(erfc(z / sqrt 2)).
    [Theory]
    [InlineData(8.5, -16.72218297808519)]
    [InlineData(20, -88.25906534741164)]
    [InlineData(30, -197.00817926599703)]
    [InlineData(37, -298.94115118294604)]
    [InlineData(40, -349.13597646368186)]
    [InlineData(50, -544.66530586633267)]
    public void Two_sided_normal_tail_matches_scipy_and_mpmath(double z, double log10P)
    {
        Assert.Equal(log10P, TailProbability.NormalTwoSidedLog10(z), 8);
        Assert.Equal(log10P, TailProbability.NormalTwoSidedLog10(-z), 8);
    }

    // mpmath: log10 Q(15/2, 3072.9016156860584 / 2) = -649.83002909548363 (SciPy's chi2.logsf returns -inf here).
    [Fact]
    public void Homogeneity_p_of_the_16_Laender_is_reported_in_log10_not_as_zero()
    {
        var h = Report.Inference.PerApplication.Homogeneity;
        Assert.Equal(3072.9016156860584, h.ChiSquare, 8);
        Assert.Equal(-649.83002909548363, h.Log10PValue, 6);
        Assert.Null(h.PValue);
        Assert.Equal("10^-649.8", TailProbability.Format(h.Log10PValue));
    }

    // scipy.stats.chi2_contingency(correction=False) on the 15 Länder with refusals (permits vs refusals):
    // chi2 = 1216.9106253019168, df 14, p = 4.0137614068124854e-251 (log10 -250.39644844719098); the 1216.9.
    [Fact]
    public void Decided_case_homogeneity_matches_scipy()
    {
        var h = Report.Inference.Decided.Homogeneity;
        Assert.Equal(1216.9106253019168, h.ChiSquare, 8);
        Assert.Equal(14, h.DegreesOfFreedom);
        Assert.Equal(-250.39644844719098, h.Log10PValue, 8);
        Assert.Equal(4.0137614068124854e-251, h.PValue!.Value, 4.0137614068124854e-251 * 1e-8);
        Assert.DoesNotContain("RP", Report.Inference.Decided.Laender);
    }

    // scipy.stats.ncx2.cdf(x, df, nc).
    [Theory]
    [InlineData(30, 5, 20, 0.7255046323204677)]
    [InlineData(3100, 15, 3000, 0.7818993912873253)]
    [InlineData(10, 3, 0.5, 0.9655202679385396)]
    public void Noncentral_chi_square_cdf_matches_scipy(double x, double df, double lambda, double expected)
        => Assert.Equal(expected, NoncentralChiSquare.Cdf(df, lambda, x), 9);

    // Cramér's V interval by inverting scipy.stats.ncx2.cdf with scipy.optimize.brentq (Smithson 2003), V = sqrt(λ / (N (k−1))).
    // Wikipedia's neighbourhood table (3 x 4, N = 650): V = 0.13748, [0.062835, 0.179565].
    [Fact]
    public void Cramers_V_interval_matches_noncentral_inversion_on_the_Wikipedia_table()
    {
        long[][] table = [[90, 60, 104, 95], [30, 50, 51, 20], [30, 40, 45, 35]];
        var t = HomogeneityTest.Compute(table);
        Assert.Equal(0.1374806360031578, t.CramersV, 9);
        Assert.Equal(0.06283499958927762, t.CramersVInterval.Lower, 5);
        Assert.Equal(0.17956504654424538, t.CramersVInterval.Upper, 5);
        Assert.Equal(0.0004098425861096696, t.PValue!.Value, 12);
    }

    // Same inversion for table 6.1: per application V = 0.206795 [0.199003, 0.213643]; decided V = 0.212005 [0.198924, 0.222811].
    [Fact]
    public void Cramers_V_intervals_for_table_6_1_match_scipy()
    {
        var a = Report.Inference.PerApplication.Homogeneity;
        var d = Report.Inference.Decided.Homogeneity;
        Assert.Equal(0.20679488244975308, a.CramersV, 9);
        Assert.Equal(0.19900306009485536, a.CramersVInterval.Lower, 5);
        Assert.Equal(0.21364303367246798, a.CramersVInterval.Upper, 5);
        Assert.Equal(0.2120045144297049, d.CramersV, 9);
        Assert.Equal(0.19892409370693787, d.CramersVInterval.Lower, 5);
        Assert.Equal(0.22281130587873274, d.CramersVInterval.Upper, 5);
    }

    // Independent NumPy implementation of DerSimonian–Laird on logit(k/n) with v = 1/k + 1/(n−k); prediction interval
    // with t(k−2). Per application (16 Länder) and per decided case (15 Länder).
    [Fact]
    public void Random_effects_summary_matches_an_independent_DerSimonian_Laird_computation()
    {
        var a = Report.Inference.PerApplication.Heterogeneity;
        Assert.Equal(2904.045189797613, a.Q, 6);
        Assert.Equal(0.2515135243821029, a.Tau2, 9);
        Assert.Equal(0.9948347911207795, a.I2, 9);
        Assert.Equal(-1.1261947570316773, a.MeanLogit, 9);
        Assert.Equal(0.12650907314561666, a.MeanLogitStandardError, 9);
        Assert.Equal(0.20195050380673063, a.MeanInterval.Lower, 9);
        Assert.Equal(0.2935423095871422, a.MeanInterval.Upper, 9);
        Assert.Equal(0.09660542456687088, a.PredictionInterval.Lower, 9);
        Assert.Equal(0.49578385241909656, a.PredictionInterval.Upper, 9);
        var d = Report.Inference.Decided.Heterogeneity;
        Assert.Equal(0.24393067756462203, d.Tau2, 9);
        Assert.Equal(0.9878113195400325, d.I2, 9);
        Assert.Equal(0.3580978019216987, d.PredictionInterval.Lower, 9);
        Assert.Equal(0.8351728283482897, d.PredictionInterval.Upper, 9);
    }

    // SciPy: min over the 120 pairs of log10(2 * norm.sf(|z|)) = -264.6712385162741 (the 2.1e-265); SL vs BY
    // z = -21.512037924677553, log10 p = -101.92042063712108; decided SL vs BY z = -10.371096024922027.
    [Fact]
    public void Pairwise_p_values_are_never_zero_and_match_scipy()
    {
        var pairs = Report.Inference.PerApplication.Pairwise;
        Assert.Equal(-264.6712385162741, pairs.Min(p => p.Log10PValue), 6);
        Assert.All(pairs.Concat(Report.Inference.Decided.Pairwise), p =>
        {
            Assert.True(p.PValue is null or > 0);
            Assert.True(p.HolmAdjustedP is null or > 0);
            Assert.True(double.IsFinite(p.Log10PValue) && double.IsFinite(p.Log10HolmAdjustedP));
        });
        var slBy = Report.Inference.PerApplication.Pair("SL", "BY")!;
        Assert.Equal(-21.512037924677553, slBy.Z, 9);
        Assert.Equal(-101.92042063712108, slBy.Log10PValue, 8);
        Assert.Equal(-10.371096024922027, Report.Inference.Decided.Pair("SL", "BY")!.Z, 9);
    }

    // The re-computation: Saarland–Bayern gap 41.6 pp per application, 40.7 pp per decided case (47/120 vs 1618/2027).
    [Fact]
    public void Saarland_Bayern_gap_per_application_and_per_decision()
    {
        Assert.Equal((1618.0 / 3400) - (47.0 / 788), Report.Inference.PerApplication.Pair("BY", "SL")!.Difference, 12);
        Assert.Equal((1618.0 / 2027) - (47.0 / 120), Report.Inference.Decided.Pair("BY", "SL")!.Difference, 12);
        var ci = Report.Inference.Decided.Pair("BY", "SL")!.DifferenceInterval;
        Assert.Equal(ProportionIntervals.NewcombeDifference(1618, 2027, 47, 120).Lower, ci.Lower, 12);
    }

    // scipy.stats.spearmanr: applications/Duldungen vs permits/Duldungen rho = 0.3764705882352941, p = 0.1506481152876309;
    // permits/applications vs undecided/applications (13 Länder) rho = -0.7582417582417583, p = 0.0026660786121372876.
    [Fact]
    public void Spearman_pairs_match_scipy()
    {
        var s = Report.Inference.ApplicationRateVsPermitsPerDuldung;
        Assert.Equal(0.3764705882352941, s.Rho, 12);
        Assert.Equal(0.1506481152876309, s.PValue, 9);
        var b = Report.Inference.PermitRateVsUndecidedShare;
        Assert.Equal(13, b.N);
        Assert.Equal(-0.7582417582417583, b.Rho, 12);
        Assert.Equal(0.0026660786121372876, b.PValue, 9);
    }

    [Fact]
    public void No_p_value_is_zero_in_text_or_json()
    {
        var text = TextReportRenderer.Render(Report);
        Assert.DoesNotContain("p = 0.0000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("p = 0\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("p = 0,", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(JsonReportRenderer.Render(Report));
        var zeros = new List<string>();
        Walk(doc.RootElement, string.Empty, zeros);
        Assert.Empty(zeros);

        static void Walk(JsonElement e, string path, List<string> zeros)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.Name.Contains("pValue", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("AdjustedP", StringComparison.Ordinal))
                        {
                            if (p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() == 0 && !p.Name.StartsWith("log10", StringComparison.Ordinal))
                            {
                                zeros.Add(path + "." + p.Name);
                            }
                        }

                        Walk(p.Value, path + "." + p.Name, zeros);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var x in e.EnumerateArray())
                    {
                        Walk(x, path + "[" + i++ + "]", zeros);
                    }

                    break;
            }
        }
    }

    // Rao–Scott first-order: with D = 2 the statistic halves (3072.90 / 2), and z scales by 1/√2.
    [Fact]
    public void Design_effect_scales_the_statistics_as_stated()
    {
        var d2 = StatisticsReport.Build(Data.StatisticsDataset.LoadEmbedded(), 2, RunMetadata.ForEmbeddedData(["--design-effect", "2"], null));
        Assert.Equal(3072.9016156860584 / 2, d2.Inference.PerApplication.Homogeneity.ChiSquare, 8);
        Assert.Equal(-21.512037924677553 / Math.Sqrt(2), d2.Inference.PerApplication.Pair("SL", "BY")!.Z, 9);
        var wide = d2.Inference.PerApplication.Pair("SL", "BY")!.DifferenceInterval;
        var narrow = Report.Inference.PerApplication.Pair("SL", "BY")!.DifferenceInterval;
        Assert.True(wide.Upper - wide.Lower > narrow.Upper - narrow.Lower);
    }
}
