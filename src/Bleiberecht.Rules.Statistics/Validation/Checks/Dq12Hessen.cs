using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-12 Hessen: the chapter's 5,620 persons with "eine Duldung zur Arbeitssuche oder eine Aufenthaltserlaubnis"
/// (L1637-1638) vs the table's 3,029 + 3,907 = 6,936; 746 of 7,625 applications are unaccounted for in the chapter.
/// </summary>
internal sealed class Dq12Hessen : DataQualityCheck
{
    private const string Name = "Hessen";

    public override string Id => "DQ-12";

    public override string Title => "Hessen: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("HE");
        var combined = V(data, Name, "ae_or_duldung_job_search");
        var rejected = V(data, Name, "rejected");
        var undecided = V(data, Name, "undecided");
        var apps = V(data, Name, "applications");
        return
        [
            F(FindingSeverity.Warning, "HE", null, "Permits + job-search Duldungen: chapter (persons, combined) vs table.",
                [Calc.SumEquals([Z(t.Aufenthaltserlaubnisse), Z(t.DuldungArbeitssuche)], combined, "chapter 'Duldung oder Aufenthaltserlaubnis'")],
                L(1637, 1638), t.Source),
            F(FindingSeverity.Warning, "HE", null, "Chapter outcomes leave applications unaccounted for.",
                [Calc.Residual(apps, [combined, rejected, undecided], "applications unaccounted for")], L(1636, 1639)),
            F(FindingSeverity.Pass, "HE", null, "Printed chapter shares hold.",
                [
                    Calc.Percentage(rejected, apps, V(data, Name, "rejected_share_pct"), 0.05m, "printed rejected"),
                    Calc.Percentage(undecided, apps, V(data, Name, "undecided_share_pct"), 0.05m, "printed undecided"),
                ],
                L(1638, 1639)),
        ];
    }
}
