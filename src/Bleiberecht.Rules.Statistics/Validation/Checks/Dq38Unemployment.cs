using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-38: an unemployment rate needs a date and a base; a series needs one source. The DE rate is printed as 8.2 %
/// (Oct 2007, L436, L3229) and 8.1 % (undated, L1268-1269); Berlin's series (L755-758) mixes three sources.
/// </summary>
internal sealed class Dq38Unemployment : DataQualityCheck
{
    public override string Id => "DQ-38";

    public override string Title => "Unemployment figures";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>
        {
            F(FindingSeverity.Warning, "DE", null, "Two different federal unemployment rates, one undated.",
                [Calc.Statement("8.2 % (2007-10; L436, L3229) vs 8.1 % (no date; L1268-1269)", false)], L(436), L(3229), L(1268, 1269)),
        };
        var rates = data.Chapters.All.Where(f => f.BaseMetric == "unemployment_rate_pct" && f.Category is null).ToArray();
        foreach (var f in rates.Where(f => f.ReferenceDate is null))
        {
            findings.Add(F(FindingSeverity.Warning, f.LandIso, f.Scope == FigureScope.Kommune ? f.Name : null,
                f.Name + ": unemployment rate without a date.", [Calc.Statement(Num.F(f.Number ?? 0) + " % (no date)", false)], f.Source));
        }

        foreach (var g in rates.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            findings.Add(F(FindingSeverity.Info, g.First().LandIso, g.First().Scope == FigureScope.Kommune ? g.Key : null,
                g.Key + ": a series of unemployment rates from different sources/dates; trend claims rest on it.",
                g.Select(f => Calc.Statement(Num.F(f.Number ?? 0) + " % at " + (f.ReferenceDate?.Printed ?? "no date") + (f.Qualifier == ValueQualifier.Exact ? string.Empty : " (" + f.Qualifier + ")"), false)),
                [.. g.Select(f => f.Source), L(755, 760)]));
        }

        foreach (var f in data.Chapters.All.Where(f => f.Note.Contains("could be read", StringComparison.Ordinal)))
        {
            findings.Add(F(FindingSeverity.Info, f.LandIso, null, f.Name + ": ambiguous figure. " + f.Note, [Calc.Statement(f.Metric + " " + Num.F(f.Number ?? 0), false)], f.Source));
        }

        return findings;
    }
}
