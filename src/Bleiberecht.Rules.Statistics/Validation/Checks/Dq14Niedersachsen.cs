using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-14 Niedersachsen: rejections 1,386 (L1930) vs 1,383 (L4351). The chapter cites BMI 2007b of 23.8.2007
/// (L4397-4400) for figures "bis zum 30.9.2007", which that document cannot contain.
/// </summary>
internal sealed class Dq14Niedersachsen : DataQualityCheck
{
    private const string Name = "Niedersachsen";

    public override string Id => "DQ-14";

    public override string Title => "Niedersachsen: chapter vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("NI");
        var rejected = data.Chapters.Require(Name, "rejected");
        var cited = new DateOnly(2007, 8, 23);
        var figureDate = rejected.ReferenceDate?.End ?? new DateOnly(2007, 9, 30);
        return
        [
            F(FindingSeverity.Warning, "NI", null, "Rejections: chapter vs table.",
                [Calc.Compare("chapter", rejected.Number!.Value, "table", Z(t.Ablehnung))], rejected.Source, t.Source),
            F(FindingSeverity.Warning, "NI", null, "The cited source (BMI 2007b, BT-Drs. 16/6251 of 23.8.2007) predates the figures' reference date.",
                [Calc.Statement("document 2007-08-23 < figures " + figureDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cited >= figureDate)],
                L(1928, 1932), L(4397, 4400)),
        ];
    }
}
