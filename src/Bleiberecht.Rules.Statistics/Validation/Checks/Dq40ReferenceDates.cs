using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-40: compare figures only at equal reference dates. Table 6.1 is nominally 30.9.2007 (outcomes) and 31.10.2006
/// (stock); every chapter outcome or stock figure with another valid date, and every grant made after the deadline
/// (dated or not), is listed per place.
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
        // Stock figures: Duldung holders, also where a chapter counts Duldung OR Gestattung holders (NW L2111, 31.12.2006).
        static bool IsStock(string metric) => metric is "duldung_holders" or "duldung_or_gestattung_holders";

        // A grant 'nach Ablauf der Frist' (SH L3214, Wuppertal L2184) postdates the table's 30.9.2007 by definition,
        // even where no calendar date is printed.
        static bool AfterDeadline(ChapterFigure f) => f.Metric.Contains("after_deadline", StringComparison.Ordinal);
        var odd = data.Chapters.All.Where(f => AfterDeadline(f) || (f.ReferenceDate is { IsValid: true, End: { } e } &&
            ((OutcomeMetrics.Contains(f.Metric) && e != Outcomes) || (IsStock(f.Metric) && e != Stock && f.ReferenceDate.Start != Stock))));
        foreach (var g in odd.GroupBy(f => (f.Scope, f.Name, f.LandIso)))
        {
            findings.Add(F(FindingSeverity.Info, g.Key.LandIso, g.Key.Scope == FigureScope.Kommune ? g.Key.Name : null,
                g.Key.Name + ": figures dated differently from the table (outcomes 30.9.2007, stock 31.10.2006); comparisons must be marked.",
                g.Select(f => Calc.Statement(f.Metric + " " + (f.Number is { } n ? Num.F(n) : "no value") + " at "
                    + (f.ReferenceDate is { IsValid: true } d ? d.ToString() : "after 30.9.2007 (no calendar date printed)"), false)),
                g.Select(f => f.Source).ToArray()));
        }

        return findings;
    }
}
