using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// One element of a <see cref="Regime"/>: a cited rule, whom it is about (<see cref="Level"/>) and what its verdict
/// does to the decision (<see cref="Role"/>). Built-in elements and user-defined ones are the same kind of object and
/// are treated alike: three-valued, cited, explained, and evaluated on the explain and on the bulk path.
/// </summary>
/// <remarks>
/// Create your own with <see cref="ForMember(RuleMeta, Func{MemberContext, Check}, ElementRole)"/> /
/// <see cref="ForHousehold(RuleMeta, Func{HouseholdContext, Check}, ElementRole)"/>, or wrap any composed
/// <see cref="Rule{TContext}"/> in a <see cref="MemberElement"/> or <see cref="HouseholdElement"/>.
/// </remarks>
public abstract class RegimeElement
{
    private protected RegimeElement(RuleMeta meta, ElementLevel level, ElementRole role, BuiltIn kind)
    {
        ArgumentNullException.ThrowIfNull(meta);
        Meta = meta;
        Level = level;
        Role = role;
        Kind = kind;
    }

    /// <summary>Stable id, de/en label and citations.</summary>
    public RuleMeta Meta { get; }

    /// <summary>The stable id (<c>Meta.Id</c>).</summary>
    public string Id => Meta.Id;

    /// <summary>Household or member.</summary>
    public ElementLevel Level { get; }

    /// <summary>What its verdict does to the decision.</summary>
    public ElementRole Role { get; }

    /// <summary>
    /// For an <see cref="ElementRole.ExclusionGround"/>: how far it reaches the other members (per ground, so a regime
    /// can spread one ground and not another — § 104a Abs. 3 S. 1 spreads only convictions). Default
    /// <see cref="FamilySpread.RuleSetScope"/>: as the rule set's A19 says (the IMK elements' behaviour).
    /// </summary>
    public FamilySpread Spread { get; init; }

    /// <summary>The authority for <see cref="Spread"/> (shown on the family-scope node); null = the regime's default, cited there.</summary>
    public Explanation.Citation? SpreadCitation { get; init; }

    /// <summary>For a <see cref="ElementRole.Discretion"/> element: the ids of the elements it stands in for; empty otherwise.</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    /// <summary>True for the elements the library ships; false for user-defined ones.</summary>
    public bool IsBuiltIn => Kind != BuiltIn.Custom;

    internal BuiltIn Kind { get; }

    /// <summary>
    /// The role under a rule set's options. Only the built-in language element varies: A23 (Language.DeficitOutcome)
    /// makes a deficit a refusal (Barnim, L1031-1032) or keeps the case pending with an extended Duldung (Oder-Spree,
    /// L1121-1133). With a permit and a course the element is met by admission to the course, and without it the
    /// Duldung is extended as Oder-Spree did when the BAMF refused the course (L1127-1130; docs/adr/0012, item 10).
    /// </summary>
    internal ElementRole RoleUnder(ImkOptions options) => Kind != BuiltIn.Language
        ? Role
        : options.Language.DeficitOutcome switch
        {
            LanguageDeficitOutcome.Refuse => ElementRole.Requirement,
            _ => ElementRole.Curable,
        };

    /// <summary>A member requirement from a test on one member (a user-defined predicate).</summary>
    /// <param name="meta">Id, label, citations (at least one).</param>
    /// <param name="test">The test; it returns Unknown with the facts to ask for when a fact is missing.</param>
    /// <param name="role">What a failure does; <see cref="ElementRole.Requirement"/> by default.</param>
    public static MemberElement ForMember(RuleMeta meta, Func<MemberContext, Check> test, ElementRole role = ElementRole.Requirement)
    {
        ArgumentNullException.ThrowIfNull(test);
        return new MemberElement(new Condition<MemberContext>(meta, test, static m => m.Person.Id), role);
    }

    /// <summary>A household requirement from a test on the household (a user-defined predicate).</summary>
    /// <param name="meta">Id, label, citations (at least one).</param>
    /// <param name="test">The test; it returns Unknown with the facts to ask for when a fact is missing.</param>
    /// <param name="role">What a failure does; <see cref="ElementRole.Requirement"/> by default.</param>
    public static HouseholdElement ForHousehold(RuleMeta meta, Func<HouseholdContext, Check> test, ElementRole role = ElementRole.Requirement)
    {
        ArgumentNullException.ThrowIfNull(test);
        return new HouseholdElement(new Condition<HouseholdContext>(meta, test), role);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Level}, {Role})";
}

/// <summary>An element evaluated for each member: a <see cref="Rule{TContext}"/> over <see cref="MemberContext"/>.</summary>
public sealed class MemberElement : RegimeElement
{
    /// <summary>Wraps a rule over one member (built from the public predicate blocks or your own <see cref="Rule{TContext}"/> subclass).</summary>
    /// <param name="rule">The rule; its <see cref="Rule{TContext}.Meta"/> is the element's identity.</param>
    /// <param name="role">What a failure does; <see cref="ElementRole.Requirement"/> by default.</param>
    public MemberElement(Rule<MemberContext> rule, ElementRole role = ElementRole.Requirement)
        : this(rule, role, BuiltIn.Custom)
    {
    }

    internal MemberElement(Rule<MemberContext> rule, ElementRole role, BuiltIn kind)
        : base((rule ?? throw new ArgumentNullException(nameof(rule))).Meta, ElementLevel.Member, role, kind)
        => Rule = rule;

    /// <summary>The rule.</summary>
    public Rule<MemberContext> Rule { get; }
}

/// <summary>An element evaluated once for the household: a <see cref="Rule{TContext}"/> over <see cref="HouseholdContext"/>.</summary>
public sealed class HouseholdElement : RegimeElement
{
    /// <summary>Wraps a rule over the household.</summary>
    /// <param name="rule">The rule; its <see cref="Rule{TContext}.Meta"/> is the element's identity.</param>
    /// <param name="role">What a failure does; <see cref="ElementRole.Requirement"/> by default.</param>
    public HouseholdElement(Rule<HouseholdContext> rule, ElementRole role = ElementRole.Requirement)
        : this(rule, role, BuiltIn.Custom)
    {
    }

    internal HouseholdElement(Rule<HouseholdContext> rule, ElementRole role, BuiltIn kind)
        : base((rule ?? throw new ArgumentNullException(nameof(rule))).Meta, ElementLevel.Household, role, kind)
        => Rule = rule;

    /// <summary>The rule.</summary>
    public Rule<HouseholdContext> Rule { get; }
}

/// <summary>
/// An element the engine derives from other elements instead of evaluating a rule: the family scope of exclusion
/// grounds (<see cref="ElementRole.FamilyScope"/>) and the work take-up deadline (<see cref="ElementRole.WorkTakeUp"/>).
/// It can be removed from a regime, not re-implemented.
/// </summary>
public sealed class DerivedElement : RegimeElement
{
    internal DerivedElement(RuleMeta meta, ElementLevel level, ElementRole role, BuiltIn kind)
        : base(meta, level, role, kind)
    {
    }
}
