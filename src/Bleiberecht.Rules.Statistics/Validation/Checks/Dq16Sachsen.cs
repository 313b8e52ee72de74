using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-16 Sachsen: the chapter prints 32.7 % of Duldung holders applied (L2896-2898), but 1,679 / 4,458 = 37.7 % as in the
/// table (L4359). 32.7 % is Bremen's printed share (L1310, L4344): a probable copy error.
/// </summary>
internal sealed class Dq16Sachsen : DataQualityCheck
{
    private const string Name = "Sachsen";

    public override string Id => "DQ-16";

    public override string Title => "Sachsen: printed application share";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("SN");
        var apps = V(data, Name, "applications");
        var stock = V(data, Name, "duldung_holders");
        var printed = V(data, Name, "applications_share_of_duldung_pct");
        var calc = Calc.PercentageRounded(apps, stock, printed, "chapter printed");
        var twin = data.Table.Laender.FirstOrDefault(r => r.LandIso != "SN" && r.AntraegePctPrinted == printed);
        var needed = Math.Round(apps * 100m / printed, 0);
        return
        [
            F(calc.Holds ? FindingSeverity.Pass : FindingSeverity.Warning, "SN", null,
                "Printed application share does not reproduce; the table prints " + Num.F(t.AntraegePctPrinted!.Value) + " %."
                + (twin is null ? string.Empty : " " + Num.F(printed) + " % is " + twin.LandName + "'s printed share: probable copy error.")
                + " To give " + Num.F(printed) + " %, Sachsen would need about " + Num.F(needed) + " Duldung holders.",
                [calc, Calc.PercentageRounded(apps, Z(t.Duldungen), t.AntraegePctPrinted.Value, "table printed")],
                twin is null ? [L(2896, 2898), t.Source] : [L(2896, 2898), t.Source, twin.Source, L(1310)]),
        ];
    }
}
