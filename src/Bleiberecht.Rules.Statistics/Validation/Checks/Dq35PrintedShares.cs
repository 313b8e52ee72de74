using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// DQ-35: printed shares reproduce from printed counts: |printed − 100·count/base| ≤ tolerance. Tolerance: half a unit
/// of the last printed digit when everything is exact; max(0.5, 5 % of the printed share) when a value is approximate
/// ("etwa", "ca."). A printed lower bound ("gut 14 %") passes when the recomputed share is at or above it.
/// </summary>
internal sealed class Dq35PrintedShares : DataQualityCheck
{
    /// <summary>Printed share metric → numerator metric, denominator metric(s) summed, alternatives for the denominator.</summary>
    private static readonly (string Pct, string Num, string[][] Dens)[] Specs =
    [
        ("foreign_share_pct", "foreign_nationals", [["population"]]),
        ("migration_background_share_pct", "migration_background_persons", [["population"]]),
        ("applications_share_of_duldung_pct", "applications", [["duldung_holders"], ["duldung_holders_long_term"]]),
        ("ae_share_of_applications_pct", "ae_granted", [["applications"]]),
        ("ae_share_of_duldung_pct", "ae_granted", [["duldung_holders"]]),
        ("rejected_share_pct", "rejected", [["applications"]]),
        ("undecided_share_pct", "undecided", [["applications"]]),
        ("processed_share_pct", "processed", [["applications"]]),
        ("unemployed_foreigners_share_of_unemployed_pct", "unemployed_foreigners", [["unemployed"]]),
        ("unemployed_decrease_pct", "unemployed_decrease", [["unemployed", "unemployed_decrease"]]),
    ];

    public override string Id => "DQ-35";

    public override string Title => "Printed shares that do not reproduce from printed counts";

    public override IReadOnlyList<DataQualityFinding> Run(StatisticsDataset data)
    {
        var findings = new List<DataQualityFinding>();
        var passes = new List<Calculation>();
        foreach (var pct in data.Chapters.All.Where(f => f.Value is not null && f.Category is null))
        {
            var spec = Specs.FirstOrDefault(s => s.Pct == pct.Metric);
            if (spec.Pct is null)
            {
                continue;
            }

            var num = Pick(data, pct, spec.Num);
            var den = spec.Dens.Select(d => d.Select(m => Pick(data, pct, m)).ToArray()).FirstOrDefault(d => d.All(x => x is not null));
            if (num is null || den is null)
            {
                continue;
            }

            var denValue = den.Sum(x => x!.Number!.Value);
            var anyApprox = pct.Qualifier != ValueQualifier.Exact || num.Qualifier != ValueQualifier.Exact || den.Any(x => x!.Qualifier != ValueQualifier.Exact);
            var printed = pct.Number!.Value;
            var tol = anyApprox ? Math.Max(0.5m, 0.05m * printed) : HalfUnit(printed);
            var recomputed = Num.Pct(num.Number!.Value, denValue);
            var label = "printed (" + pct.Name + " " + pct.Metric + ")";
            var calc = Calc.Percentage(num.Number.Value, denValue, printed, tol, label);
            if (pct.Qualifier == ValueQualifier.LowerBound && !calc.Holds && recomputed >= printed - tol && recomputed <= printed + 1m + tol)
            {
                calc = calc with { Holds = true, Expression = calc.Expression + " (printed lower bound)" };
            }

            if (calc.Holds)
            {
                passes.Add(calc);
            }
            else
            {
                findings.Add(F(FindingSeverity.Warning, pct.LandIso, pct.Scope == FigureScope.Kommune ? pct.Name : null,
                    pct.Name + ": printed " + pct.Metric + " does not reproduce from the printed counts (tolerance " + Num.F(tol) + " points).",
                    [calc], [pct.Source, num.Source, .. den.Select(x => x!.Source)]));
            }
        }

        findings.Insert(0, F(FindingSeverity.Pass, null, null, "Printed shares that reproduce within tolerance.", passes, L(396, 3461)));
        return findings;
    }

    private static ChapterFigure? Pick(StatisticsDataset data, ChapterFigure pct, string metric)
    {
        var candidates = data.Chapters.All.Where(f => f.Scope == pct.Scope && f.Name == pct.Name && f.Metric == metric && f.Value is not null).ToArray();
        return candidates.FirstOrDefault(f => f.ReferenceDate?.Printed == pct.ReferenceDate?.Printed) ?? candidates.FirstOrDefault();
    }

    private static decimal HalfUnit(decimal printed)
    {
        var scale = (decimal.GetBits(printed)[3] >> 16) & 0xFF;
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }
}
