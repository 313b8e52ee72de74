using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-23 Wiesbaden: "72 % ... durch die Vergabe eines Aufenthaltstitels entschieden" (L1680-1682) is the decided share (249 + 7) / 353, not the permit share 249 / 353; 7 applications are unaccounted for.</summary>
internal sealed class Dq23Wiesbaden : DataQualityCheck
{
    private const string Name = "Wiesbaden";

    public override string Id => "DQ-23";

    public override string Title => "Wiesbaden";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = V(data, Name, "applications");
        var ae = V(data, Name, "ae_granted");
        var rej = V(data, Name, "rejected");
        var und = V(data, Name, "undecided");
        var printed = V(data, Name, "ae_share_of_applications_pct");
        return
        [
            F(FindingSeverity.Warning, "HE", Name, "The printed permit share matches the decided share (permits + rejections), not permits alone.",
                [Calc.Percentage(ae, apps, printed, 0.5m, "printed"), Calc.Percentage(ae + rej, apps, printed, 0.5m, "printed")], L(1680, 1682)),
            F(FindingSeverity.Warning, "HE", Name, "Outcomes leave applications unaccounted for.", [Calc.SumEquals([ae, rej, und], apps, "applications")], L(1677, 1680)),
            F(FindingSeverity.Pass, "HE", Name, "'2 %' rejected holds.", [Calc.Percentage(rej, apps, V(data, Name, "rejected_share_pct"), 0.5m, "printed")], L(1682)),
        ];
    }
}
