using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-25 Bremen: 128 + 151 + 187 + 621 = 1,087 > 1,054 (L1309-1314, same in the table); the printed rates hold; "rund 3.500 Kettenduldungen" (L1318) exceed the 3,226 Duldung holders.</summary>
internal sealed class Dq25Bremen : DataQualityCheck
{
    private const string Name = "Bremen";

    public override string Id => "DQ-25";

    public override string Title => "Bremen";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = V(data, Name, "applications");
        var ae = V(data, Name, "ae_granted");
        var du = V(data, Name, "duldung_job_search");
        var rej = V(data, Name, "rejected");
        var und = V(data, Name, "undecided");
        var stock = V(data, Name, "duldung_holders");
        return
        [
            F(FindingSeverity.Warning, "HB", null, "Outcomes exceed the applications; without the Duldungen some remain unaccounted for.",
                [Calc.SumAtMost([ae, du, rej, und], apps, "applications"), Calc.Residual(apps, [ae, rej, und], "unaccounted without Duldungen")], L(1309, 1314)),
            F(FindingSeverity.Pass, "HB", null, "Printed rates hold.",
                [
                    Calc.Percentage(apps, stock, V(data, Name, "applications_share_of_duldung_pct"), 0.05m, "printed"),
                    Calc.Percentage(ae, apps, V(data, Name, "ae_share_of_applications_pct"), 0.05m, "printed"),
                    Calc.Percentage(ae, stock, V(data, Name, "ae_share_of_duldung_pct"), 0.5m, "printed"),
                ],
                L(1310, 1312)),
            F(FindingSeverity.Info, "HB", null, "The coalition agreement's Kettenduldungen (2007) exceed the Duldung holders of October 2006.",
                [Calc.AtMost("Kettenduldungen", V(data, Name, "kettenduldungen"), "Duldung holders", stock)], L(1318), L(1270)),
        ];
    }
}
