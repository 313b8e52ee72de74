using System.Globalization;
using System.Text.RegularExpressions;

namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// A reference date as given in the CSV. Invalid printed dates ("31.9.2007", L1842) are kept verbatim with
/// <see cref="ReferenceDatePrecision.Invalid"/>; they are never coerced to the nearest valid day (DQ-32).
/// </summary>
/// <param name="Printed">The CSV text.</param>
/// <param name="Precision">Granularity or <see cref="ReferenceDatePrecision.Invalid"/>.</param>
/// <param name="Start">First day covered (null when invalid).</param>
/// <param name="End">Last day covered (null when invalid). For cumulative counts this is the cut-off date.</param>
public sealed partial record ReferenceDate(string Printed, ReferenceDatePrecision Precision, DateOnly? Start, DateOnly? End)
{
    /// <summary>True unless the printed date is invalid.</summary>
    public bool IsValid => Precision != ReferenceDatePrecision.Invalid;

    /// <summary>Parses the CSV representation; never throws (an unparseable string is an invalid printed date).</summary>
    /// <param name="text">CSV text, non-empty.</param>
    public static ReferenceDate Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var a = Parse(text[..slash]);
            var b = Parse(text[(slash + 1)..]);
            return a.IsValid && b.IsValid
                ? new ReferenceDate(text, ReferenceDatePrecision.Interval, a.Start, b.End)
                : Invalid(text);
        }

        if (DayPattern().IsMatch(text))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? new ReferenceDate(text, ReferenceDatePrecision.Day, d, d)
                : Invalid(text);
        }

        if (MonthPattern().IsMatch(text))
        {
            var y = int.Parse(text[..4], CultureInfo.InvariantCulture);
            var m = int.Parse(text[5..], CultureInfo.InvariantCulture);
            return m is >= 1 and <= 12
                ? new ReferenceDate(text, ReferenceDatePrecision.Month, new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)))
                : Invalid(text);
        }

        if (YearPattern().IsMatch(text))
        {
            var y = int.Parse(text, CultureInfo.InvariantCulture);
            return new ReferenceDate(text, ReferenceDatePrecision.Year, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }

        return Invalid(text);
    }

    /// <inheritdoc />
    public override string ToString() => Printed;

    private static ReferenceDate Invalid(string text) => new(text, ReferenceDatePrecision.Invalid, null, null);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
