using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// The policies of a regime's decision procedure that are not elements: minors follow their parents, the A31
/// transition, other titles (A32), what is granted, what is granted when only livelihood fails, the regime's
/// reference date and the parameters it fixes whatever the rule set says.
/// </summary>
/// <param name="MinorsFollowParents">A minor child (by age at the reference date) cannot obtain more than the best-placed adult.</param>
/// <param name="Transition104a">A31 applies: a refusal is re-examined under § 104a once in force.</param>
/// <param name="OtherTitleRouting">A32 applies.</param>
internal sealed record RegimePolicies(bool MinorsFollowParents, bool Transition104a, bool OtherTitleRouting)
{
    /// <summary>The outcome when everything is met.</summary>
    public Outcome Grant { get; init; } = Outcome.ResidencePermit;

    /// <summary>The outcome when only livelihood fails.</summary>
    public LivelihoodShortfall Shortfall { get; init; } = LivelihoodShortfall.JobSearchDuldung;

    /// <summary>The regime's own reference date, or null.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// The last day of the permits the regime grants, where its law fixes it (the § 104a extension: 31.12.2011); null =
    /// the IMK term from the decision (<c>Residence.PermitValidityMonths</c>) and 31.12.2009 for the § 104a permits.
    /// </summary>
    public DateOnly? PermitsValidUntil { get; init; }

    /// <summary>The regime's own node (id, label, citation) for an outcome, where it differs from the shared one; null = none.</summary>
    public IReadOnlyDictionary<Outcome, Predicates.RuleMeta>? OutcomeMetas { get; init; }

    /// <summary>Fixes the regime's statutory parameters in a rule set's options; null = none.</summary>
    public Func<ImkOptions, ImkOptions>? Adapt { get; init; }
}
