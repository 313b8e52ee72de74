using Bleiberecht.Rules.Statistics.Inference;

namespace Bleiberecht.Rules.Statistics.Tests;

/// <summary>Inference functions against independently published worked examples (not values printed by this code).</summary>
public class InferenceReferenceTests
{
    // Newcombe RG (1998) "Two-sided confidence intervals for the single proportion: comparison of seven methods",
    // Statistics in Medicine 17:857-872, Table II: method 3 (Wilson score, no continuity correction).
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    public void Wilson_matches_Newcombe_1998(int k, int n, double lower, double upper)
    {
        var ci = ProportionIntervals.Wilson(k, n);
        Assert.Equal(lower, ci.Lower, 4);
        Assert.Equal(upper, ci.Upper, 4);
    }

    // Newcombe (1998) Table II, method 5 (Clopper-Pearson "exact").
    [Theory]
    [InlineData(81, 263, 0.2527, 0.3676)]
    [InlineData(15, 148, 0.0578, 0.1617)]
    [InlineData(0, 20, 0.0000, 0.1684)]
    public void ClopperPearson_matches_Newcombe_1998(int k, int n, double lower, double upper)
    {
        var ci = ProportionIntervals.ClopperPearson(k, n);
        Assert.Equal(lower, ci.Lower, 4);
        Assert.Equal(upper, ci.Upper, 4);
    }

    // Newcombe RG (1998) "Interval estimation for the difference between independent proportions: comparison of
    // eleven methods", Statistics in Medicine 17:873-890, Table II, method 10 (hybrid score, no continuity
    // correction): examples (b) 9/10 − 3/10 and (d) 5/56 − 0/29.
    [Theory]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    public void NewcombeDifference_matches_Newcombe_1998(int k1, int n1, int k2, int n2, double lower, double upper)
    {
        var ci = ProportionIntervals.NewcombeDifference(k1, n1, k2, n2);
        Assert.Equal(IntervalMethod.NewcombeHybridScore, ci.Method);
        Assert.Equal(lower, ci.Lower, 4);
        Assert.Equal(upper, ci.Upper, 4);
    }

    // Wikipedia "Chi-squared test", example for categorical data: 650 residents of neighbourhoods A-D by
    // white/blue/no collar; "the test statistic is approximately 24.6", 6 degrees of freedom.
    [Fact]
    public void ChiSquare_matches_Wikipedia_neighbourhood_example()
    {
        long[][] table = [[90, 60, 104, 95], [30, 50, 51, 20], [30, 40, 45, 35]];
        var t = HomogeneityTest.Compute(table);
        Assert.Equal(24.6, t.ChiSquare, 1);
        Assert.Equal(6, t.DegreesOfFreedom);
        Assert.True(t.PValue < 0.001);
        Assert.Equal(650, t.Total);
    }

    // Textbook 2 x 2 exercise ("racial steering", Section A 94 white / 25 black, Section B 87 / 27):
    // chi2 = 0.2411 (rounded 0.24), df = 1, p = 0.624 (Excel CHISQ.DIST.RT(0.24,1)).
    [Fact]
    public void ChiSquare_and_z_test_match_2x2_textbook_example()
    {
        var t = HomogeneityTest.Compute([[94L, 25L], [87L, 27L]]);
        Assert.Equal(0.24, t.ChiSquare, 2);
        Assert.Equal(1, t.DegreesOfFreedom);
        Assert.Equal(0.62, t.PValue!.Value, 2);
        var z = TwoProportionZTest.Compute(94, 119, 87, 114);
        Assert.Equal(t.ChiSquare, z.Z * z.Z, 9);
        Assert.Equal(t.PValue.Value, z.PValue!.Value, 9);
    }

    // Wikipedia "Holm-Bonferroni method", example: p = 0.01, 0.04, 0.03, 0.005 (m = 4). Holm's step-down rule
    // (Holm 1979) gives adjusted p = 0.03, 0.06, 0.06, 0.02 (H1 and H4 rejected at alpha 0.05).
    [Fact]
    public void Holm_matches_Wikipedia_example()
    {
        var adj = HolmCorrection.Adjust([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal(0.03, adj[0], 12);
        Assert.Equal(0.06, adj[1], 12);
        Assert.Equal(0.06, adj[2], 12);
        Assert.Equal(0.02, adj[3], 12);
        var log = HolmCorrection.AdjustLog10([-2, Math.Log10(0.04), Math.Log10(0.03), Math.Log10(0.005)]);
        Assert.Equal(Math.Log10(0.03), log[0], 12);
        Assert.Equal(Math.Log10(0.06), log[1], 12);
        Assert.Equal(Math.Log10(0.06), log[2], 12);
        Assert.Equal(Math.Log10(0.02), log[3], 12);
    }

    // Wikipedia "Spearman's rank correlation coefficient", example IQ vs hours of TV: rho = -29/165;
    // t = -0.5049782 with 8 df, one-sided P(T <= t) = 0.3135942 (Cross Validated q. 22816), so two-sided p = 0.6271884.
    [Fact]
    public void Spearman_matches_Wikipedia_example()
    {
        double[] iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
        double[] tv = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];
        var s = SpearmanCorrelation.Compute(iq, tv);
        Assert.Equal(-29.0 / 165.0, s.Rho, 9);
        Assert.Equal(-0.5049782, s.T, 6);
        Assert.Equal(0.6271884, s.PValue, 6);
    }

    [Fact]
    public void Missing_numerator_gives_absent_rate_with_reason_not_zero()
    {
        var r = RateEstimate.Create("undecided_share", "offen / Anträge", null, 3098, []);
        Assert.Null(r.Estimate);
        Assert.Null(r.Wilson);
        Assert.Contains("k.A.", r.AbsentReason, StringComparison.Ordinal);
    }
}
