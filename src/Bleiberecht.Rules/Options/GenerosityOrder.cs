namespace Bleiberecht.Rules.Options;

/// <summary>
/// One value of a group (a) option in a generosity chain: applying it sets the option to that value and leaves every
/// other option as it was.
/// </summary>
/// <param name="OptionId">Catalogue id, e.g. <c>Family.MinChildAge</c>.</param>
/// <param name="Value">The value in readable form, e.g. <c>2</c> or <c>IfSectorCustomary</c>; "(base)" marks the base value.</param>
/// <param name="Apply">Returns the given options with the option set to this value (never mutates).</param>
public sealed record GenerosityStep(string OptionId, string Value, Func<ImkOptions, ImkOptions> Apply)
{
    /// <inheritdoc />
    public override string ToString() => $"{OptionId} = {Value}";
}

/// <summary>A group (a) option, or one of its values, that has no place in a generosity chain, with the reason.</summary>
/// <param name="OptionId">Catalogue id.</param>
/// <param name="Reason">Why the values are not ordered from restrictive to generous.</param>
public sealed record UnorderedOption(string OptionId, string Reason);

/// <summary>
/// The order of the values of every group (a) option whose catalogue direction (<see cref="Profiles.OptionDefinition"/>)
/// is G (generous) or R (restrictive): each chain lists values from the most restrictive to the most generous, so
/// that a later step can only help an applicant. Where the values form a partial order (two incomparable practices
/// between a common bottom and top), each path is its own chain. Options or values that are procedural (P) or not
/// ordered at all are listed in <see cref="NotOrdered"/> with the reason.
/// </summary>
/// <remarks>
/// The order is a statement about the law and the catalogue, not about the code; each option declares its chains
/// (<see cref="Declarations.OptionDeclaration{T}.Order"/>) with the reason of each step. The property tests check
/// that the evaluator respects it (a step to a more generous value never turns a permit or Duldung into a refusal, and never
/// turns a definite outcome into a worse one).
/// </remarks>
public static class GenerosityOrder
{
    /// <summary>Every chain, restrictive first, generous last (derived from the declarations' <c>Order</c>, A01-A36).</summary>
    public static IReadOnlyList<IReadOnlyList<GenerosityStep>> Chains { get; } =
        Declarations.DecisionRuleOptions.All.SelectMany(d => d.Chains).ToList().AsReadOnly();

    /// <summary>Group (a) options or values that are deliberately not in <see cref="Chains"/>, with the reason (from the declarations).</summary>
    public static IReadOnlyList<UnorderedOption> NotOrdered { get; } =
        Declarations.DecisionRuleOptions.All.Where(d => d.NotOrderedReason is not null).Select(d => new UnorderedOption(d.Id, d.NotOrderedReason!)).ToList().AsReadOnly();
}
