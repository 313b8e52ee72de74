using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-17 Sachsen-Anhalt: stock 5,261 at 31.12.2006 (L2989) vs 5,161 at 31.10.2006 (L4361), exactly 100 apart. The table's
/// 36.3 % uses 5,161; with 5,261 it would be 35.6 %. The chapter gives no application total.
/// </summary>
internal sealed class Dq17SachsenAnhalt : DataQualityCheck
{
    private const string Name = "Sachsen-Anhalt";

    public override string Id => "DQ-17";

    public override string Title => "Sachsen-Anhalt: Duldung stock";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var t = data.Table.Get("ST");
        var stock = V(data, Name, "duldung_holders");
        var apps = Z(t.Antraege);
        return
        [
            F(FindingSeverity.Warning, "ST", null, "Duldung stock: chapter (31.12.2006) vs table (31.10.2006).",
                [
                    Calc.Compare("chapter", stock, "table", Z(t.Duldungen)),
                    Calc.PercentageRounded(apps, Z(t.Duldungen), t.AntraegePctPrinted!.Value, "table printed (table base)"),
                    Calc.PercentageRounded(apps, stock, t.AntraegePctPrinted.Value, "table printed (chapter base)"),
                ],
                L(2989), t.Source),
            F(FindingSeverity.Info, "ST", null, "The chapter gives no application total.",
                [Calc.Statement("chapter 'applications' figures: " + data.Chapters.ForLand("ST", "applications").Count.ToString(System.Globalization.CultureInfo.InvariantCulture), data.Chapters.ForLand("ST", "applications").Count > 0)],
                L(2993, 2997)),
        ];
    }
}
