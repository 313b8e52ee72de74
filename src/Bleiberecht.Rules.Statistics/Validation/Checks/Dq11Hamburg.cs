using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-11 Hamburg: applications 2,719 (L1442) vs 2,660 (L4346). The chapter closes exactly (735 + 697 + 1,244 + 43), the
/// table does not (DQ-03). Decisions are dated early November 2007 (L1447-1448); three different Duldung stocks exist.
/// </summary>
internal sealed class Dq11Hamburg : DataQualityCheck
{
    private const string Name = "Hamburg";

    public override string Id => "DQ-11";

    public override string Title => "Hamburg: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("HH");
        var apps = data.Chapters.Require(Name, "applications");
        var ae = data.Chapters.Require(Name, "ae_granted");
        var stocks = data.Chapters.Where(Name, "duldung_holders").Where(f => f.ReferenceDate?.Start?.Year == 2006).ToArray();
        var stop = data.Chapters.Require(Name, "provisional_deportation_stop");
        return
        [
            F(FindingSeverity.Warning, "HH", null, "Applications: chapter vs table. The chapter closes exactly; the table does not (DQ-03).",
                [
                    Calc.Compare("chapter", apps.Number!.Value, "table", Z(t.Antraege)),
                    Calc.SumEquals([ae.Number!.Value, V(data, Name, "rejected"), V(data, Name, "undecided"), V(data, Name, "otherwise_settled")], apps.Number.Value, "chapter Anträge"),
                ],
                apps.Source, L(1447, 1451), t.Source),
            F(FindingSeverity.Info, "HH", null, "Mixed dates: applications to " + apps.ReferenceDate + ", decisions to " + ae.ReferenceDate + " ('bis Anfang November').",
                [Calc.Statement("applications " + apps.ReferenceDate + " vs decisions " + ae.ReferenceDate, false)], L(1447, 1448)),
            F(FindingSeverity.Info, "HH", null, "The table's Arbeitssuche column is k.A., but the chapter reports more than 1,800 provisional deportation stops with job search (a lower bound, in cases).",
                [Calc.Statement("table Arbeitssuche k.A.; chapter '" + stop.Note.Split(';')[0] + "' " + Num.F(stop.Number!.Value) + " " + stop.Unit.ToCsv(), false)],
                stop.Source, t.Source),
            F(FindingSeverity.Info, "HH", null, "Three Duldung stocks around the end of 2006 from different authorities and dates.",
                stocks.Select(s => Calc.Compare("chapter (" + s.ReferenceDate + ")", s.Number!.Value, "table (2006-10-31)", Z(t.Duldungen))),
                [.. stocks.Select(s => s.Source), t.Source]),
        ];
    }
}
