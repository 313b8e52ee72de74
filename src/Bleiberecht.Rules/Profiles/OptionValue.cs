using System.Text.Json;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Profiles;

/// <summary>A profile's stated value for one option (an entry of a profile's <c>options</c> map in profiles.json).</summary>
/// <param name="OptionId">Option id, e.g. <c>Family.MinChildAge</c>.</param>
/// <param name="Value">The value as JSON (a detached clone: a number, string, boolean or list as the option's type requires).</param>
/// <param name="Status">Stated, or KeptBase where the source explicitly applies the resolution's own rule.</param>
/// <param name="Lines">Source lines of the value.</param>
/// <param name="Quote">The quoted source text, if any.</param>
/// <param name="Practice">True where the value is practice, intent, derived or uncertain rather than rule text.</param>
/// <param name="Note">Caveats, if any.</param>
/// <param name="StatedBy">Id of the profile that states the value (a Land's id for a value a Kommune inherits).</param>
public sealed record OptionValue(
    string OptionId,
    JsonElement Value,
    OptionStatus Status,
    Citation? Lines,
    string? Quote,
    bool Practice,
    string? Note,
    string StatedBy)
{
    /// <summary>The value as compact JSON text, e.g. <c>2</c>, <c>"Lifted"</c>, <c>{"date":"2007-09-30",...}</c>.</summary>
    public string ValueText => JsonText.Compact(Value);
}
