using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-34: arithmetic may combine only figures with the same counting unit. For every Land or Kommune the outcome
/// figures (applications, permits, Duldungen, rejections, undecided, withdrawn, settled) are checked for mixed units;
/// figures counted in families or households are flagged. The study itself warns that figures are not comparable
/// (L354-378); the federal text mixes "Anträge" and "Personen" (L30, L137-138).
/// </summary>
internal sealed class Dq34MixedUnits : DataQualityCheck
{
    private static readonly string[] Outcome =
        ["applications", "ae_granted", "duldung_job_search", "rejected", "undecided", "withdrawn", "otherwise_settled", "decided", "processed", "unprocessed"];

    public override string Id => "DQ-34";

    public override string Title => "Mixed counting units";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>
        {
            F(FindingSeverity.Info, "DE", null, "Federal text counts the same figure as applications and as persons.",
                [Calc.Statement("'Ca. 72 000 Anträge' (L30) vs 'fast 72.000 Personen einen Antrag' (L137-138)", false)], L(30), L(137, 138), L(354, 378)),
        };
        foreach (var g in data.Chapters.All.Where(f => Outcome.Contains(f.Metric) && f.Value is not null).GroupBy(f => (f.Scope, f.LandIso, f.Name)))
        {
            var units = g.Select(f => f.Unit).Distinct().ToArray();
            if (units.Length > 1)
            {
                findings.Add(F(FindingSeverity.Warning, g.Key.LandIso, g.Key.Scope == FigureScope.Kommune ? g.Key.Name : null,
                    g.Key.Name + ": outcome figures in different counting units (" + string.Join(", ", units.Select(u => u.ToCsv())) + "); sums across them mix units.",
                    g.Select(f => Calc.Statement(f.Metric + " " + Num.F(f.Number!.Value) + " " + f.Unit.ToCsv() + " (" + f.Source + ")", false)),
                    g.Select(f => f.Source).ToArray()));
            }
        }

        foreach (var f in data.Chapters.All.Where(f => f.Unit is CountingUnit.Families or CountingUnit.Households))
        {
            findings.Add(F(FindingSeverity.Info, f.LandIso, f.Scope == FigureScope.Kommune ? f.Name : null,
                f.Name + " " + f.Metric + " is counted in " + f.Unit.ToCsv() + ", not persons.",
                [Calc.Statement(Num.F(f.Number ?? 0) + " " + f.Unit.ToCsv() + ": " + f.Note, false)], f.Source));
        }

        return findings;
    }
}
