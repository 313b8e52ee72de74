using System.Collections.Immutable;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// A regime: an immutable, inspectable composition of cited elements and the policies of the decision procedure
/// — which elements refuse, which keep a case pending, which exclusion grounds spread through the
/// family, what is granted when only livelihood fails. One engine interprets it on the explain path
/// (<see cref="Evaluation.Evaluator"/>) and on the bulk path (<see cref="Bulk.BulkEvaluator"/>).
/// </summary>
/// <remarks>
/// Build variants from a baseline with <see cref="ToBuilder"/> (replace, remove or add elements by id); the baseline
/// is never changed. The parameters (thresholds, dates) are not part of the regime but of the
/// <see cref="Evaluation.RuleSet"/> that pairs a regime with its options.
/// </remarks>
public sealed class Regime
{
    /// <summary>How many elements a regime can report as grounds: the width of <see cref="Evaluation.FailureMask"/>.</summary>
    public const int Capacity = 32;

    private readonly sbyte[] _builtInBits;

    internal Regime(string id, Label name, IReadOnlyList<Citation> citations, ImmutableArray<RegimeElement> elements, string? familyElementId, bool minorsFollowParents, bool transition104a, bool otherTitleRouting)
        : this(id, name, citations, elements, familyElementId, new RegimePolicies(minorsFollowParents, transition104a, otherTitleRouting))
    {
    }

    internal Regime(string id, Label name, IReadOnlyList<Citation> citations, ImmutableArray<RegimeElement> elements, string? familyElementId, RegimePolicies policies)
    {
        var (minorsFollowParents, transition104a, otherTitleRouting) = (policies.MinorsFollowParents, policies.Transition104a, policies.OtherTitleRouting);
        Policies = policies;
        Id = id;
        Name = name;
        Citations = citations;
        Elements = elements;
        FamilyElementId = familyElementId;
        MinorsFollowParents = minorsFollowParents;
        Transition104a = transition104a;
        OtherTitleRouting = otherTitleRouting;

        var checkable = ImmutableArray.CreateBuilder<RuleMeta>();
        var checkableElements = ImmutableArray.CreateBuilder<RegimeElement>();
        var checkableIndexes = ImmutableArray.CreateBuilder<int>();
        _builtInBits = new sbyte[Enum.GetValues<BuiltIn>().Length];
        Array.Fill(_builtInBits, (sbyte)-1);
        var household = ImmutableArray.CreateBuilder<int>();
        var member = ImmutableArray.CreateBuilder<int>();
        var memberSlot = new int[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var e = elements[i];
            memberSlot[i] = e.Level == ElementLevel.Household ? -1 : member.Count;
            (e.Level == ElementLevel.Household ? household : member).Add(i);
            if (e.Role == ElementRole.Informational && e.Kind != BuiltIn.Language)
            {
                continue;
            }

            var bit = checkable.Count;
            checkable.Add(e.Meta);
            checkableElements.Add(e);
            checkableIndexes.Add(i);
            if (e.Kind != BuiltIn.Custom)
            {
                _builtInBits[(int)e.Kind] = (sbyte)bit;
            }

            var mask = 1u << bit;
            switch (e.Role)
            {
                case ElementRole.Gate:
                    ApplicationBit = bit;
                    HardMask |= mask;
                    break;
                case ElementRole.Requirement:
                    HardMask |= mask;
                    break;
                case ElementRole.ExclusionGround:
                    HardMask |= mask;
                    ExclusionMask |= mask;
                    break;
                case ElementRole.FamilyScope:
                    HardMask |= mask;
                    FamilyScopeBit = bit;
                    break;
                case ElementRole.Curable:
                    CurableMask |= mask;
                    break;
                case ElementRole.Livelihood:
                    LivelihoodBit = bit;
                    break;
                case ElementRole.WorkTakeUp:
                    WorkTakeUpBit = bit;
                    break;
                case ElementRole.Discretion:
                    DiscretionBit = bit;
                    break;
            }

            if (e.Kind == BuiltIn.Language)
            {
                LanguageBit = bit;
            }
        }

        Checkable = checkable.ToImmutable();
        if (DiscretionBit >= 0)
        {
            foreach (var replaced in checkableElements[DiscretionBit].Replaces)
            {
                var index = Checkable.IndexOf(Checkable.FirstOrDefault(m => m.Id == replaced)!);
                DiscretionReplaces |= index >= 0 ? 1u << index : 0u;
            }
        }

        CheckableElements = checkableElements.ToImmutable();
        CheckableIndexes = checkableIndexes.ToImmutable();
        GateElement = elements.IndexOf(elements.FirstOrDefault(e => e.Role == ElementRole.Gate)!);
        LivelihoodElement = elements.IndexOf(elements.FirstOrDefault(e => e.Role == ElementRole.Livelihood)!);
        HouseholdElements = household.ToImmutable();
        MemberElements = member.ToImmutable();
        MemberSlot = ImmutableArray.Create(memberSlot);
        HasCustomMemberElements = elements.Any(e => e.Kind == BuiltIn.Custom && e.Level == ElementLevel.Member);
        HasCustomHouseholdElements = elements.Any(e => e.Kind == BuiltIn.Custom && e.Level == ElementLevel.Household);
        FamilyElement = familyElementId is null ? -1 : elements.IndexOf(elements.FirstOrDefault(e => e.Id == familyElementId)!);
        if (checkable.Count > Capacity)
        {
            throw new RegimeException(id, [$"{checkable.Count} checkable elements; at most {Capacity}"]);
        }
    }

