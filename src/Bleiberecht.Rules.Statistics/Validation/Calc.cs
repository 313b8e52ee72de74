namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>Factory for <see cref="Calculation"/> with consistent wording.</summary>
internal static class Calc
{
    private const string Ne = "\u2260";

    /// <summary>a + b + ... = S compared for equality with a printed value.</summary>
    public static Calculation SumEquals(IReadOnlyList<decimal> operands, decimal printed, string printedLabel)
    {
        var sum = operands.Sum();
        var holds = sum == printed;
        var expr = Join(operands, " + ") + " = " + Num.F(sum) + (holds ? " = " : " " + Ne + " ") + Num.F(printed) + " " + printedLabel
            + (holds ? string.Empty : " (difference " + Num.Signed(printed - sum) + ")");
        return new Calculation(expr, operands, sum, printed, holds);
    }

    /// <summary>a + b + ... = S ≤ bound.</summary>
    public static Calculation SumAtMost(IReadOnlyList<decimal> operands, decimal bound, string boundLabel)
    {
        var sum = operands.Sum();
        var holds = sum <= bound;
        var expr = Join(operands, " + ") + " = " + Num.F(sum) + (holds ? " \u2264 " : " > ") + Num.F(bound) + " " + boundLabel
            + (holds ? string.Empty : " (by " + Num.F(sum - bound) + ")");
        return new Calculation(expr, operands, sum, bound, holds);
    }

    /// <summary>a − b − ... = R compared with an expected value.</summary>
    public static Calculation DifferenceEquals(decimal minuend, IReadOnlyList<decimal> subtrahends, decimal expected, string expectedLabel)
    {
        var r = minuend - subtrahends.Sum();
        var holds = r == expected;
        var ops = new List<decimal> { minuend };
        ops.AddRange(subtrahends);
        var expr = Num.F(minuend) + " \u2212 " + Join(subtrahends, " \u2212 ") + " = " + Num.F(r) + (holds ? " = " : " " + Ne + " ")
            + Num.F(expected) + " " + expectedLabel;
        return new Calculation(expr, ops, r, expected, holds);
    }

    /// <summary>Residual a − (b + c + ...), reported without comparison.</summary>
    public static Calculation Residual(decimal total, IReadOnlyList<decimal> parts, string label)
    {
        var r = total - parts.Sum();
        var ops = new List<decimal> { total };
        ops.AddRange(parts);
        var expr = Num.F(total) + " \u2212 (" + Join(parts, " + ") + ") = " + Num.F(r) + " " + label;
        return new Calculation(expr, ops, r, null, true);
    }

    /// <summary>Two printed values of the same quantity: "text 334 ≠ table 344 (difference +10)".</summary>
    public static Calculation Compare(string leftLabel, decimal left, string rightLabel, decimal right)
    {
        var holds = left == right;
        var expr = leftLabel + " " + Num.F(left) + (holds ? " = " : " " + Ne + " ") + rightLabel + " " + Num.F(right)
            + (holds ? string.Empty : " (difference " + Num.Signed(right - left) + ")");
        return new Calculation(expr, [left, right], right - left, right, holds);
    }

    /// <summary>
    /// 100 · num / den compared with a printed percentage within a tolerance (percentage points).
    /// </summary>
    public static Calculation Percentage(decimal num, decimal den, decimal printed, decimal tolerance, string label)
    {
        var pct = Num.Pct(num, den);
        var holds = Math.Abs(pct - printed) <= tolerance;
        var expr = "100 \u00d7 " + Num.F(num) + " / " + Num.F(den) + " = " + Num.P2(pct) + (holds ? " \u2248 " : " " + Ne + " ")
            + Num.F(printed) + " % " + label;
        return new Calculation(expr, [num, den], Math.Round(pct, 4), printed, holds);
    }

    /// <summary>100 · num / den rounded half-up to one decimal, compared exactly with a printed one-decimal percentage (DQ-01).</summary>
    public static Calculation PercentageRounded(decimal num, decimal den, decimal printed, string label)
    {
        var pct = Num.Pct(num, den);
        var rounded = Num.RoundHalfUp(pct, 1);
        var holds = rounded == printed;
        var expr = "100 \u00d7 " + Num.F(num) + " / " + Num.F(den) + " = " + Num.P2(pct) + " \u2192 " + Num.P(rounded)
            + (holds ? " = " : " " + Ne + " ") + Num.P(printed) + " " + label;
        return new Calculation(expr, [num, den], rounded, printed, holds);
    }

    /// <summary>A plain ratio without comparison: "100 × 639 / 1,988 = 32.14 %".</summary>
    public static Calculation Ratio(decimal num, decimal den, string label)
    {
        var pct = Num.Pct(num, den);
        return new Calculation("100 \u00d7 " + Num.F(num) + " / " + Num.F(den) + " = " + Num.P2(pct) + " " + label, [num, den], Math.Round(pct, 4), null, true);
    }

    /// <summary>A comparison a ≤ b.</summary>
    public static Calculation AtMost(string leftLabel, decimal left, string rightLabel, decimal right)
    {
        var holds = left <= right;
        var expr = leftLabel + " " + Num.F(left) + (holds ? " \u2264 " : " > ") + rightLabel + " " + Num.F(right);
        return new Calculation(expr, [left, right], left - right, right, holds);
    }

    /// <summary>A free-text statement with no arithmetic (dates, citations).</summary>
    public static Calculation Statement(string text, bool holds) => new(text, [], 0m, null, holds);

    private static string Join(IReadOnlyList<decimal> values, string sep) => string.Join(sep, values.Select(Num.F));
}
