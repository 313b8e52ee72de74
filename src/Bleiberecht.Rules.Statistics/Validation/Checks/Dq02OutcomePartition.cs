using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-02: AE + Arbeitssuche + Ablehnung + offen = Anträge. Holds only for BW and BY; the job-search Duldung overlaps
/// "offen" and later permits, so the four columns are not a partition.
/// </summary>
internal sealed class Dq02OutcomePartition : DataQualityCheck
{
    public override string Id => "DQ-02";

    public override string Title => "Outcome columns partition the applications";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        var passes = new List<Calculation>();
        foreach (var r in data.Table.Rows)
        {
            var hasMissing = r.Aufenthaltserlaubnisse is null || r.DuldungArbeitssuche is null || r.Ablehnung is null || r.Offen is null;
            decimal[] parts = [Z(r.Aufenthaltserlaubnisse), Z(r.DuldungArbeitssuche), Z(r.Ablehnung), Z(r.Offen)];
            if (r.Antraege is not { } a)
            {
                continue;
            }

            var calc = Calc.SumEquals(parts, a, "Anträge");
            if (hasMissing)
            {
                findings.Add(F(FindingSeverity.Info, r.LandIso, null,
                    "Row contains k.A.; the partition cannot be checked. Residual shown with k.A. treated as 0 for information only.",
                    [Calc.Residual(a, parts, "residual (k.A. = 0)")], r.Source));
            }
            else if (calc.Holds)
            {
                passes.Add(calc);
            }
            else
            {
                // Direction matters: an excess points to overlap (the job-search Duldung is also counted as 'offen' or
                // later as a permit); a shortfall to outcomes the table has no column for (withdrawn, otherwise settled).
                findings.Add(F(FindingSeverity.Warning, r.LandIso, null,
                    calc.Result > a
                        ? "The four outcome columns exceed the applications: the job-search Duldung overlaps 'offen' and later permits."
                        : "The four outcome columns fall short of the applications: some applications have an outcome the table has no column for (withdrawn, otherwise settled) or are not reported.",
                    [calc], r.Source));
            }
        }

        findings.Insert(0, F(FindingSeverity.Pass, null, null, "Partition holds for these rows only.", passes, L(4337, 4338)));
        return findings;
    }
}
