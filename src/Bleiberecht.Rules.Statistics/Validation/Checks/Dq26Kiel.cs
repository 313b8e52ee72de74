using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-26 Kiel: "Bearbeitungsquote ... 100 Prozent" (L3274-3275) counts 12 interim Duldungen as processed; final decisions are 62.5 %.</summary>
internal sealed class Dq26Kiel : DataQualityCheck
{
    private const string Name = "Kiel";

    public override string Id => "DQ-26";

    public override string Title => "Kiel";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = V(data, Name, "applications");
        var ae = V(data, Name, "ae_granted");
        var rej = V(data, Name, "rejected");
        var du = V(data, Name, "duldung_job_search");
        return
        [
            F(FindingSeverity.Warning, "SH", Name, "The 100 % processing rate counts interim Duldungen as processed; final decisions are fewer.",
                [Calc.SumEquals([ae, rej, du], apps, "applications"), Calc.Percentage(ae + rej, apps, V(data, Name, "processed_share_pct"), 0.5m, "printed 'Bearbeitungsquote'")],
                L(3271, 3275)),
            F(FindingSeverity.Pass, "SH", Name, "'50 Prozent' permits holds.", [Calc.Percentage(ae, apps, V(data, Name, "ae_share_of_applications_pct"), 0.5m, "printed")], L(3276)),
        ];
    }
}
