using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-41: minor presentation issues; do not infer a ranking from list order. Origin lists not in descending order
/// (Sachsen, L2877-2878), main-origin lists without counts (BW L402-403, Wiesbaden L1653-1656), and table row labels
/// that differ from the ISO code ("SA" for Sachsen, L4359).
/// </summary>
internal sealed class Dq41Presentation : DataQualityCheck
{
    public override string Id => "DQ-41";

    public override string Title => "Minor presentation issues";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var g in data.Chapters.All.Where(f => f.BaseMetric == "duldung_holders_origin" && f.Category != "ungeklärt" && f.Value is not null).GroupBy(f => (f.Scope, f.Name, f.LandIso)))
        {
            var values = g.Select(f => f.Number!.Value).ToArray();
            var descending = values.Zip(values.Skip(1)).All(p => p.First >= p.Second);
            if (!descending)
            {
                findings.Add(F(FindingSeverity.Info, g.Key.LandIso, g.Key.Scope == FigureScope.Kommune ? g.Key.Name : null,
                    g.Key.Name + ": origins are not listed in descending order; list order is not a ranking.",
                    [Calc.Statement(string.Join(", ", g.Select(f => f.Category + " " + Num.F(f.Number!.Value))), false)], g.Select(f => f.Source).ToArray()));
            }
        }

        foreach (var g in data.Chapters.All.Where(f => f.BaseMetric == "top_origin_listed").GroupBy(f => (f.Scope, f.Name, f.LandIso)))
        {
            findings.Add(F(FindingSeverity.Info, g.Key.LandIso, g.Key.Scope == FigureScope.Kommune ? g.Key.Name : null,
                g.Key.Name + ": main origins listed without counts; the printed order is not stated to be a ranking.",
                [Calc.Statement(string.Join(", ", g.Select(f => f.Category)), false)], g.Select(f => f.Source).ToArray()));
        }

        foreach (var r in data.Table.Rows.Where(r => r.PrintedLabel != r.LandIso))
        {
            findings.Add(F(FindingSeverity.Info, r.LandIso, null, "Table row label '" + r.PrintedLabel + "' is " + r.LandName + " (ISO " + r.LandIso + ").",
                [Calc.Statement("printed '" + r.PrintedLabel + "' \u2192 " + r.LandIso, false)], r.Source));
        }

        return findings;
    }
}
