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
        Exclusion = o.Exclusion;
        Passport = o.Passport;
        Residence = o.Residence;
        Language = o.Language;
        ResidenceCountCivil = ResidenceKernel.CountingCivil(o.Residence);

        AgeOfMajority = o.Family.AgeOfMajority;
        ExclusionScope = o.Family.ExclusionScope;


        var deceptionReading = MisconductReading.Deception(o.Exclusion);
        DeceptionShift = deceptionReading < 0 ? -1 : 2 * deceptionReading;
        ObstructionStored = MisconductReading.Obstruction(o.Exclusion);
        AbscondingStored = MisconductReading.Absconding(o.Exclusion);
        ExtremismStored = MisconductReading.Extremism(o.Exclusion);
        ConvictionStored = ConvictionReading.Holds(o.Exclusion);
        var languageReading = LanguageReading.Of(o.Language);
        LanguageShift = languageReading < 0 ? -1 : 2 * languageReading;


        ConvertTo104a = o.Fallback.Convert104a != Rules.Options.Convert104a.No;
        OtherHumanitarianTitle = o.Fallback.OtherHumanitarianTitle;

        // Where the regime puts each built-in element's verdict (-1: removed or replaced by a user-defined element).
        var regime = ruleSet.Regime;
        Plan = regime.Plan(o);
        var restated = new bool[regime.CheckableElements.Length];
        // Each built-in element's bit and its one-bit mask (0 where the regime lacks the element; the household loop
        // reads the mask, where RegimePlan.Bit tested and shifted the index for every member and element).
        (BitScope, MaskScope) = WithMask(regime.BitOf(BuiltIn.Scope));
        (BitDeadline, MaskDeadline) = WithMask(regime.BitOf(BuiltIn.ApplicationDeadline));
        (BitMinYears, MaskMinYears) = WithMask(regime.BitOf(BuiltIn.MinYears));
        (BitDeception, MaskDeception) = WithMask(BitOrRestated(regime, BuiltIn.Deception, restated));
        (BitObstruction, MaskObstruction) = WithMask(BitOrRestated(regime, BuiltIn.Obstruction, restated));
        (BitConviction, MaskConviction) = WithMask(BitOrRestated(regime, BuiltIn.Conviction, restated));
        (BitExtremism, MaskExtremism) = WithMask(BitOrRestated(regime, BuiltIn.Extremism, restated));
        (BitAbsconding, MaskAbsconding) = WithMask(BitOrRestated(regime, BuiltIn.Absconding, restated));
        (BitHousing, MaskHousing) = WithMask(BitOrRestated(regime, BuiltIn.Housing, restated));
        (BitLanguage, MaskLanguage) = WithMask(regime.BitOf(BuiltIn.Language));
        (BitSchool, MaskSchool) = WithMask(BitOrRestated(regime, BuiltIn.SchoolAttendance, restated));
        (BitPrognosis, MaskPrognosis) = WithMask(regime.BitOf(BuiltIn.SchoolPrognosis));
        BitPassport = regime.BitOf(BuiltIn.Passport);
        (BitCooperation, MaskCooperation) = WithMask(BitOrRestated(regime, BuiltIn.Cooperation, restated));
        FamilyIsBuiltIn = regime.FamilyElement >= 0
            && (regime.Elements[regime.FamilyElement].Kind == BuiltIn.QualifyingChild || Restates(regime.Elements[regime.FamilyElement], BuiltIn.QualifyingChild));
        BitInForce104a = BitOfOwn(regime, static r => r is HouseholdElement h && ReferenceEquals(h.Rule, Regimes.S104a.S104aRegime.InForce), restated);
        BitTime104a = BitOfOwn(regime, static r => r is MemberElement m && ReferenceEquals(m.Rule, Regimes.S104a.ResidenceTime.Rule), restated);
        BitAbs2 = BitOfOwn(regime, static r => r is MemberElement m && ReferenceEquals(m.Rule, Regimes.S104a.Abs2Discretion.Rule), restated);
        BitOralGerman = BitOfOwn(regime, static r => r is MemberElement m && ReferenceEquals(m.Rule, Regimes.S104a.OralGerman.Rule), restated);

        // The restated passport is written for every member as its rule would (IdentityKernels.Passport is the rule's
        // AnyOf of the same two leaves), not mapped onto BitPassport: the IMK passport is asked only through
        // Outstanding, for members nothing refuses, which would drop a refused member's passport ground.
        BitPassport104a = BitOfOwn(regime, static r => r is MemberElement { Rule: Regimes.S104a.Restated<MemberContext> p } && ReferenceEquals(p.Block, IdentityElements.Passport), restated);

        // The extension regime's own elements (§ 104a Abs. 5/6): the requirement and the Abs. 6 groups read for each member.
        BitProbationRoute = BitOfOwn(regime, static r => r is HouseholdElement h && ReferenceEquals(h.Rule, Regimes.S104aExtension.ExtensionRegime.ProbationRoute), restated);
        BitHardship = BitOfOwn(regime, static r => r is MemberElement { Rule: Regimes.S104aExtension.HouseholdRuleForMember m } && ReferenceEquals(m.Block, LivelihoodElements.Punkt33), restated);
        HasS104aElements = BitInForce104a >= 0 || BitTime104a >= 0 || BitAbs2 >= 0 || BitOralGerman >= 0 || BitPassport104a >= 0 || BitProbationRoute >= 0 || BitHardship >= 0;
        Restated = restated;
        LivelihoodIsStandardRoute = !LivelihoodIsBuiltIn && regime.LivelihoodElement >= 0
            && regime.Elements[regime.LivelihoodElement] is HouseholdElement { Rule: Regimes.S104a.Restated<HouseholdContext> livelihood }
            && ReferenceEquals(livelihood.Block, LivelihoodElements.Punkt32);
        LivelihoodIsExtension = regime.LivelihoodElement >= 0
            && regime.Elements[regime.LivelihoodElement] is HouseholdElement extension
            && ReferenceEquals(extension.Rule, Regimes.S104aExtension.ExtensionRegime.Livelihood);
        GateIsBuiltIn = regime.GateElement >= 0 && regime.Elements[regime.GateElement].Kind == BuiltIn.Application;
        LivelihoodIsBuiltIn = regime.LivelihoodElement >= 0 && regime.Elements[regime.LivelihoodElement].Kind == BuiltIn.Livelihood;
        // The household's rule contexts are built only for what has no columnar form: a user-defined checkable element,
        // a replaced family or gate element, a livelihood element other than the IMK one, Punkt 3.2 alone or the extension's.
        var custom = false;
        for (var i = 0; i < regime.CheckableElements.Length; i++)
        {
            var e = regime.CheckableElements[i];
            custom |= e.Kind == BuiltIn.Custom && !restated[i] && e.Role != ElementRole.Livelihood && e.Role != ElementRole.Gate;
        }

        HasCustomElements = custom
            || (regime.FamilyElement >= 0 && !FamilyIsBuiltIn)
            || (regime.GateElement >= 0 && !GateIsBuiltIn)
            || (regime.LivelihoodElement >= 0 && !LivelihoodIsBuiltIn && !LivelihoodIsStandardRoute && !LivelihoodIsExtension);

        // The household loop's constant shape (ImkShape) answers these flags as they are here; every period must agree,
        // because the loop chooses its shape once for the whole rule set.
        // Each built-in element at its ImkLayout bit (which also says it is present: an absent element's mask is 0).
        IsImkShape = GateIsBuiltIn && !HasCustomElements && FamilyIsBuiltIn && !HasS104aElements
            && Plan.FamilyScopeBit >= 0 && (Plan.SpreadSpouses | Plan.SpreadParents | Plan.SpreadWholeHardship) == 0
            && Plan.DiscretionBit < 0 && Plan.CapMinors
            && MaskScope == RegimePlan.Bit(ImkLayout.Scope) && MaskDeadline == RegimePlan.Bit(ImkLayout.Deadline)
            && MaskMinYears == RegimePlan.Bit(ImkLayout.MinYears) && MaskDeception == RegimePlan.Bit(ImkLayout.Deception)
            && MaskObstruction == RegimePlan.Bit(ImkLayout.Obstruction) && MaskConviction == RegimePlan.Bit(ImkLayout.Conviction)
            && MaskExtremism == RegimePlan.Bit(ImkLayout.Extremism) && MaskAbsconding == RegimePlan.Bit(ImkLayout.Absconding)
            && MaskHousing == RegimePlan.Bit(ImkLayout.Housing) && MaskLanguage == RegimePlan.Bit(ImkLayout.Language)
            && MaskSchool == RegimePlan.Bit(ImkLayout.School) && MaskPrognosis == RegimePlan.Bit(ImkLayout.Prognosis)
            && MaskCooperation == RegimePlan.Bit(ImkLayout.Cooperation)
            && (_periods is null || Array.TrueForAll(_periods, static p => p.IsImkShape));
    }

    /// <summary>
    /// The rule set and each of its periods has the structure <see cref="ImkShape"/> answers with constants (ADR 0010
    /// item 8): the household loop may be specialised for it.
    /// </summary>
    internal readonly bool IsImkShape;

    /// <summary>A bit index (-1 where absent) with its one-bit mask (0 where absent).</summary>
    private static (int Bit, uint Mask) WithMask(int bit) => (bit, RegimePlan.Bit(bit));

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

    /// <summary>
    /// Where the bulk loop writes the verdict of one of the § 104a regimes' own elements (<see cref="BulkS104a"/>): the
    /// first checkable element <paramref name="own"/> recognises (by its rule), unless its role is the gate or
    /// livelihood, which are evaluated apart. Marked in <paramref name="restated"/> so that it is not also evaluated
    /// through its rule.
    /// </summary>
    private static int BitOfOwn(Regime regime, Func<RegimeElement, bool> own, bool[] restated)
    {
        for (var i = 0; i < regime.CheckableElements.Length; i++)
        {
            var e = regime.CheckableElements[i];
            if (!restated[i] && e.Kind == BuiltIn.Custom && e.Role != ElementRole.Livelihood && e.Role != ElementRole.Gate && own(e))
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

    /// <summary>
    /// Per checkable element: it restates a built-in element, or is one of the § 104a regimes' own elements, and the
    /// bulk loop writes its verdict with that element's kernel.
    /// </summary>
    internal readonly bool[] Restated;

    /// <summary>Bits of the § 104a regime's own elements (-1: absent): in force, the time (8/6 years), Abs. 2, oral German, the restated passport.</summary>
    internal readonly int BitInForce104a;
    internal readonly int BitTime104a;
    internal readonly int BitAbs2;
    internal readonly int BitOralGerman;
    internal readonly int BitPassport104a;

    /// <summary>Bits of the extension regime's own elements (-1: absent): the Abs. 5 / IMK 2009 requirement, the Abs. 6 groups (discretion).</summary>
    internal readonly int BitProbationRoute;
    internal readonly int BitHardship;

    /// <summary>The livelihood element is the extension's (Abs. 5 S. 2 or an Abs. 6 group): its kernels run.</summary>
    internal readonly bool LivelihoodIsExtension;

    /// <summary>The regime has one of those elements: <see cref="BulkS104a"/> writes their verdicts.</summary>
    internal readonly bool HasS104aElements;

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

    // The same bits as one-bit masks (WithMask).
    internal readonly uint MaskScope;
    internal readonly uint MaskDeadline;
    internal readonly uint MaskMinYears;
    internal readonly uint MaskDeception;
    internal readonly uint MaskObstruction;
    internal readonly uint MaskConviction;
    internal readonly uint MaskExtremism;
    internal readonly uint MaskAbsconding;
    internal readonly uint MaskHousing;
    internal readonly uint MaskLanguage;
    internal readonly uint MaskSchool;
    internal readonly uint MaskPrognosis;
    internal readonly uint MaskCooperation;
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

    /// <summary>
    /// The option groups each member's kernels read, held here as well as in <see cref="Options"/>: one load instead
    /// of two chained ones per group and member in the household loop.
    /// </summary>
    internal readonly Rules.Options.ExclusionOptions Exclusion;

    /// <inheritdoc cref="Exclusion"/>
    internal readonly Rules.Options.PassportOptions Passport;

    /// <inheritdoc cref="Exclusion"/>
    internal readonly Rules.Options.ResidenceOptions Residence;

    /// <inheritdoc cref="Exclusion"/>
    internal readonly Rules.Options.LanguageOptions Language;

    /// <summary>The day the residence time's anniversaries are compared with (<see cref="ResidenceKernel.CountingCivil"/>, A33), packed once.</summary>
    internal readonly int ResidenceCountCivil;
    internal readonly int AgeOfMajority;
    internal readonly ExclusionScope ExclusionScope;

    /// <summary>Where element 17's verdict under these options sits in the batch's <c>NoDeception</c> bits, or -1: run its kernel (a look-back, A15).</summary>
    internal readonly int DeceptionShift;

    /// <summary>Where element 8's verdict under these options sits in the batch's stored <c>Language</c> bits, or -1: run its kernel (<see cref="LanguageReading"/>).</summary>
    internal readonly int LanguageShift;

    /// <summary>Element 19's stored threshold verdict holds under these options (<see cref="ConvictionReading"/>): the loop reads it and applies only the exception.</summary>
    internal readonly bool ConvictionStored;

    /// <summary>Element 18's stored verdict holds (no look-back, A34); otherwise its kernel runs.</summary>
    internal readonly bool ObstructionStored;

    /// <summary>Element 21's stored verdict holds (a ground, A16, without look-back, A35); otherwise its kernel runs.</summary>
    internal readonly bool AbscondingStored;

    /// <summary>Element 20's stored verdict holds (no look-back, A36); otherwise its kernel runs.</summary>
    internal readonly bool ExtremismStored;
    internal readonly bool ConvertTo104a;
    internal readonly bool OtherHumanitarianTitle;
}
