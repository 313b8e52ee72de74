using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-21 München: outcomes sum to 1,208 vs "ca. 820" applications; 391 + 429 = 820 exactly, so Duldung and undecided overlap (L648-652). München's 350 undecided exceed Bavaria's total.</summary>
internal sealed class Dq21Muenchen : DataQualityCheck
{
    private const string Name = "München";

    public override string Id => "DQ-21";

    public override string Title => "München";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var ae = V(data, Name, "ae_granted");
        var du = V(data, Name, "duldung_job_search");
        var rej = V(data, Name, "rejected");
        var und = V(data, Name, "undecided");
        var apps = V(data, Name, "applications");
        var by = data.Table.Get("BY");
        var byText = V(data, "Bayern", "applications") - V(data, "Bayern", "processed") - V(data, "Bayern", "rejected");
        return
        [
            F(FindingSeverity.Warning, "BY", Name, "Outcomes exceed the applications; permits + Duldungen alone equal them, so the undecided are most likely within the Duldungen.",
                [Calc.SumEquals([ae, du, rej, und], apps, "'ca.' applications"), Calc.SumEquals([ae, du], apps, "'ca.' applications")], L(648, 652)),
            F(FindingSeverity.Warning, "BY", Name, "München's undecided (31.10.2007) exceed Bavaria's total undecided.",
                [Calc.AtMost("München undecided", und, "Bayern chapter (derived, 31.8.2007)", byText), Calc.AtMost("München undecided", und, "Bayern table", Z(by.Offen))],
                L(651, 652), L(622, 624), by.Source),
        ];
    }
}
