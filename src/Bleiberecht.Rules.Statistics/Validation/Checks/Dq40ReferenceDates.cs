using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-40: compare figures only at equal reference dates. Table 6.1 is nominally 30.9.2007 (outcomes) and 31.10.2006
/// (stock); every chapter outcome or stock figure with another valid date is listed per place.
/// </summary>
internal sealed class Dq40ReferenceDates : DataQualityCheck
{
    private static readonly DateOnly Outcomes = new(2007, 9, 30);
    private static readonly DateOnly Stock = new(2006, 10, 31);
    private static readonly string[] OutcomeMetrics = ["applications", "ae_granted", "duldung_job_search", "rejected", "undecided"];

    public override string Id => "DQ-40";

    public override string Title => "Different reference dates in one comparison";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        var odd = data.Chapters.All.Where(f => f.ReferenceDate is { IsValid: true, End: { } e } &&
            ((OutcomeMetrics.Contains(f.Metric) && e != Outcomes) || (f.Metric == "duldung_holders" && e != Stock && f.ReferenceDate.Start != Stock)));
        foreach (var g in odd.GroupBy(f => (f.Scope, f.Name, f.LandIso)))
        {
            findings.Add(F(FindingSeverity.Info, g.Key.LandIso, g.Key.Scope == FigureScope.Kommune ? g.Key.Name : null,
                g.Key.Name + ": figures dated differently from the table (outcomes 30.9.2007, stock 31.10.2006); comparisons must be marked.",
                g.Select(f => Calc.Statement(f.Metric + " " + (f.Number is { } n ? Num.F(n) : "no value") + " at " + f.ReferenceDate, false)),
                g.Select(f => f.Source).ToArray()));
        }

        return findings;
    }
}
