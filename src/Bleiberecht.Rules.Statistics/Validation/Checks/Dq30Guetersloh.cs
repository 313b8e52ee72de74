using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-30 Kreis Gütersloh: applications to 30.9.2007, permits to 9.11.2007 (L2407-2410); unemployment shares hold; the cited source (L2413) is dated 9.5.2007 (L4838-4840).</summary>
internal sealed class Dq30Guetersloh : DataQualityCheck
{
    private const string Name = "Kreis Gütersloh";

    public override string Id => "DQ-30";

    public override string Title => "Kreis Gütersloh";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = data.Chapters.Require(Name, "applications");
        var ae = data.Chapters.Require(Name, "ae_granted");
        var und = V(data, Name, "undecided");
        var unemployed = V(data, Name, "unemployed");
        var decrease = V(data, Name, "unemployed_decrease");
        return
        [
            F(FindingSeverity.Warning, "NW", Name, "Mixed dates: applications to " + apps.ReferenceDate + ", permits to " + ae.ReferenceDate + ".",
                [Calc.Statement("applications " + apps.ReferenceDate + " vs permits " + ae.ReferenceDate, false),
                 new Calculation(Num.F(apps.Number!.Value) + " \u2212 " + Num.F(ae.Number!.Value) + " = " + Num.F(apps.Number.Value - ae.Number.Value) + " \u2248 " + Num.F(und) + " 'ca.' undecided",
                     [apps.Number.Value, ae.Number.Value], apps.Number.Value - ae.Number.Value, und, Math.Abs(apps.Number.Value - ae.Number.Value - und) <= 0.05m * und)],
                L(2407, 2410)),
            F(FindingSeverity.Pass, "NW", Name, "Unemployment shares hold.",
                [Calc.Percentage(V(data, Name, "unemployed_foreigners"), unemployed, V(data, Name, "unemployed_foreigners_share_of_unemployed_pct"), 0.05m, "printed"),
                 Calc.Percentage(decrease, unemployed + decrease, V(data, Name, "unemployed_decrease_pct"), 0.05m, "printed")],
                L(2346, 2351)),
            F(FindingSeverity.Warning, "NW", Name, "The cited source 'Abteilung Ordnung des Kreises Gütersloh 2007' is dated 9.5.2007 and cannot hold September or November figures.",
                [Calc.Statement("source 2007-05-09 < figures " + apps.ReferenceDate + " / " + ae.ReferenceDate, false)], L(2413), L(4838, 4840)),
        ];
    }
}
