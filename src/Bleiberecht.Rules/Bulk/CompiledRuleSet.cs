using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// A <see cref="RuleSet"/> compiled once for the bulk path: its options flattened into plain fields (dates as day
/// numbers, absent values as flags), so the evaluation loop reads no records and invokes no delegates. Immutable
/// and thread-safe; compile one per variant and reuse it for any number of batches.
/// </summary>
public sealed class CompiledRuleSet
{
    /// <summary>Compiles a rule set.</summary>
    public static CompiledRuleSet Compile(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new CompiledRuleSet(ruleSet, ruleSet.OptionsOn(null), dated: true);
    }

    /// <summary>
    /// The compiled options in force on a decision day (<see cref="RuleSet.OptionsOn"/>): one compiled form per period
    /// between the dates of the rule set's dated values; an unknown date takes the undated options, as the explain path.
    /// </summary>
    internal CompiledRuleSet For(int decisionDay)
    {
        if (_periods is null || decisionDay == HouseholdBatch.NoDate)
        {
            return this;
        }

        var k = Array.BinarySearch(_boundaries!, decisionDay);
        k = k >= 0 ? k : ~k - 1;
        return k < 0 ? this : _periods[k];
    }

    private readonly int[]? _boundaries;

    /// <summary>The day numbers from which another compiled form applies (<see cref="For"/>), ascending; empty if undated.</summary>
    internal ReadOnlySpan<int> Boundaries => _boundaries;
    private readonly CompiledRuleSet[]? _periods;

    private CompiledRuleSet? _statute;

    /// <summary>
    /// The rule set under the fallback regime (§ 104a) for the A31 transition, compiled when first asked (a pure
    /// function of the rule set, so a race between threads only compiles it twice).
    /// </summary>
    internal CompiledRuleSet Statute => _statute ??= Compile(RuleSet.Under(RuleSet.Regime.Fallback ?? Regimes.Regime.S104a));

    /// <summary>The options this compiled form was made from (the regime's fixed parameters applied), for the elements evaluated through their rule.</summary>
    internal ImkOptions Options { get; }

    private CompiledRuleSet(RuleSet ruleSet, ImkOptions o, bool dated)
    {
        RuleSet = ruleSet;
        Options = o;
        if (dated && ruleSet.DatedOptions.Count > 0)
        {
            var boundaries = ruleSet.DatedOptions.SelectMany(d => d.Boundaries).Distinct().Order().ToArray();
            _boundaries = [.. boundaries.Select(d => d.DayNumber)];
            _periods = [.. boundaries.Select(d => new CompiledRuleSet(ruleSet, ruleSet.OptionsOn(d), dated: false))];
        }


        ReferenceCivil = CivilDate.Pack(o.Residence.ReferenceDate);
        ResidenceCountCivil = ResidenceKernel.CountingCivil(o.Residence);

        AgeOfMajority = o.Family.AgeOfMajority;
        ExclusionScope = o.Family.ExclusionScope;


        var deceptionReading = MisconductReading.Deception(o.Exclusion);
        DeceptionShift = deceptionReading < 0 ? -1 : 2 * deceptionReading;
        ObstructionStored = MisconductReading.Obstruction(o.Exclusion);
        AbscondingStored = MisconductReading.Absconding(o.Exclusion);
        ExtremismStored = MisconductReading.Extremism(o.Exclusion);


        ConvertTo104a = o.Fallback.Convert104a != Rules.Options.Convert104a.No;
        OtherHumanitarianTitle = o.Fallback.OtherHumanitarianTitle;

        // Where the regime puts each built-in element's verdict (-1: removed or replaced by a user-defined element).
        var regime = ruleSet.Regime;
        Plan = regime.Plan(o);
        var restated = new bool[regime.CheckableElements.Length];
        BitScope = regime.BitOf(BuiltIn.Scope);
        BitDeadline = regime.BitOf(BuiltIn.ApplicationDeadline);
        BitMinYears = regime.BitOf(BuiltIn.MinYears);
        BitDeception = BitOrRestated(regime, BuiltIn.Deception, restated);
        BitObstruction = BitOrRestated(regime, BuiltIn.Obstruction, restated);
        BitConviction = BitOrRestated(regime, BuiltIn.Conviction, restated);
        BitExtremism = BitOrRestated(regime, BuiltIn.Extremism, restated);
        BitAbsconding = BitOrRestated(regime, BuiltIn.Absconding, restated);
        BitHousing = BitOrRestated(regime, BuiltIn.Housing, restated);
        BitLanguage = regime.BitOf(BuiltIn.Language);
        BitSchool = BitOrRestated(regime, BuiltIn.SchoolAttendance, restated);
        BitPrognosis = regime.BitOf(BuiltIn.SchoolPrognosis);
        BitPassport = regime.BitOf(BuiltIn.Passport);
        BitCooperation = BitOrRestated(regime, BuiltIn.Cooperation, restated);
        FamilyIsBuiltIn = regime.FamilyElement >= 0
            && (regime.Elements[regime.FamilyElement].Kind == BuiltIn.QualifyingChild || Restates(regime.Elements[regime.FamilyElement], BuiltIn.QualifyingChild));
        Restated = restated;
        LivelihoodIsStandardRoute = !LivelihoodIsBuiltIn && regime.LivelihoodElement >= 0
            && regime.Elements[regime.LivelihoodElement] is HouseholdElement { Rule: Regimes.S104a.Restated<HouseholdContext> livelihood }
            && ReferenceEquals(livelihood.Block, LivelihoodElements.Punkt32);
        GateIsBuiltIn = regime.GateElement >= 0 && regime.Elements[regime.GateElement].Kind == BuiltIn.Application;
        LivelihoodIsBuiltIn = regime.LivelihoodElement >= 0 && regime.Elements[regime.LivelihoodElement].Kind == BuiltIn.Livelihood;
        HasCustomElements = regime.HasCustomMemberElements || regime.HasCustomHouseholdElements
            || (regime.FamilyElement >= 0 && !FamilyIsBuiltIn)
            || (regime.GateElement >= 0 && !GateIsBuiltIn)
            || (regime.LivelihoodElement >= 0 && !LivelihoodIsBuiltIn);
    }

