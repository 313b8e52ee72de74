using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-19 Schleswig-Holstein base: "457 betroffene Familien mit insgesamt 1880 Personen" (L3155-3156) vs 3,076 Duldungen in
/// the table. The cited source is on "Geduldete Familien" (L5062), so 1,880 probably excludes single persons.
/// </summary>
internal sealed class Dq19SchleswigHolsteinBase : DataQualityCheck
{
    private const string Name = "Schleswig-Holstein";

    public override string Id => "DQ-19";

    public override string Title => "Schleswig-Holstein: Duldung base";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("SH");
        var persons = V(data, Name, "persons_in_families_concerned");
        var apps = Z(t.Antraege);
        return
        [
            F(FindingSeverity.Warning, "SH", null, "Base: persons in affected families (families only, probably without single persons) vs table Duldungen; the application share depends on the base.",
                [Calc.Compare("chapter persons in families", persons, "table Duldungen", Z(t.Duldungen)), Calc.Ratio(apps, persons, "(chapter base)"), Calc.Ratio(apps, Z(t.Duldungen), "(table base)")],
                L(3155, 3156), L(5062), t.Source),
        ];
    }
}
