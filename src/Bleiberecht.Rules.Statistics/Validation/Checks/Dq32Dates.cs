using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-32: invalid or implausible dates. Invalid printed dates are kept verbatim ("31.6.2007", L1841; "31.9.2007", L1842;
/// "31. September 2007", L1090; "1.9..2007", L2554) and never coerced. Application counts dated within weeks of the
/// resolution, figures whose year is not printed and the bibliography's press release dated before the resolution
/// (L4536-4540) are flagged as implausible.
/// </summary>
internal sealed class Dq32Dates : DataQualityCheck
{
    private static readonly DateOnly Resolution = new(2006, 11, 17);

    public override string Id => "DQ-32";

    public override string Title => "Invalid or implausible dates";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var g in data.Chapters.All.Where(f => f.ReferenceDate is { IsValid: false }).GroupBy(f => (f.Name, f.LandIso, f.Scope, f.ReferenceDate!.Printed)))
        {
            findings.Add(F(FindingSeverity.Warning, g.Key.LandIso, g.Key.Scope == FigureScope.Kommune ? g.Key.Name : null,
                "Invalid printed date '" + g.Key.Printed + "' kept verbatim (not coerced).",
                g.Select(f => Calc.Statement(f.Metric + " = " + (f.Number is { } n ? Num.F(n) : "no value") + " dated '" + g.Key.Printed + "'", false)),
                g.Select(f => f.Source).ToArray()));
        }

        foreach (var f in data.Chapters.All.Where(f => f.BaseMetric == "applications" && f.ReferenceDate is { IsValid: true, End: { } e } && e < Resolution.AddMonths(1)))
        {
            findings.Add(F(FindingSeverity.Warning, f.LandIso, f.Scope == FigureScope.Kommune ? f.Name : null,
                "Implausible date for an application count: within a month of the resolution of 17.11.2006.",
                [Calc.Statement(f.Metric + " " + Num.F(f.Number ?? 0) + " dated " + f.ReferenceDate, false)], f.Source));
        }

        foreach (var f in data.Chapters.All.Where(f => f.Note.Contains("year not printed", StringComparison.Ordinal)))
        {
            findings.Add(F(FindingSeverity.Info, f.LandIso, f.Scope == FigureScope.Kommune ? f.Name : null,
                "Date printed without a year; the year is implied.", [Calc.Statement(f.Metric + " dated '" + f.ReferenceDate + "' (" + f.Note + ")", false)], f.Source));
        }

        var pressRelease = new DateOnly(2005, 11, 15);
        findings.Add(F(FindingSeverity.Warning, null, null,
            "Bibliography: press release 'Ein Jahr nach dem Bleiberechtsbeschluss' dated before the resolution it looks back on.",
            [Calc.Statement("15.11.2005 < resolution 17.11.2006", pressRelease > Resolution)], L(4536, 4540)));
        return findings;
    }
}
