using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>User-defined elements, written only against the public API, as a package user would write them.</summary>
public static class TestElements
{
    /// <summary>A stricter language rule a variant might test: every adult speaks German at B1 or better.</summary>
    public static readonly RuleMeta B1Meta = RuleMeta.Of("Variant.Language.B1", "Deutsch B1 (Variante)", "German B1 (variant)", Citation.Derived("test variant: a stricter language level"));

    public static MemberElement GermanB1(ElementRole role = ElementRole.Requirement) => RegimeElement.ForMember(B1Meta, m =>
    {
        if (m.Person.Role == HouseholdRole.Child)
        {
            return Check.NotApplicable(new Label("Kind", "child"));
        }

        return m.Person.GermanLevel is { } level
            ? Check.Of((level >= CefrLevel.B1).ToTruth())
            : Check.Unknown(null, new MissingFact($"$.members[{m.Index}].germanLevel", new Label("Deutschniveau?", "German level?")));
    }, role);

    /// <summary>A household rule: not living in communal shelter.</summary>
    public static readonly RuleMeta OwnFlatMeta = RuleMeta.Of("Variant.Housing.OwnFlat", "eigene Wohnung", "own flat", Citation.Derived("test variant: communal shelter not accepted"));

    public static HouseholdElement OwnFlat(ElementRole role = ElementRole.Requirement) => RegimeElement.ForHousehold(OwnFlatMeta, h =>
        h.Household.Housing?.CommunalShelter is { } shelter
            ? Check.Of((!shelter).ToTruth())
            : Check.Unknown(null, new MissingFact("$.housing.communalShelter", new Label("Gemeinschaftsunterkunft?", "Communal shelter?"))), role);

    /// <summary>An exclusion ground from a composed rule (the public predicate blocks): a breach of the duty to cooperate.</summary>
    public static readonly RuleMeta NoBreachMeta = RuleMeta.Of("Variant.Exclusion.Cooperation", "keine Verletzung der Mitwirkungspflicht", "no breach of the duty to cooperate", Citation.Source("L793-794"));

    public static MemberElement NoBreach() => new(new Not<MemberContext>(
        NoBreachMeta,
        new Condition<MemberContext>(
            RuleMeta.Of("Variant.Exclusion.Cooperation/Breach", "Mitwirkungspflicht verletzt", "duty to cooperate breached", Citation.Source("L793-794")),
            m => m.Person.CooperationBreached is { } b
                ? Check.Of(b.ToTruth())
                : Check.Unknown(null, new MissingFact($"$.members[{m.Index}].cooperationBreached", new Label("Mitwirkung verletzt?", "Cooperation breached?"))),
            m => m.Person.Id)), ElementRole.ExclusionGround);

    /// <summary>A household test that treats every household as a family (a replacement for element 6).</summary>
    public static HouseholdElement EveryoneIsFamily() => RegimeElement.ForHousehold(
        RuleMeta.Of("Variant.Family.Always", "jeder Haushalt gilt als Familie", "every household counts as a family", Citation.Derived("test variant")),
        _ => Check.Of(Truth.True),
        ElementRole.Informational);
}
