using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>DQ-31 Rhein-Lahn-Kreis: the outcome chart survives only as axis ticks (L2636-2659); the permit total is 20 or 40 (unresolved); "ca. 9 %" foreigners vs 5.1 %.</summary>
internal sealed class Dq31RheinLahn : DataQualityCheck
{
    private const string Name = "Rhein-Lahn-Kreis";

    public override string Id => "DQ-31";

    public override string Title => "Rhein-Lahn-Kreis";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var ae = V(data, Name, "ae_granted");
        var ae104 = V(data, Name, "ae_granted_104a");
        var hasRejected = data.Chapters.First(Name, "rejected") is not null;
        var hasPending = data.Chapters.First(Name, "undecided") is not null;
        return
        [
            F(FindingSeverity.Info, "RP", Name, "The outcome chart is not recoverable from the text; rejection and pending counts are missing.",
                [Calc.Statement("rejected figure present: " + (hasRejected ? "yes" : "no") + "; pending figure present: " + (hasPending ? "yes" : "no"), hasRejected && hasPending)], L(2636, 2659)),
            F(FindingSeverity.Warning, "RP", Name, "Permit total unresolved: the chart footnote implies the AE bar includes the § 104a permits, so the total may be the IMK figure alone or the sum.",
                [Calc.Statement("total = " + Num.F(ae) + " or " + Num.F(ae) + " + " + Num.F(ae104) + " = " + Num.F(ae + ae104), false)], L(2596, 2601), L(2659)),
            F(FindingSeverity.Warning, "RP", Name, "Printed foreigner share does not reproduce.",
                [Calc.Percentage(V(data, Name, "foreign_nationals"), V(data, Name, "population"), V(data, Name, "foreign_share_pct"), 0.5m, "printed")], L(2553, 2554)),
        ];
    }
}
