using Bleiberecht.Rules.Statistics.Charts;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Converts a <see cref="DiscretionEffectTable"/> into the rows of <see cref="DiscretionEffectChart"/>.</summary>
public static class DiscretionEffectChartData
{
    /// <summary>One chart profile per rule set with the permit, Duldung, refusal and pending shares and their intervals.</summary>
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

    private static OutcomeShare Share(ShareEstimate s) => new(s.Share, s.Lower, s.Upper);
}
