using System.Globalization;
using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-07: one reference date per column. The Duldung stock is dated "31.10.06" in the table header (L4327) and in the
/// BW/HE/NI/TH chapters, but "zum 30.10.2006" in the summary (L141) and "Am 30.10.2006" for Saarland (L2740).
/// </summary>
internal sealed class Dq07DuldungReferenceDate : DataQualityCheck
{
    public override string Id => "DQ-07";

    public override string Title => "Reference date of the Duldung stock";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var dates = new List<(DateOnly Date, string Where, SourceLineRange Line)>
        {
            (new DateOnly(2006, 10, 31), "table 6.1 header '31.10.06'", L(4327)),
            (new DateOnly(2006, 10, 30), "summary 'zum 30.10.2006'", L(141)),
        };
        foreach (var row in data.Table.Laender)
        {
            foreach (var f in data.Chapters.ForLand(row.LandIso, "duldung_holders"))
            {
                if (f.Number == row.Duldungen && f.ReferenceDate is { Precision: ReferenceDatePrecision.Day, Start: { } d })
                {
                    dates.Add((d, row.LandIso + " chapter", f.Source));
                }
            }
        }

        var distinct = dates.Select(x => x.Date).Distinct().Order().ToArray();
        var calcs = dates.Select(x => Calc.Statement(x.Where + ": " + x.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + x.Line + ")", distinct.Length == 1)).ToArray();
        return distinct.Length == 1
            ? [F(FindingSeverity.Pass, null, null, "One reference date for the Duldung stock.", calcs, dates.Select(x => x.Line).ToArray())]
            :
            [
                F(FindingSeverity.Warning, null, null,
                    "The same Duldung stock is dated differently: " + string.Join(" vs ", distinct.Select(d => d.ToString("d.M.yyyy", CultureInfo.InvariantCulture))) + ".",
                    calcs, dates.Select(x => x.Line).ToArray()),
            ];
    }
}