    /// <summary>The IMK resolution of 17.11.2006 (study L3-4), its elements and decision procedure.</summary>
    public static Regime Imk2006 => Regimes.Imk2006.Imk2006Regime.Instance;

    /// <summary>
    /// The statutory Altfallregelung § 104a/§ 104b AufenthG (in force 28.8.2007, L2598-2601; L8-10, L358-360,
    /// L1135-1138) as a regime of its own: reference date 1.7.2007, 8/6 years, oral German A2 (deferred until
    /// 1.7.2008), only convictions spread through the family (Abs. 3), a permit "auf Probe" where only livelihood fails.
    /// </summary>
    public static Regime S104a => Regimes.S104a.S104aRegime.Instance;

    /// <summary>
    /// The extension of § 104a permits after 31.12.2009 (§ 104a Abs. 5, Abs. 6 AufenthG; IMK 4.12.2009 — [background]:
    /// verify): livelihood mostly secured by work or secured since 1.4.2009, the Abs. 6 hardship groups at discretion,
    /// the permit "auf Probe" extended until 31.12.2011 where efforts are shown (docs/adr/0011, "Extension, Abs. 5/6").
    /// </summary>
    public static Regime S104aExtension => Regimes.S104aExtension.ExtensionRegime.Instance;

    /// <summary>The regimes the library ships, by id: <c>imk2006</c>, <c>s104a</c>, <c>s104a-extension</c>.</summary>
    public static IReadOnlyList<Regime> All => [Imk2006, S104a, S104aExtension];

    /// <summary>Short id, e.g. <c>imk2006</c>.</summary>
    public string Id { get; }

    /// <summary>German and English name.</summary>
    public Label Name { get; }

    /// <summary>The authority the regime as a whole rests on.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The elements in decision and explanation order.</summary>
    public ImmutableArray<RegimeElement> Elements { get; }

    /// <summary>
    /// The elements that can be grounds of a decision, in order; the index is the bit in
    /// <see cref="Evaluation.FailureMask"/> and <see cref="Bulk.BulkResult"/> under this regime.
    /// </summary>
    public ImmutableArray<RuleMeta> Checkable { get; }

    /// <summary>
    /// The id of the household element whose verdict the built-in residence time reads as "the household is a family"
    /// (6 instead of 8 years, L5-6); without it every household counts as not a family.
    /// </summary>
    public string? FamilyElementId { get; }

    /// <summary>A minor child cannot obtain more than the best-placed adult of the household: the outcome is the household's.</summary>
    public bool MinorsFollowParents { get; }

