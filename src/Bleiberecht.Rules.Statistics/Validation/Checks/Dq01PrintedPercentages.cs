using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-01: the printed percentages of table 6.1 reproduce (round half up to one decimal). A regression control.</summary>
internal sealed class Dq01PrintedPercentages : DataQualityCheck
{
    public override string Id => "DQ-01";

    public override string Title => "Printed percentages reproduce";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var calcs = new List<(Table61Row Row, Calculation Calc)>();
        foreach (var r in data.Table.Rows)
        {
            if (r is { Antraege: { } a, Duldungen: { } d, AntraegePctPrinted: { } p1 })
            {
                calcs.Add((r, Calc.PercentageRounded(a, d, p1, r.LandIso + " Anträge/Duldungen printed")));
            }

            if (r is { Aufenthaltserlaubnisse: { } ae, Antraege: { } a2, AePctPrinted: { } p2 })
            {
                calcs.Add((r, Calc.PercentageRounded(ae, a2, p2, r.LandIso + " AE/Anträge printed")));
            }
        }

        var failures = calcs.Where(c => !c.Calc.Holds)
            .Select(c => F(FindingSeverity.Error, c.Row.LandIso, null, "Printed percentage does not reproduce from the printed counts.", [c.Calc], c.Row.Source))
            .ToList();
        if (failures.Count > 0)
        {
            return failures;
        }

        return
        [
            F(FindingSeverity.Pass, null, null,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"All {calcs.Count} printed percentages of table 6.1 reproduce (round half up, one decimal)."),
                calcs.Select(c => c.Calc), L(4337, 4365)),
        ];
    }
}
