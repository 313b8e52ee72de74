using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-22 Freiburg: 424 − 96 = 328, printed 324 (L464-467); "etwa 26 %" not yet processed (L471-472) has no base; the "relativ hoch" approval rate (L482-483) is high only per decided case.</summary>
internal sealed class Dq22Freiburg : DataQualityCheck
{
    private const string Name = "Freiburg im Breisgau";

    public override string Id => "DQ-22";

    public override string Title => "Freiburg";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = V(data, Name, "applications");
        var decided = V(data, Name, "decided");
        var und = V(data, Name, "undecided");
        var pct = V(data, Name, "undecided_share_pct");
        var ae = V(data, Name, "ae_granted");
        var bw = data.Table.Get("BW");
        var de = data.Table.FederalTotal;
        return
        [
            F(FindingSeverity.Warning, "BW", Name, "Undecided does not equal applications minus decided.",
                [Calc.DifferenceEquals(apps, [decided], und, "printed undecided")], L(464, 467)),
            F(FindingSeverity.Warning, "BW", Name, "'etwa 26 %' not yet processed does not reproduce on any printed base.",
                [Calc.Percentage(und, apps, pct, 2m, "printed"), Calc.Percentage(apps - decided, apps, pct, 2m, "printed"), Calc.Percentage(decided, apps, pct, 2m, "printed"),
                 Calc.Percentage(und, V(data, Name, "duldung_holders"), pct, 2m, "printed")],
                L(471, 472)),
            F(FindingSeverity.Warning, "BW", Name, "The 'relativ hoch' approval rate is below BW and DE per application; only per decided case is it high.",
                [Calc.Ratio(ae, apps, "Freiburg AE/Anträge vs BW " + Num.F(bw.AePctPrinted!.Value) + " %, DE " + Num.F(de.AePctPrinted!.Value) + " %"),
                 Calc.Ratio(ae, decided, "Freiburg AE/decided"),
                 Calc.Ratio(Z(bw.Aufenthaltserlaubnisse), Z(bw.Aufenthaltserlaubnisse) + Z(bw.Ablehnung), "BW AE/(AE + Ablehnung)")],
                L(482, 483), bw.Source),
        ];
    }
}
