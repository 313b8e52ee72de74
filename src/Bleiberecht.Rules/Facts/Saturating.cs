namespace Bleiberecht.Rules.Facts;

/// <summary>
/// Sums of facts that cannot wrap or throw: a sum beyond the type's range sticks at the range's end. Every rule that
/// adds facts (day-fines, incomes, benefits) compares the sum against a threshold, and a saturated sum compares the
/// same way as the true sum would (it is above every threshold the rules use), so saturation never changes a verdict,
/// while wrap-around (two sentences of 2,147,483,647 day-fines summing negative) or an <see cref="OverflowException"/>
/// would. See docs/adr/0008-input-limits-and-robustness.md.
/// </summary>
internal static class Saturating
{
    /// <summary><paramref name="a"/> + <paramref name="b"/>, clamped to <see cref="int.MinValue"/>..<see cref="int.MaxValue"/>.</summary>
    public static int Add(int a, int b) => (int)Math.Clamp((long)a + b, int.MinValue, int.MaxValue);

    /// <summary><paramref name="a"/> + <paramref name="b"/>, clamped to <see cref="long.MinValue"/>..<see cref="long.MaxValue"/>.</summary>
    public static long Add(long a, long b)
    {
        var sum = unchecked(a + b);

        // Overflow flips the sign of a sum of two same-signed operands.
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? long.MinValue : long.MaxValue) : sum;
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/>, clamped to <see cref="decimal.MinValue"/>..<see cref="decimal.MaxValue"/>.</summary>
    public static decimal Add(decimal a, decimal b)
    {
        // Overflow is only possible when both have the same sign; decimal has no wider type to add in.
        if (a > 0 && b > 0 && a > decimal.MaxValue - b)
        {
            return decimal.MaxValue;
        }

        if (a < 0 && b < 0 && a < decimal.MinValue - b)
        {
            return decimal.MinValue;
        }

        return a + b;
    }

    /// <summary><paramref name="a"/> × <paramref name="b"/>, clamped to <see cref="decimal.MinValue"/>..<see cref="decimal.MaxValue"/>.</summary>
    public static decimal Multiply(decimal a, decimal b)
    {
        // |b| <= 1 cannot overflow (and dividing MaxValue by it could); otherwise the division is safe.
        if (Math.Abs(b) > 1 && Math.Abs(a) > decimal.MaxValue / Math.Abs(b))
        {
            return (a > 0) == (b > 0) ? decimal.MaxValue : decimal.MinValue;
        }

        return a * b;
    }
}
