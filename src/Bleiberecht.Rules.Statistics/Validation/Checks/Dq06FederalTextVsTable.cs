using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-06: federal figures printed in the study's Vorwort and summary match the DE row within their rounding
/// qualifiers ("ca.", "fast", "etwa": ±5 %). The undecided "ca. 14.000" (L33-34) does not match 19,302 (L4365) but
/// matches the residual 71,857 − 19,779 − 29,834 − 7,885 = 14,359: the text treats the four columns as a partition.
/// </summary>
internal sealed class Dq06FederalTextVsTable : DataQualityCheck
{
    /// <summary>Relative tolerance for approximate text figures.</summary>
    private const decimal Tolerance = 0.05m;

    public override string Id => "DQ-06";

    public override string Title => "Federal text vs table";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var de = data.Table.FederalTotal;
        (string Label, decimal Text, Table61Column Column, SourceLineRange Lines)[] claims =
        [
            ("Anträge 'Ca. 72 000'", 72000m, Table61Column.Antraege, L(30)),
            ("Anträge 'fast 72.000 Personen'", 72000m, Table61Column.Antraege, L(137, 138)),
            ("AE 'ca. 20.000 Personen'", 20000m, Table61Column.Aufenthaltserlaubnisse, L(31, 32)),
            ("Arbeitssuche 'fast 30.000'", 30000m, Table61Column.DuldungArbeitssuche, L(32, 33)),
            ("Ablehnung 'Ca. 8.000'", 8000m, Table61Column.Ablehnung, L(33)),
            ("offen 'ca. 14.000'", 14000m, Table61Column.Offen, L(33, 34)),
        ];
        var findings = new List<DataQualityFinding>();
        var passes = new List<Calculation>();
        foreach (var (label, text, column, lines) in claims)
        {
            var table = (decimal)(de.Get(column) ?? 0);
            var ok = Math.Abs(text - table) <= Tolerance * table;
            var calc = new Calculation("text " + label + " vs DE " + Num.F(table) + ": relative difference "
                + Num.P2(Num.Pct(text - table, table)) + (ok ? " within" : " outside") + " ±5 %", [text, table], text - table, table, ok);
            if (ok)
            {
                passes.Add(calc);
                continue;
            }

            decimal[] others = [Z(de.Aufenthaltserlaubnisse), Z(de.DuldungArbeitssuche), Z(de.Ablehnung)];
            var residual = Z(de.Antraege) - others.Sum();
            var residualMatches = Math.Abs(text - residual) <= Tolerance * residual;
            findings.Add(F(FindingSeverity.Warning, "DE", null,
                "Text figure does not match the DE row" + (residualMatches
                    ? "; it matches the residual Anträge − AE − Arbeitssuche − Ablehnung, i.e. the text treats the four columns as a partition."
                    : "."),
                [calc, Calc.Residual(Z(de.Antraege), others, "(residual; text " + Num.F(text) + ")")], lines, de.Source));
        }

        findings.Insert(0, F(FindingSeverity.Pass, "DE", null, "Text figures that match the DE row within ±5 %.", passes, L(30, 34), L(137, 139), de.Source));
        var share = Calc.Ratio(Z(de.Aufenthaltserlaubnisse), Z(de.Duldungen), "of Duldung holders got a permit (text: 'etwa zehn Prozent')");
        findings.Add(F(FindingSeverity.Info, "DE", null, "'nur etwa zehn Prozent' of Duldung holders got a permit; the table gives 11.1 %.", [share], L(140, 142), de.Source));
        return findings;
    }
}
