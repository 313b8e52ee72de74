using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-04: job-search Duldungen ≤ Anträge. Fails for NI (7,607 > 6,824); the NI chapter counts "7.607 Antragsteller",
/// i.e. persons, while one application can cover a family (L1928-1931, DQ-34).
/// </summary>
internal sealed class Dq04JobSearchBounded : DataQualityCheck
{
    public override string Id => "DQ-04";

    public override string Title => "Job-search Duldungen do not exceed applications";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var r in data.Table.Rows)
        {
            if (r is { DuldungArbeitssuche: { } du, Antraege: { } a } && du > a)
            {
                var chapter = data.Chapters.ForLand(r.LandIso, "duldung_job_search").FirstOrDefault(f => f.Number == du);
                var lines = chapter is null ? new[] { r.Source } : [r.Source, chapter.Source];
                findings.Add(F(FindingSeverity.Warning, r.LandIso, null,
                    "More job-search Duldungen than applications. Probable cause: Duldungen count persons ("
                    + (chapter?.Unit.ToCsv() ?? "unit not stated") + ") while applications can cover a family.",
                    [Calc.AtMost("Arbeitssuche", du, "Anträge", a)], lines));
            }
        }

        if (findings.Count == 0)
        {
            findings.Add(F(FindingSeverity.Pass, null, null, "Job-search Duldungen never exceed applications.", [], L(4337, 4365)));
        }

        return findings;
    }
}
