using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-24 Landkreis Oder-Spree: internally consistent (L1090-1097); "über 80 Prozent" uses a base without withdrawn and settled cases; stock and foreigner figures do not fit together.</summary>
internal sealed class Dq24OderSpree : DataQualityCheck
{
    private const string Name = "Landkreis Oder-Spree";

    public override string Id => "DQ-24";

    public override string Title => "Landkreis Oder-Spree";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = V(data, Name, "applications");
        var w = V(data, Name, "withdrawn");
        var s = V(data, Name, "otherwise_settled");
        var rem = V(data, Name, "remaining_applications");
        var ae = V(data, Name, "ae_granted");
        var rej = V(data, Name, "rejected");
        var stocks = data.Chapters.Where(Name, "duldung_holders");
        var share = V(data, Name, "foreign_share_pct");
        var pop = V(data, Name, "population");
        var migrants = V(data, Name, "migrants_in_district");
        return
        [
            F(FindingSeverity.Pass, "BB", Name, "The Kommune's figures are internally consistent.",
                [
                    Calc.DifferenceEquals(apps, [w, s], rem, "remaining"),
                    Calc.SumEquals([ae, rej], rem, "remaining"),
                    Calc.SumEquals([V(data, Name, "ae_granted_anordnung[2.1.1 or 2.1.2]"), V(data, Name, "ae_granted_anordnung[2.2.3]")], ae, "permits"),
                    Calc.SumEquals([V(data, Name, "rejected_reason[Ausschlussgrund 3.2 der Anordnung]"), V(data, Name, "rejected_reason[Ausschlussgrund 3.3 der Anordnung]"), V(data, Name, "rejected_reason[sonstige Gründe]")], rej, "rejections"),
                ],
                L(1090, 1097)),
            F(FindingSeverity.Info, "BB", Name, "'über 80 Prozent' positive rate uses the base without withdrawn/settled cases; on the federal definition (AE/Anträge) it is lower.",
                [Calc.Ratio(ae, rem, "(base: remaining)"), Calc.Ratio(ae, apps, "(base: all applications)")], L(1093, 1094)),
            F(FindingSeverity.Info, "BB", Name, "Two Duldung stocks half a year apart; the later one is described as 'Aufenthaltstitel nach §60a' although a Duldung is not a residence title [background].",
                stocks.Select(x => Calc.Statement(Num.F(x.Number!.Value) + " at " + x.ReferenceDate, true)), L(1065, 1066), L(1109, 1110)),
            F(FindingSeverity.Info, "BB", Name, "The foreigner share implies far more foreigners than the 'etwa 1.000 Migranten'.",
                [new Calculation(Num.F(share) + " % \u00d7 " + Num.F(pop) + " = " + Num.F(share * pop / 100m) + " \u2260 " + Num.F(migrants) + " migrants", [share, pop], share * pop / 100m, migrants, false)],
                L(1059, 1064), L(1073, 1074)),
        ];
    }
}
