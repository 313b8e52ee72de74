using MathNet.Numerics;

namespace Bleiberecht.Rules.Statistics.Inference;

/// <summary>
/// Upper-tail (survival) probabilities computed directly, never as <c>1 − CDF</c>: 1 − CDF cancels to exactly 0 once
/// the CDF rounds to 1 (p below about 1e-16), which printed 64 of 120 pairwise p-values as 0. Every tail is returned
/// as its base-10 logarithm so that p-values below the smallest double (the 16-Land homogeneity test, p ≈ 1e-660)
/// are still reported honestly.
/// </summary>
/// <remarks>
/// Method: the regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a). MathNet's
/// <see cref="SpecialFunctions.GammaUpperRegularized"/> computes Q directly (Cephes igamc) and is used whenever the
/// result is a normal double; below 1e-280 Q is evaluated in log space with the Legendre continued fraction
/// (Press et al., Numerical Recipes 3rd ed. §6.2, eq. 6.2.7, modified Lentz). The chi-square survival function with
/// k degrees of freedom is Q(k/2, x/2); the two-sided normal tail is 2·Φ(−|z|) = Q(1/2, z²/2) (Abramowitz–Stegun
/// 26.2.30 / 6.5.17).
/// </remarks>
public static class TailProbability
{
    private const double Ln10 = 2.302585092994046;

    /// <summary>log10 of the chi-square survival function P(X ≥ x), X ~ χ²(df).</summary>
    /// <param name="degreesOfFreedom">Degrees of freedom (&gt; 0).</param>
    /// <param name="x">Statistic (≥ 0).</param>
    public static double ChiSquareUpperLog10(double degreesOfFreedom, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return GammaUpperRegularizedLog(degreesOfFreedom / 2, x / 2) / Ln10;
    }

    /// <summary>log10 of the two-sided standard normal tail 2·Φ(−|z|).</summary>
    /// <param name="z">z statistic.</param>
    public static double NormalTwoSidedLog10(double z) => GammaUpperRegularizedLog(0.5, z * z / 2) / Ln10;

    /// <summary>10^log10, or null when that is below the smallest normal double (about 1e-308): never a false 0.</summary>
    /// <param name="log10">A log10 probability (≤ 0).</param>
    public static double? FromLog10(double log10)
    {
        if (double.IsNaN(log10))
        {
            throw new ArgumentOutOfRangeException(nameof(log10));
        }

        return log10 < -307 ? null : Math.Min(1, Math.Pow(10, log10));
    }

    /// <summary>Formats a log10 probability for reports: 0.0123, 3.4E-17, or 10^-660.3 below double range. Never "0".</summary>
    /// <param name="log10">A log10 probability (≤ 0).</param>
    public static string Format(double log10)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (log10 >= -4)
        {
            return Math.Pow(10, log10).ToString("0.0000", inv);
        }

        if (log10 >= -300)
        {
            return Math.Pow(10, log10).ToString("0.0E+0", inv);
        }

        return "10^" + log10.ToString("0.0", inv);
    }

    /// <summary>ln Q(a, x), the natural log of the regularized upper incomplete gamma function.</summary>
    /// <param name="a">Shape a &gt; 0.</param>
    /// <param name="x">x ≥ 0.</param>
    public static double GammaUpperRegularizedLog(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        if (double.IsNaN(x) || x < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x));
        }

        if (x == 0)
        {
            return 0;
        }

        var q = SpecialFunctions.GammaUpperRegularized(a, x);
        if (q > 1e-280 || x < a + 1)
        {
            return Math.Log(q);
        }

        // Legendre continued fraction, modified Lentz (Numerical Recipes §6.2): Q = exp(−x + a ln x − ln Γ(a)) · h.
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-15)
            {
                break;
            }
        }

        return -x + (a * Math.Log(x)) - SpecialFunctions.GammaLn(a) + Math.Log(h);
    }
}
