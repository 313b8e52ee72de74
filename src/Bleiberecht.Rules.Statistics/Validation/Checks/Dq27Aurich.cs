using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-27 Landkreis Aurich: applications dated 30.11.2006 (L1958-1959), 13 days after the resolution and the same date as the stock; outcomes (30.9.2007) leave 26 unaccounted; the foreigner share mixes 2003 and 2007.</summary>
internal sealed class Dq27Aurich : DataQualityCheck
{
    private const string Name = "Landkreis Aurich";

    public override string Id => "DQ-27";

    public override string Title => "Landkreis Aurich";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var apps = data.Chapters.Require(Name, "applications");
        var stock = data.Chapters.Require(Name, "duldung_holders");
        var resolution = new DateOnly(2006, 11, 17);
        var days = apps.ReferenceDate!.End!.Value.DayNumber - resolution.DayNumber;
        var fn = data.Chapters.Require(Name, "foreign_nationals");
        var pop = data.Chapters.Require(Name, "population");
        return
        [
            F(FindingSeverity.Warning, "NI", Name, "Application date is implausible: " + days.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " days after the resolution and the same date as the Duldung stock; probably not the application date.",
                [Calc.Statement("applications dated " + apps.ReferenceDate + ", stock dated " + stock.ReferenceDate + ", resolution 2006-11-17", false)], apps.Source, stock.Source),
            F(FindingSeverity.Warning, "NI", Name, "Outcomes (30.9.2007) leave applications unaccounted for.",
                [Calc.SumEquals([V(data, Name, "ae_granted"), V(data, Name, "rejected"), V(data, Name, "undecided")], apps.Number!.Value, "applications")], L(1958, 1961)),
            F(FindingSeverity.Info, "NI", Name, "Employment 'vor dem 30.9.2006' is a date used nowhere else in the source.", [Calc.Statement("30.9.2006 (L1978)", false)], L(1978)),
            F(FindingSeverity.Info, "NI", Name, "The foreigner share divides a " + fn.ReferenceDate + " count by a " + pop.ReferenceDate + " population.",
                [Calc.Percentage(fn.Number!.Value, pop.Number!.Value, V(data, Name, "foreign_share_pct"), 0.05m, "printed")], fn.Source, pop.Source, L(1939)),
        ];
    }
}