    /// <summary>
    /// Where the bulk loop writes a built-in element's verdict: the element of that kind, or else the first element
    /// that restates its rule under another id (<see cref="Regimes.S104a.Restated{TContext}"/>: the § 104a regime
    /// reuses the IMK exclusion grounds, housing and school under the statute's ids). A restated element is the same
    /// test on the same options (its rule evaluates the block), so its kernel gives the verdict the rule would; it is
    /// marked in <paramref name="restated"/> so that it is not also evaluated through its rule.
    /// </summary>
    private static int BitOrRestated(Regime regime, BuiltIn kind, bool[] restated)
    {
        var bit = regime.BitOf(kind);
        if (bit >= 0)
        {
            return bit;
        }

        for (var i = 0; i < regime.CheckableElements.Length; i++)
        {
            if (!restated[i] && Restates(regime.CheckableElements[i], kind))
            {
                restated[i] = true;
                return i;
            }
        }

        return -1;
    }

    /// <summary>A user-defined element whose rule restates the rule of the IMK regime's built-in element <paramref name="kind"/>.</summary>
    private static bool Restates(RegimeElement element, BuiltIn kind)
    {
        if (element.Kind != BuiltIn.Custom)
        {
            return false;
        }

        var imk = Regimes.Regime.Imk2006;
        var builtIn = imk.Elements.FirstOrDefault(e => e.Kind == kind);
        return (element, builtIn) switch
        {
            (MemberElement { Rule: Regimes.S104a.Restated<MemberContext> r }, MemberElement b) => ReferenceEquals(r.Block, b.Rule),
            (HouseholdElement { Rule: Regimes.S104a.Restated<HouseholdContext> r }, HouseholdElement b) => ReferenceEquals(r.Block, b.Rule),
            _ => false,
        };
    }

    /// <summary>Per checkable element: it restates a built-in element and the bulk loop writes its verdict with that element's kernel.</summary>
    internal readonly bool[] Restated;

    /// <summary>The regime's decision procedure under these options.</summary>
    internal readonly RegimePlan Plan;

    internal readonly int BitScope;
    internal readonly int BitDeadline;
    internal readonly int BitMinYears;
    internal readonly int BitDeception;
    internal readonly int BitObstruction;
    internal readonly int BitConviction;
    internal readonly int BitExtremism;
    internal readonly int BitAbsconding;
    internal readonly int BitHousing;
    internal readonly int BitLanguage;
    internal readonly int BitSchool;
    internal readonly int BitPrognosis;
    internal readonly int BitPassport;
    internal readonly int BitCooperation;
    internal readonly bool FamilyIsBuiltIn;
    internal readonly bool GateIsBuiltIn;
    internal readonly bool LivelihoodIsBuiltIn;

    /// <summary>The livelihood element restates the standard route alone (Punkt 3.2, § 104a Abs. 1 S. 2): its two kernels run.</summary>
    internal readonly bool LivelihoodIsStandardRoute;

    /// <summary>The regime has elements without a columnar form: the household's rule contexts are built for them.</summary>
    internal readonly bool HasCustomElements;

    /// <summary>The rule set this was compiled from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The rule set's name.</summary>
    public string Name => RuleSet.Name;

    private static int Day(DateOnly? date) => date?.DayNumber ?? HouseholdBatch.NoDate;

    internal readonly int ReferenceCivil;

    /// <summary>The day the residence time's anniversaries are compared with (<see cref="ResidenceKernel.CountingCivil"/>, A33), packed once.</summary>
    internal readonly int ResidenceCountCivil;
    internal readonly int AgeOfMajority;
    internal readonly ExclusionScope ExclusionScope;

    /// <summary>Where element 17's verdict under these options sits in the batch's <c>NoDeception</c> bits, or -1: run its kernel (a look-back, A15).</summary>
    internal readonly int DeceptionShift;

    /// <summary>Element 18's stored verdict holds (no look-back, A34); otherwise its kernel runs.</summary>
    internal readonly bool ObstructionStored;

    /// <summary>Element 21's stored verdict holds (a ground, A16, without look-back, A35); otherwise its kernel runs.</summary>
    internal readonly bool AbscondingStored;

    /// <summary>Element 20's stored verdict holds (no look-back, A36); otherwise its kernel runs.</summary>
    internal readonly bool ExtremismStored;
    internal readonly bool ConvertTo104a;
    internal readonly bool OtherHumanitarianTitle;
}