    /// <summary>
    /// Where the rule set's <c>Fallback.Convert104a</c> (A31) says so, a refusal or job-search Duldung is decided again
    /// under the § 104a regime (<see cref="Fallback"/>) once the statute is in force (L2598-2601, L1135-1138).
    /// </summary>
    public bool Transition104a { get; }

    /// <summary>
    /// The regime a refused application is decided again under where <see cref="Transition104a"/> applies (A31, from
    /// 28.8.2007): <see cref="S104a"/> for the IMK regime and regimes built from it; null otherwise.
    /// </summary>
    public Regime? Fallback => Transition104a ? S104a : null;

    /// <summary>Where the rule set's <c>Fallback.OtherHumanitarianTitle</c> (A32) says so, a refused member who received another title is "anderweitig erledigt" (L1020-1021).</summary>
    public bool OtherTitleRouting { get; }

    /// <summary>What the regime grants when everything is met: <see cref="Evaluation.Outcome.ResidencePermit"/> (IMK) or <see cref="Evaluation.Outcome.StatutoryPermit104a"/> (§ 104a Abs. 1 S. 1).</summary>
    public Evaluation.Outcome GrantOutcome => Policies.Grant;

    /// <summary>What the regime grants when only livelihood fails (IMK Punkt 9 / § 104a Abs. 1 S. 2).</summary>
    public LivelihoodShortfall Shortfall => Policies.Shortfall;

    /// <summary>
    /// The date at which ages (who is a minor child) and the residence time are measured, where the regime fixes it
    /// (§ 104a: 1.7.2007); null = the rule set's <c>Residence.ReferenceDate</c>.
    /// </summary>
    public DateOnly? ReferenceDate => Policies.ReferenceDate;

    internal RegimePolicies Policies { get; }

    /// <summary>The regime's fixed parameters applied to a rule set's options (identity for the IMK regime).</summary>
    internal ImkOptions Adapt(ImkOptions options)
    {
        if (Policies.Adapt is not { } adapt)
        {
            return options;
        }

        // Kept for the options instance it was adapted from, as the plan is (below): a regime with fixed parameters
        // (§ 104a) otherwise copied the options records for every household, and the plan keyed on them missed.
        if (Volatile.Read(ref _lastAdapted) is { } cached && ReferenceEquals(cached.From, options))
        {
            return cached.To;
        }

        var adapted = adapt(options);
        Volatile.Write(ref _lastAdapted, new AdaptCache(options, adapted));
        return adapted;
    }

    /// <summary>The options last adapted and their adaptation (immutable; replaced as a whole).</summary>
    private AdaptCache? _lastAdapted;

    private sealed record AdaptCache(ImkOptions From, ImkOptions To);

    /// <summary>
    /// <paramref name="ruleSet"/> under this regime (<see cref="Evaluation.RuleSet.Under"/>), kept for the last rule set
    /// asked: the A31 transition decides every household it reaches under the fallback regime, and building the rule
    /// set's names and citations anew each time cost more than many of the elements.
    /// </summary>
    internal Evaluation.RuleSet Deciding(Evaluation.RuleSet ruleSet)
    {
        if (Volatile.Read(ref _lastUnder) is { } cached && ReferenceEquals(cached.From, ruleSet))
        {
            return cached.To;
        }

        var under = ruleSet.Under(this);
        Volatile.Write(ref _lastUnder, new UnderCache(ruleSet, under));
        return under;
    }

    /// <summary>The rule set last put under this regime and the result (immutable; replaced as a whole).</summary>
    private UnderCache? _lastUnder;

    private sealed record UnderCache(Evaluation.RuleSet From, Evaluation.RuleSet To);

    internal ImmutableArray<RegimeElement> CheckableElements { get; }

    /// <summary>Index in <see cref="Elements"/> of each checkable element, by bit.</summary>
    internal ImmutableArray<int> CheckableIndexes { get; }

    /// <summary>Index in <see cref="Elements"/> of the gate (application) element, or -1.</summary>
    internal int GateElement { get; }

    /// <summary>Index in <see cref="Elements"/> of the livelihood element, or -1.</summary>
    internal int LivelihoodElement { get; }

    internal ImmutableArray<int> HouseholdElements { get; }

