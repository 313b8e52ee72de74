using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// Tidy CSV of a <see cref="DiscretionEffectTable"/>: one row per rule set × unit (persons, households) × outcome
/// category, plus the decided-case share per rule set and one row per population parameter with its provenance.
/// Intervals are simulation noise (see <see cref="WhatIfRunner.CaveatText"/>).
/// </summary>
public static class DiscretionEffectCsvRenderer
{
    /// <summary>The data columns, in order (metadata columns follow).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "section", "rule_set", "unit", "category", "share", "lower", "upper", "difference_to_base", "difference_lower", "difference_upper",
        "households", "persons", "resamples", "bootstrap_seed", "parameter", "value", "provenance", "source", "interval_note",
    ];

    private const string Noise = "simulation noise of one synthetic population; not parameter uncertainty";

    /// <summary>Renders the table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="parameters">Population parameters, or null.</param>
    /// <param name="metadata">Run metadata.</param>
    public static string Render(DiscretionEffectTable table, PopulationParameters? parameters, RunMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new TidyCsv(Columns, metadata);
        void Share(string ruleSet, string unit, string category, ShareEstimate s) => csv.Row(new Dictionary<string, string?>
        {
            ["section"] = "share", ["rule_set"] = ruleSet, ["unit"] = unit, ["category"] = category, ["share"] = TidyCsv.Num(s.Share),
            ["lower"] = TidyCsv.Num(s.Lower), ["upper"] = TidyCsv.Num(s.Upper), ["difference_to_base"] = TidyCsv.Num(s.DifferenceToBase),
            ["difference_lower"] = TidyCsv.Num(s.DifferenceLower), ["difference_upper"] = TidyCsv.Num(s.DifferenceUpper),
            ["households"] = TidyCsv.Int(table.Households), ["persons"] = TidyCsv.Int(table.Persons), ["resamples"] = TidyCsv.Int(table.Resamples),
            ["bootstrap_seed"] = TidyCsv.Int(table.BootstrapSeed), ["interval_note"] = Noise,
        });
        foreach (var row in table.Rows)
        {
            foreach (var s in row.PersonShares)
            {
                Share(row.RuleSet, "persons", s.Category.ToString(), s);
            }

            foreach (var s in row.HouseholdShares)
            {
                Share(row.RuleSet, "households", s.Category.ToString(), s);
            }

            if (row.DecidedPermitShare is { } d)
            {
                Share(row.RuleSet, "decided_persons", "PermitPerDecided", d);
            }
        }

        foreach (var e in parameters?.Entries() ?? [])
        {
            csv.Row(new Dictionary<string, string?>
            {
                ["section"] = "parameter", ["parameter"] = e.Name, ["value"] = e.Value, ["provenance"] = e.Provenance.Kind.ToString(), ["source"] = e.Provenance.Text,
            });
        }

        return csv.ToString();
    }
}
