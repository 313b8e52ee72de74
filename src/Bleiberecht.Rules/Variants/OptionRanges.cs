using System.Text.Json;
using Bleiberecht.Rules.Options.Declarations;

namespace Bleiberecht.Rules.Variants;

/// <summary>
/// Plausible ranges for numeric and date options, as declared with each option (<see cref="OptionBound"/>,
/// <see cref="DateBounds"/>). A variant outside them is almost certainly a typo (a child age of 30, a share of 70
/// instead of 0.70, a deadline in 2070); the bounds and their reasons are documented with the declarations so a
/// deliberate extreme value fails loudly rather than silently.
/// </summary>
public static class OptionRanges
{
    /// <summary>Earliest plausible date: the resolution (L3-4).</summary>
    public static readonly DateOnly EarliestDate = DateBounds.Earliest;

    /// <summary>Latest plausible date: end of the § 104a permits plus one year ([background] 31.12.2009).</summary>
    public static readonly DateOnly LatestDate = DateBounds.Latest;

    /// <summary>The problems with a value of an option whose type is already known to be right (none for unknown ids).</summary>
    public static IEnumerable<string> Check(string optionId, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(optionId);
        return OptionDeclarations.Find(optionId) is { } d && string.Equals(d.Id, optionId, StringComparison.Ordinal)
            ? d.CheckRange(value)
            : [];
    }
}
