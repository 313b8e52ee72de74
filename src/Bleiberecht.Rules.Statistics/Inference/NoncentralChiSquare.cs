using MathNet.Numerics;

namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// The noncentral chi-square distribution, used to put a confidence interval on Cramér's V by inverting the observed
/// statistic for the noncentrality parameter λ (Smithson 2003, "Confidence Intervals", Sage, ch. 4; the method of
/// R's MBESS/confintr). MathNet has no noncentral chi-square, so the CDF is the Poisson mixture
/// F(x; k, λ) = Σⱼ e^(−λ/2) (λ/2)ʲ / j! · P(k/2 + j, x/2) (Johnson, Kotz &amp; Balakrishnan 1995, eq. 29.2), summed
/// over the Poisson weights that matter (±12 standard deviations around the mode).
/// </summary>
public static class NoncentralChiSquare
{
    /// <summary>P(X ≤ x) for X ~ χ²(k, λ).</summary>
    /// <param name="degreesOfFreedom">k &gt; 0.</param>
    /// <param name="noncentrality">λ ≥ 0.</param>
    /// <param name="x">x ≥ 0.</param>
    public static double Cdf(double degreesOfFreedom, double noncentrality, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        ArgumentOutOfRangeException.ThrowIfNegative(noncentrality);
        if (x <= 0)
        {
            return 0;
        }

        var mean = noncentrality / 2;
        var spread = (12 * Math.Sqrt(mean)) + 30;
        var from = (int)Math.Max(0, Math.Floor(mean - spread));
        var to = (int)Math.Ceiling(mean + spread);
        var sum = 0.0;
        for (var j = from; j <= to; j++)
        {
            var logWeight = mean == 0 ? (j == 0 ? 0 : double.NegativeInfinity) : -mean + (j * Math.Log(mean)) - SpecialFunctions.FactorialLn(j);
            if (logWeight < -745)
            {
                continue;
            }

            sum += Math.Exp(logWeight) * SpecialFunctions.GammaLowerRegularized((degreesOfFreedom / 2) + j, x / 2);
        }

        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>
    /// Central (equal-tailed) confidence interval for λ given an observed statistic: λ_L solves F(x; k, λ_L) = 1 − α/2,
    /// λ_U solves F(x; k, λ_U) = α/2; a bound is 0 when F(x; k, 0) is already below the target (Smithson 2003).
    /// </summary>
    /// <param name="degreesOfFreedom">k.</param>
    /// <param name="observed">Observed chi-square statistic.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static (double Lower, double Upper) NoncentralityInterval(double degreesOfFreedom, double observed, double level = 0.95)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level));
        }

        var alpha = 1 - level;
        return (Solve(degreesOfFreedom, observed, 1 - (alpha / 2)), Solve(degreesOfFreedom, observed, alpha / 2));
    }

    /// <summary>λ ≥ 0 with F(x; k, λ) = target (F falls in λ); 0 when F(x; k, 0) ≤ target.</summary>
    private static double Solve(double k, double x, double target)
    {
        if (Cdf(k, 0, x) <= target)
        {
            return 0;
        }

        double lo = 0, hi = Math.Max(10, x);
        while (Cdf(k, hi, x) > target)
        {
            lo = hi;
            hi *= 2;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-9 * Math.Max(1, hi); i++)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(k, mid, x) > target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }
}
