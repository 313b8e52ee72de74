using MathNet.Numerics.Distributions;

namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// Random-effects heterogeneity summary of k Land proportions on the logit scale, DerSimonian &amp; Laird (1986,
/// "Meta-analysis in clinical trials", Controlled Clinical Trials 7:177-188): yᵢ = logit(pᵢ), vᵢ = 1/kᵢ + 1/(nᵢ − kᵢ),
/// wᵢ = 1/vᵢ, Cochran's Q = Σ wᵢ (yᵢ − ȳ_w)², τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)); I² = max(0, (Q − (k − 1)) / Q)
/// (Higgins &amp; Thompson 2002, Stat Med 21:1539-1558); prediction interval for a new Land
/// μ ± t₀.₉₇₅(k − 2) · sqrt(τ² + SE(μ)²) (Higgins, Thompson &amp; Spiegelhalter 2009). τ says how far Länder differ
/// beyond binomial noise: the spread that discretion, backlog and units together produce.
/// </summary>
/// <param name="Studies">Number of Länder k.</param>
/// <param name="Q">Cochran's Q.</param>
/// <param name="Log10QPValue">log10 of P(χ²(k − 1) ≥ Q).</param>
/// <param name="Tau2">Between-Land variance τ² (logit scale).</param>
/// <param name="Tau">τ = sqrt(τ²).</param>
/// <param name="I2">I² in [0, 1]: share of the variation in the yᵢ not explained by binomial noise.</param>
/// <param name="MeanLogit">Random-effects mean μ on the logit scale.</param>
/// <param name="MeanLogitStandardError">SE(μ) = 1 / sqrt(Σ 1/(vᵢ + τ²)).</param>
/// <param name="Mean">expit(μ): the typical Land's proportion.</param>
/// <param name="MeanInterval">95 % interval for expit(μ).</param>
/// <param name="PredictionInterval">95 % prediction interval for the proportion of a new Land.</param>
public sealed record RandomEffectsSummary(
    int Studies,
    double Q,
    double Log10QPValue,
    double Tau2,
    double Tau,
    double I2,
    double MeanLogit,
    double MeanLogitStandardError,
    double Mean,
    ConfidenceInterval MeanInterval,
    ConfidenceInterval PredictionInterval)
{
    /// <summary>Computes the summary from (successes, trials) pairs; every proportion must be strictly between 0 and 1.</summary>
    /// <param name="counts">At least 3 (k, n) pairs with 0 &lt; k &lt; n.</param>
    public static RandomEffectsSummary Compute(IReadOnlyList<(int Successes, int Trials)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count < 3 || counts.Any(c => c.Successes <= 0 || c.Successes >= c.Trials))
        {
            throw new ArgumentException("need at least 3 proportions strictly between 0 and 1", nameof(counts));
        }

        var y = counts.Select(c => Math.Log((double)c.Successes / (c.Trials - c.Successes))).ToArray();
        var v = counts.Select(c => (1.0 / c.Successes) + (1.0 / (c.Trials - c.Successes))).ToArray();
        var w = v.Select(x => 1 / x).ToArray();
        var sw = w.Sum();
        var yFixed = y.Zip(w, (a, b) => a * b).Sum() / sw;
        var q = y.Zip(w, (a, b) => b * (a - yFixed) * (a - yFixed)).Sum();
        var k = counts.Count;
        var df = k - 1;
        var tau2 = Math.Max(0, (q - df) / (sw - (w.Sum(x => x * x) / sw)));
        var i2 = q > 0 ? Math.Max(0, (q - df) / q) : 0;
        var wr = v.Select(x => 1 / (x + tau2)).ToArray();
        var mu = y.Zip(wr, (a, b) => a * b).Sum() / wr.Sum();
        var se = Math.Sqrt(1 / wr.Sum());
        var z = Normal.InvCDF(0, 1, 0.975);
        var t = StudentT.InvCDF(0, 1, k - 2, 0.975);
        var half = t * Math.Sqrt(tau2 + (se * se));
        return new RandomEffectsSummary(k, q, TailProbability.ChiSquareUpperLog10(df, q), tau2, Math.Sqrt(tau2), i2, mu, se, Expit(mu),
            new ConfidenceInterval(IntervalMethod.LogitWald, 0.95, Expit(mu - (z * se)), Expit(mu + (z * se))),
            new ConfidenceInterval(IntervalMethod.RandomEffectsPrediction, 0.95, Expit(mu - half), Expit(mu + half)));
    }

    private static double Expit(double x) => 1 / (1 + Math.Exp(-x));
}
