using System.Globalization;
using Bleiberecht.Rules.Statistics.Reporting;
using Bleiberecht.Rules.Statistics.Simulation;

namespace Bleiberecht.Rules.Charts;

/// <summary>Converts a <see cref="DiscretionEffectTable"/> into the rows and the subtitle of <see cref="DiscretionEffectChart"/>.</summary>
public static class DiscretionEffectChartData
{
    /// <summary>One chart profile per rule set with shares, intervals and paired differences to the base (the first row).</summary>
    /// <param name="table">The table.</param>
    /// <param name="householdLevel">Use household shares instead of person shares.</param>
    public static IReadOnlyList<DiscretionEffectProfile> ToChartProfiles(DiscretionEffectTable table, bool householdLevel = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Rows.Select(r =>
        {
            var s = householdLevel ? r.HouseholdShares : r.PersonShares;
            return new DiscretionEffectProfile(
                r.RuleSet,
                Share(s[(int)OutcomeCategory.Permit]),
                Share(s[(int)OutcomeCategory.Duldung]),
                Share(s[(int)OutcomeCategory.Refusal]),
                Share(s[(int)OutcomeCategory.Pending]),
                Share(s[(int)OutcomeCategory.Other]));
        }).ToList();
    }

    /// <summary>The subtitle: population size, seed, resamples and the run metadata.</summary>
    /// <param name="table">The table.</param>
    /// <param name="populationSeed">Seed of the population.</param>
    /// <param name="metadata">Run metadata, if any.</param>
    public static string Subtitle(DiscretionEffectTable table, long populationSeed, RunMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{table.Households:N0} households, {table.Persons:N0} persons, population seed {populationSeed}, {table.Resamples:N0} resamples");
        return metadata is null ? line : line + "\n" + metadata.ToChartLines();
    }

    private static OutcomeShare Share(ShareEstimate s) => new(s.Share, s.Lower, s.Upper, s.DifferenceToBase, s.DifferenceLower, s.DifferenceUpper);
}
