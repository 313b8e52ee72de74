using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-10 Brandenburg: undecided 334 (L1025) vs 344 (L4342); with 344 the chapter partition closes exactly, so 334 is
/// probably a typo. The chapter's "insgesamt 299" permits exclude the 119 granted after a job-search Duldung
/// (L1023-1024); the table's 418 includes them.
/// </summary>
internal sealed class Dq10Brandenburg : DataQualityCheck
{
    private const string Name = "Brandenburg";

    public override string Id => "DQ-10";

    public override string Title => "Brandenburg: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("BB");
        var withdrawn = V(data, Name, "withdrawn");
        var settled = V(data, Name, "otherwise_settled");
        var rejected = V(data, Name, "rejected");
        var undecided = V(data, Name, "undecided");
        var direct = V(data, Name, "ae_granted_direct");
        var after = V(data, Name, "ae_granted_after_duldung");
        var apps = V(data, Name, "applications");
        var ae = Z(t.Aufenthaltserlaubnisse);
        return
        [
            F(FindingSeverity.Warning, "BB", null, "Undecided: chapter vs table. With the table's value the chapter partition closes exactly; the chapter's value is probably a typo.",
                [
                    Calc.Compare("chapter", undecided, "table", Z(t.Offen)),
                    Calc.SumEquals([withdrawn, settled, ae, rejected, Z(t.Offen)], apps, "Anträge (with table offen)"),
                    Calc.SumEquals([withdrawn, settled, ae, rejected, undecided], apps, "Anträge (with chapter undecided)"),
                ],
                Line(data, Name, "undecided"), t.Source, L(1020, 1021)),
            F(FindingSeverity.Info, "BB", null, "Permits: the chapter's 'insgesamt 299' excludes the 119 permits after a job-search Duldung; the table's 418 includes them.",
                [
                    Calc.SumEquals([V(data, Name, "ae_granted_punkt[3.2]"), V(data, Name, "ae_granted_punkt[3.3]")], direct, "'insgesamt'"),
                    Calc.SumEquals([direct, after], ae, "table AE"),
                ],
                L(1021, 1024), t.Source),
            F(FindingSeverity.Info, "BB", null, "Duldung base: table Duldungen vs the chapter's 'etwa 4.000 ausreisepflichtige' and 'etwa 6.500' with Gestattung or Duldung.",
                [
                    Calc.Compare("chapter ausreisepflichtige", V(data, Name, "ausreisepflichtige"), "table", Z(t.Duldungen)),
                    Calc.Compare("chapter Duldung or Gestattung", V(data, Name, "duldung_or_gestattung_holders"), "table", Z(t.Duldungen)),
                ],
                L(995, 998), t.Source),
        ];
    }
}
