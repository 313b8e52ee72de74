using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-13 Mecklenburg-Vorpommern: text (L1841-1849) vs table (L4349). The table's Duldung figure (297 = 223 + 74) counts
/// every Duldung ever issued; permits and rejections cannot be reconciled; the text's outcomes exceed the applications.
/// </summary>
internal sealed class Dq13MecklenburgVorpommern : DataQualityCheck
{
    private const string Name = "Mecklenburg-Vorpommern";

    public override string Id => "DQ-13";

    public override string Title => "Mecklenburg-Vorpommern: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("MV");
        var ae = V(data, Name, "ae_granted");
        var direct = V(data, Name, "ae_granted_direct");
        var after = V(data, Name, "ae_granted_after_duldung");
        var duldung = V(data, Name, "duldung_job_search");
        var rejected = V(data, Name, "rejected");
        var withdrawn = V(data, Name, "withdrawn");
        var settled = V(data, Name, "otherwise_settled");
        var apps = data.Chapters.Where(Name, "applications").Last().Number!.Value;
        var longTerm = V(data, Name, "duldung_holders_long_term");
        return
        [
            F(FindingSeverity.Warning, "MV", null, "Permits: chapter (46 direct + 74 after a Duldung) vs table; cannot be reconciled.",
                [Calc.SumEquals([direct, after], ae, "chapter 'bewilligt'"), Calc.Compare("chapter", ae, "table", Z(t.Aufenthaltserlaubnisse))],
                L(1846, 1847), t.Source),
            F(FindingSeverity.Info, "MV", null, "Job-search Duldungen: the table counts every Duldung ever issued (223 'zusätzlich' + 74 later permits).",
                [Calc.SumEquals([duldung, after], Z(t.DuldungArbeitssuche), "table Arbeitssuche")], L(1847, 1848), t.Source),
            F(FindingSeverity.Warning, "MV", null, "Rejections: chapter vs table; cannot be reconciled.",
                [Calc.Compare("chapter", rejected, "table", Z(t.Ablehnung))], L(1849), t.Source),
            F(FindingSeverity.Error, "MV", null, "The chapter's outcomes exceed its own application count.",
                [Calc.SumAtMost([withdrawn, settled, ae, duldung, rejected], apps, "Anträge")], L(1842, 1849)),
            F(FindingSeverity.Warning, "MV", null, "Base: 'langjährig Geduldete' (no date) vs the table's Duldungen; 'etwa einem Drittel' holds only on the chapter's base.",
                [
                    Calc.Compare("chapter", longTerm, "table", Z(t.Duldungen)),
                    Calc.Ratio(apps, longTerm, "(chapter base)"),
                    Calc.Ratio(apps, Z(t.Duldungen), "(table base)"),
                ],
                L(1807, 1808), L(1842), t.Source),
        ];
    }
}
