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
        ["applications", "ae_granted", "ae_or_duldung_job_search", "duldung_job_search", "rejected", "undecided", "withdrawn", "otherwise_settled", "decided", "processed", "unprocessed"];

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

        // Figures outside the CSV, transcribed with their lines: the Freiburg qualification project counts participants
        // as persons and its outcomes as families (L4224-4232); Hessen counts permits and job-search Duldungen together
        // as 'Personen' (L1637) against 'Anträge' (L1636).
        findings.Add(F(FindingSeverity.Warning, "BW", "Freiburg im Breisgau (project)",
            "Freiburg project: participants counted in persons, outcomes in families; shares across them mix units.",
            [
                Calc.Statement("participants 131 persons = 25 families (127 persons) + 4 single persons (L4224-4225)", true),
                Calc.Statement("permits: 10 families or 44 participants (L4226-4227); rejected: 3 families (L4227-4228); undecided or unknown: 13 families (L4228-4229)", false),
                Calc.Statement("other applications or withdrawn: 2 families; permit on other grounds: 1 family (L4230-4232)", false),
            ],
            L(4224, 4232)));
        findings.Add(F(FindingSeverity.Warning, "HE", null,
            "Hessen: '5.620 Personen' with a Duldung for job search or a permit (persons) against 7,625 'Anträge' (applications); table 6.1 counts 3,029 + 3,907 = 6,936 for the same outcomes.",
            [Calc.Statement("5,620 Personen (L1637) vs 7,625 Anträge (L1636) vs table 6.1 AE + Arbeitssuche 6,936 (L4348)", false)],
            L(1636, 1637), L(4348)));

        foreach (var f in data.Chapters.All.Where(f => f.Unit is CountingUnit.Families or CountingUnit.Households))
        {
            findings.Add(F(FindingSeverity.Info, f.LandIso, f.Scope == FigureScope.Kommune ? f.Name : null,
                f.Name + " " + f.Metric + " is counted in " + f.Unit.ToCsv() + ", not persons.",
                [Calc.Statement(Num.F(f.Number ?? 0) + " " + f.Unit.ToCsv() + ": " + f.Note, false)], f.Source));
        }

        return findings;
    }
}
