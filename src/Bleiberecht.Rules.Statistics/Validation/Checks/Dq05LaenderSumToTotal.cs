using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-05: Σ Länder = DE per column (k.A. = 0). Fails for Ablehnung by exactly Berlin's 466 (L4340): the DE total leaves
/// out Berlin, probably because BE was "ergänzt durch ZPKF" (L4367) after the total was computed. The recomputed total
/// is reported alongside the printed one.
/// </summary>
internal sealed class Dq05LaenderSumToTotal : DataQualityCheck
{
    public override string Id => "DQ-05";

    public override string Title => "Länder rows sum to the DE row";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        var passes = new List<Calculation>();
        var de = data.Table.FederalTotal;
        foreach (var column in Enum.GetValues<Table61Column>())
        {
            if (de.Get(column) is not { } printed)
            {
                continue;
            }

            var values = data.Table.Laender.Select(r => Z(r.Get(column))).ToArray();
            var sum = values.Sum();
            var calc = new Calculation(
                "\u03a3 Länder " + column + " = " + Num.F(sum) + (sum == printed ? " = " : " \u2260 ") + Num.F(printed) + " DE printed"
                + (sum == printed ? string.Empty : " (difference " + Num.Signed(sum - printed) + ")"),
                values, sum, printed, sum == printed);
            if (calc.Holds)
            {
                passes.Add(calc);
                continue;
            }

            var diff = sum - printed;
            var match = data.Table.Laender.FirstOrDefault(r => r.Get(column) == diff);
            var msg = "The printed DE total differs from the sum of the Länder; recomputed total " + Num.F(sum) + ", printed " + Num.F(printed) + "."
                + (match is null ? string.Empty : " The difference equals exactly " + match.LandIso + "'s value: the total leaves out " + match.LandName + ".");
            findings.Add(F(FindingSeverity.Warning, "DE", null, msg,
                [calc], match is null ? [de.Source] : [de.Source, match.Source, L(4367)]));
        }

        findings.Insert(0, F(FindingSeverity.Pass, "DE", null, "Columns whose Länder sum equals the printed DE total.", passes, L(4337, 4365)));
        return findings;
    }
}
