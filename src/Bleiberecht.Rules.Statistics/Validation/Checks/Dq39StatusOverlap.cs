using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-39: a person is counted in at most one final state; interim states are stored separately. Flags permits granted
/// after a job-search Duldung or after the deadline, § 104a permits, and places where permits + Duldungen already equal
/// the applications while undecided are reported on top (München, DQ-21).
/// </summary>
internal sealed class Dq39StatusOverlap : DataQualityCheck
{
    private static readonly string[] OverlapMetrics = ["ae_granted_after_duldung", "ae_granted_after_deadline", "ae_granted_104a"];

    public override string Id => "DQ-39";

    public override string Title => "Status overlap in chapter figures";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var f in data.Chapters.All.Where(f => OverlapMetrics.Contains(f.Metric)))
        {
            findings.Add(F(FindingSeverity.Info, f.LandIso, f.Scope == FigureScope.Kommune ? f.Name : null,
                f.Name + ": " + Num.F(f.Number ?? 0) + " persons moved between states (" + f.Metric + "); they may be counted twice.",
                [Calc.Statement(f.Metric + " = " + Num.F(f.Number ?? 0) + ": " + f.Note, false)], f.Source));
        }

        foreach (var g in data.Chapters.All.GroupBy(f => (f.Scope, f.Name, f.LandIso)))
        {
            var apps = g.FirstOrDefault(f => f.Metric == "applications")?.Number;
            var ae = g.FirstOrDefault(f => f.Metric == "ae_granted")?.Number;
            var du = g.FirstOrDefault(f => f.Metric == "duldung_job_search")?.Number;
            var und = g.FirstOrDefault(f => f.Metric == "undecided")?.Number;
            if (apps is { } a && ae is { } p && du is { } d && und is > 0 && p + d == a)
            {
                findings.Add(F(FindingSeverity.Warning, g.Key.LandIso, g.Key.Scope == FigureScope.Kommune ? g.Key.Name : null,
                    g.Key.Name + ": permits + Duldungen already equal the applications, yet undecided are reported: Duldung and undecided overlap.",
                    [Calc.SumEquals([p, d], a, "applications")], g.Where(f => f.Metric is "applications" or "ae_granted" or "duldung_job_search" or "undecided").Select(f => f.Source).ToArray()));
            }
        }

        return findings;
    }
}