    internal ImmutableArray<int> MemberElements { get; }

    /// <summary>For each element, its position among <see cref="MemberElements"/> (-1 for a household element): where the explain path keeps a member's node.</summary>
    internal ImmutableArray<int> MemberSlot { get; }

    internal bool HasCustomMemberElements { get; }

    internal bool HasCustomHouseholdElements { get; }

    /// <summary>Index in <see cref="Elements"/> of the family element, or -1.</summary>
    internal int FamilyElement { get; }

    internal uint HardMask { get; }

    internal uint ExclusionMask { get; }

    internal uint CurableMask { get; }

    internal int ApplicationBit { get; } = -1;

    internal int FamilyScopeBit { get; } = -1;

    internal int LivelihoodBit { get; } = -1;

    internal int WorkTakeUpBit { get; } = -1;

    internal int LanguageBit { get; } = -1;

    /// <summary>The bit of the <see cref="ElementRole.Discretion"/> element, or -1.</summary>
    internal int DiscretionBit { get; } = -1;

    /// <summary>The bits the discretion element stands in for.</summary>
    internal uint DiscretionReplaces { get; }

    /// <summary>The element with this id, or null.</summary>
    public RegimeElement? Find(string id)
    {
        foreach (var e in Elements)
        {
            if (e.Id == id)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The bit of a checkable element id under this regime, or -1.</summary>
    public int BitOf(string elementId)
    {
        for (var i = 0; i < Checkable.Length; i++)
        {
            if (Checkable[i].Id == elementId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The grounds of a decision (element ids) as a mask under this regime; ids it cannot report are ignored.</summary>
    public Evaluation.FailureMask MaskOf(IEnumerable<string> elementIds)
    {
        ArgumentNullException.ThrowIfNull(elementIds);
        uint bits = 0;
        foreach (var id in elementIds)
        {
            var bit = BitOf(id);
            bits |= bit >= 0 ? 1u << bit : 0u;
        }

        return new Evaluation.FailureMask(bits);
    }

    /// <summary>The element ids of a mask under this regime, in order.</summary>
    public IEnumerable<string> IdsOf(Evaluation.FailureMask mask)
    {
        for (var i = 0; i < Checkable.Length; i++)
        {
            if ((mask.Bits & (1u << i)) != 0)
            {
                yield return Checkable[i].Id;
            }
        }
    }

    /// <summary>The bit of a built-in element, or -1 when the regime does not use it (removed or replaced).</summary>
    internal int BitOf(BuiltIn kind) => _builtInBits[(int)kind];

    /// <summary>A builder that starts from this regime (which stays unchanged).</summary>
    public RegimeBuilder ToBuilder() => new(this);

    /// <summary>
    /// The plan last computed, with the options it was computed for: the explain path asks for the plan of every
    /// household, almost always under the same options instance (a rule set's undated options), so the masks are
    /// computed once per rule set rather than once per household. Replaced as a whole (an immutable box), so a race
    /// only computes a plan twice.
    /// </summary>
    private PlanCache? _lastPlan;

    /// <summary>The masks of the decision procedure under a rule set's options.</summary>
    internal RegimePlan Plan(ImkOptions options)
    {
        if (Volatile.Read(ref _lastPlan) is { } cached && ReferenceEquals(cached.Options, options))
        {
            return cached.Plan;
        }

        var plan = Compute(options);
        Volatile.Write(ref _lastPlan, new PlanCache(options, plan));
        return plan;
    }

    private sealed record PlanCache(ImkOptions Options, RegimePlan Plan);

    private RegimePlan Compute(ImkOptions options)
    {
        var hard = HardMask;
        var curable = CurableMask;
        if (LanguageBit >= 0)
        {
            var bit = 1u << LanguageBit;
            hard &= ~bit;
            curable &= ~bit;
            switch (CheckableElements[LanguageBit].RoleUnder(options))
            {
                case ElementRole.Requirement:
                    hard |= bit;
                    break;
                case ElementRole.Curable:
                    curable |= bit;
                    break;
            }
        }

        return new RegimePlan(this, options, hard, curable);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Elements.Length} elements)";
}
