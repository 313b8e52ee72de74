using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Options;

/// <summary>Where a rule set's value of one option comes from (a profile's stated value or a variant's override).</summary>
/// <param name="OptionId">Option id, e.g. <c>Family.MinChildAge</c>.</param>
/// <param name="Origin">Who states it: a profile id (<c>BE</c>; a Land's id for a value a Kommune inherits) or <c>variant:Name</c>.</param>
/// <param name="Lines">Source lines of the value, if given.</param>
/// <param name="DecreeDate">
/// Date of the profile's decree whose cited lines overlap the value's lines (e.g. 7.3.2007 for Berlin's deadline),
/// or null where the source ties the value to no dated decree.
/// </param>
/// <param name="KeptBase">True where the source explicitly keeps the resolution's own rule (cited, but no change).</param>
public sealed record OptionSource(string OptionId, string Origin, Citation? Lines, DateOnly? DecreeDate, bool KeptBase = false)
{
    /// <summary>Short form for explanations, e.g. <c>BE, L804-807</c>.</summary>
    public override string ToString() => Lines is null ? Origin : $"{Origin}, {Lines}";
}
