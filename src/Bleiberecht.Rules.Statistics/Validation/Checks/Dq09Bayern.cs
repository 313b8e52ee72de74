using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-09 Bayern: the chapter (31.8.2007, L617-624) and the table (L4338) differ by 214 permits and 214 undecided; both
/// versions sum to 3,400, consistent with 214 later grants. "bearbeitet" (2,687 = AE + Duldungen) excludes the 409
/// rejections; the 9 % undecided is an extrapolation.
/// </summary>
internal sealed class Dq09Bayern : DataQualityCheck
{
    private const string Name = "Bayern";

    public override string Id => "DQ-09";

    public override string Title => "Bayern: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("BY");
        var ae = V(data, Name, "ae_granted");
        var apps = V(data, Name, "applications");
        var processed = V(data, Name, "processed");
        var rejected = V(data, Name, "rejected");
        var duldung = V(data, Name, "duldung_job_search");
        var undecidedText = apps - processed - rejected;
        var stock = data.Chapters.ForLand("BY", "duldung_holders").First();
        return
        [
            F(FindingSeverity.Warning, "BY", null, "Permits: chapter (31.8.2007) vs table.",
                [Calc.Compare("chapter", ae, "table", Z(t.Aufenthaltserlaubnisse))], Line(data, Name, "ae_granted"), t.Source),
            F(FindingSeverity.Warning, "BY", null, "Undecided: the chapter's 9 % (an extrapolation) implies about 304 vs 90 in the table; both versions sum to 3,400, consistent with 214 later grants.",
                [
                    Calc.DifferenceEquals(apps, [processed, rejected], Z(t.Offen), "table offen"),
                    Calc.SumEquals([ae, duldung, rejected, undecidedText], apps, "Anträge (chapter version)"),
                    Calc.SumEquals([Z(t.Aufenthaltserlaubnisse), Z(t.DuldungArbeitssuche), Z(t.Ablehnung), Z(t.Offen)], Z(t.Antraege), "Anträge (table version)"),
                ],
                L(622, 624), t.Source),
            F(FindingSeverity.Info, "BY", null, "'bearbeitet' = permits + Duldungen; the rejections are not counted as processed.",
                [Calc.SumEquals([ae, duldung], processed, "'bearbeitet'")], L(619, 620)),
            F(FindingSeverity.Info, "BY", null, "Duldung stock: chapter (end of May 2007) vs table (31.10.2006) — different dates.",
                [Calc.Compare("chapter", stock.Number!.Value, "table", Z(t.Duldungen))], stock.Source, t.Source),
        ];
    }
}
