using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-20: the chapters of BW (L401-408), BE (L786-791), HB (L1309-1314), RP (L2525-2528), SL (L2774-2778) and TH
/// (L3408-3435) match their table rows. Positive controls: every outcome figure present in both must be equal
/// (both missing counts as equal: "k.A." in the table and "keine Zahlen" in the chapter).
/// </summary>
internal sealed class Dq20PositiveControls : DataQualityCheck
{
    private static readonly (string Iso, SourceLineRange Lines)[] Controls =
        [("BW", L(401, 408)), ("BE", L(786, 791)), ("HB", L(1309, 1314)), ("RP", L(2525, 2528)), ("SL", L(2774, 2778)), ("TH", L(3408, 3435))];

    private static readonly (string Metric, Table61Column Column)[] Map =
    [
        ("duldung_holders", Table61Column.Duldungen), ("applications", Table61Column.Antraege), ("ae_granted", Table61Column.Aufenthaltserlaubnisse),
        ("duldung_job_search", Table61Column.DuldungArbeitssuche), ("rejected", Table61Column.Ablehnung), ("undecided", Table61Column.Offen),
    ];

    public override string Id => "DQ-20";

    public override string Title => "Tables agreeing with chapters (positive controls)";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var (iso, lines) in Controls)
        {
            var row = data.Table.Get(iso);
            var calcs = new List<Calculation>();
            foreach (var (metric, column) in Map)
            {
                var fig = data.Chapters.ForLand(iso, metric).FirstOrDefault();
                if (fig is null)
                {
                    continue;
                }

                var table = row.Get(column);
                calcs.Add(fig.Number is { } c && table is { } tv
                    ? Calc.Compare(metric + " chapter", c, "table", tv)
                    : Calc.Statement(metric + ": chapter " + (fig.Number is null ? "no figure" : Num.F(fig.Number.Value)) + ", table " + (table is null ? "k.A." : Num.F(table.Value)),
                        fig.Number is null && table is null));
            }

            var ok = calcs.All(c => c.Holds);
            findings.Add(F(ok ? FindingSeverity.Pass : FindingSeverity.Error, iso, null,
                ok ? "Chapter matches table 6.1 (positive control)." : "Positive control broken: chapter and table differ.", calcs, lines, row.Source));
        }

        return findings;
    }
}
