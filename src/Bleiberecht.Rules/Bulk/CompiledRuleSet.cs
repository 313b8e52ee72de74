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
        Residenzpflicht = o.Residence.ResidenzpflichtLifted;

        AgeOfMajority = o.Family.AgeOfMajority;
        ExclusionScope = o.Family.ExclusionScope;


        Deception = new MisconductReading(
            o.Exclusion.DeceptionRequiresCausality,
            o.Exclusion.DeceptionWeighing,
            o.Exclusion.DeceptionLookbackYears ?? MisconductReading.NoLookback);
        AbscondingIsGround = o.Exclusion.AbscondingIsGround;
        Obstruction = new MisconductReading(false, DeceptionWeighing.None, o.Exclusion.ObstructionLookbackYears ?? MisconductReading.NoLookback);
        Absconding = new MisconductReading(false, DeceptionWeighing.None, o.Exclusion.AbscondingLookbackYears ?? MisconductReading.NoLookback);
        ExtremismLookbackYears = o.Exclusion.ExtremismLookbackYears ?? MisconductReading.NoLookback;
        ConvictionOverride = o.Exclusion.ConvictionDiscretionaryOverride;

        FixedTerm = o.Employment.FixedTermAccepted;
        HasMinPriorMonths = o.Employment.MinPriorEmploymentMonths is not null;
        MinPriorMonths = o.Employment.MinPriorEmploymentMonths ?? 0;
        TempAgencyAccepted = o.Employment.TempAgencyAccepted;
        SelfEmploymentAccepted = o.Employment.SelfEmploymentAccepted;
        Training = o.Employment.TrainingCounts;

        HasMinGrossForSingle = o.Income.MinimumGrossForSingle is not null;
        MinGrossForSingle = o.Income.MinimumGrossForSingle ?? 0;
        HasWageShare = o.Income.WageFloorMinShareOfCollectiveWage is not null;
        WageShare = o.Income.WageFloorMinShareOfCollectiveWage ?? 0;
        HasWageHourly = o.Income.WageFloorMinNetHourlyEur is not null;
        WageHourly = o.Income.WageFloorMinNetHourlyEur ?? 0;
        MajorityCoverage = o.Income.HouseholdCoverage == HouseholdCoverage.OneInsuredJobCoversMajority;
        MajorityShare = o.Income.MajorityShare;
        TemporaryBenefitsTolerated = o.Income.TemporaryBenefitsTolerated;
        var g = o.ExceptionGroups;
        FamiliesGroup = g.FamiliesOnTemporarySupplementaryBenefits;
        SingleParentsGroup = g.SingleParentsWorkNotReasonable;
        UnableToWorkGroup = g.UnableToWorkSecuredOtherwise;
        ElderlyGroup = g.ElderlyWithFamilyInGermany;
        ElderlyMinAge = g.ElderlyMinAge;
        NotionalBenefits = o.Income.NotionalChildAndHousingBenefit;

        PriorityCheckUntil = Day(o.LabourMarket.PriorityCheckUntil);
        WorkingConditionsCheckUntil = Day(o.LabourMarket.WorkingConditionsCheckUntil);
        var later = Later(o.LabourMarket.PriorityCheckUntil, o.LabourMarket.WorkingConditionsCheckUntil);
        AnyCheckUntil = Day(later);
        TrainingAdditionalityCheck = o.LabourMarket.TrainingAdditionalityCheck;

        WorkPermittedAnnotation = o.Duldung.WorkPermittedAnnotation;

        WorkTakeUp = o.Deadline.WorkTakeUp.DayNumber;
        ExtensionAfterDeadline = o.Deadline.ExtensionAfterDeadline;
        ApplicationDeadline = Day(o.Deadline.Application);

        ConvertTo104a = o.Fallback.Convert104a != Rules.Options.Convert104a.No;
        OtherHumanitarianTitle = o.Fallback.OtherHumanitarianTitle;

        // Where the regime puts each built-in element's verdict (-1: removed or replaced by a user-defined element).
        var regime = ruleSet.Regime;
        Plan = regime.Plan(o);
        BitScope = regime.BitOf(BuiltIn.Scope);
        BitDeadline = regime.BitOf(BuiltIn.ApplicationDeadline);
        BitMinYears = regime.BitOf(BuiltIn.MinYears);
        BitDeception = regime.BitOf(BuiltIn.Deception);
        BitObstruction = regime.BitOf(BuiltIn.Obstruction);
        BitConviction = regime.BitOf(BuiltIn.Conviction);
        BitExtremism = regime.BitOf(BuiltIn.Extremism);
        BitAbsconding = regime.BitOf(BuiltIn.Absconding);
        BitHousing = regime.BitOf(BuiltIn.Housing);
        BitLanguage = regime.BitOf(BuiltIn.Language);
        BitSchool = regime.BitOf(BuiltIn.SchoolAttendance);
        BitPrognosis = regime.BitOf(BuiltIn.SchoolPrognosis);
        BitPassport = regime.BitOf(BuiltIn.Passport);
        BitCooperation = regime.BitOf(BuiltIn.Cooperation);
        FamilyIsBuiltIn = regime.FamilyElement >= 0 && regime.Elements[regime.FamilyElement].Kind == BuiltIn.QualifyingChild;
        GateIsBuiltIn = regime.GateElement >= 0 && regime.Elements[regime.GateElement].Kind == BuiltIn.Application;
        LivelihoodIsBuiltIn = regime.LivelihoodElement >= 0 && regime.Elements[regime.LivelihoodElement].Kind == BuiltIn.Livelihood;
        HasCustomElements = regime.HasCustomMemberElements || regime.HasCustomHouseholdElements
            || (regime.FamilyElement >= 0 && !FamilyIsBuiltIn)
            || (regime.GateElement >= 0 && !GateIsBuiltIn)
            || (regime.LivelihoodElement >= 0 && !LivelihoodIsBuiltIn);
    }

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

    /// <summary>The regime has elements without a columnar form: the household's rule contexts are built for them.</summary>
    internal readonly bool HasCustomElements;

    /// <summary>The rule set this was compiled from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The rule set's name.</summary>
    public string Name => RuleSet.Name;

    private static int Day(DateOnly? date) => date?.DayNumber ?? HouseholdBatch.NoDate;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    internal readonly int ReferenceCivil;

    /// <summary>The day the residence time's anniversaries are compared with (<see cref="ResidenceKernel.CountingCivil"/>, A33), packed once.</summary>
    internal readonly int ResidenceCountCivil;
    internal readonly ResidenzpflichtRelief Residenzpflicht;
    internal readonly int AgeOfMajority;
    internal readonly ExclusionScope ExclusionScope;
    internal readonly MisconductReading Deception;
    internal readonly bool AbscondingIsGround;

    /// <summary>Element 18's look-back (A34); without one the batch's precomputed verdict applies.</summary>
    internal readonly MisconductReading Obstruction;

    /// <summary>Element 21's look-back (A35); without one the batch's precomputed verdict applies.</summary>
    internal readonly MisconductReading Absconding;

    /// <summary>Element 20's look-back in years (A36), or <see cref="MisconductReading.NoLookback"/>.</summary>
    internal readonly int ExtremismLookbackYears;
    internal readonly bool ConvictionOverride;
    internal readonly FixedTermAcceptance FixedTerm;
    internal readonly bool HasMinPriorMonths;
    internal readonly int MinPriorMonths;
    internal readonly bool TempAgencyAccepted;
    internal readonly bool SelfEmploymentAccepted;
    internal readonly TrainingAcceptance Training;
    internal readonly bool HasMinGrossForSingle;
    internal readonly decimal MinGrossForSingle;
    internal readonly bool HasWageShare;
    internal readonly decimal WageShare;
    internal readonly bool HasWageHourly;
    internal readonly decimal WageHourly;
    internal readonly bool MajorityCoverage;
    internal readonly decimal MajorityShare;
    internal readonly bool TemporaryBenefitsTolerated;

    // Punkt 3.3 groups (b)-(e).
    internal readonly bool FamiliesGroup;
    internal readonly bool SingleParentsGroup;
    internal readonly bool UnableToWorkGroup;
    internal readonly bool ElderlyGroup;
    internal readonly int ElderlyMinAge;
    internal readonly bool NotionalBenefits;
    internal readonly int PriorityCheckUntil;
    internal readonly int WorkingConditionsCheckUntil;
    internal readonly int AnyCheckUntil;
    internal readonly bool TrainingAdditionalityCheck;
    internal readonly bool WorkPermittedAnnotation;
    internal readonly int WorkTakeUp;
    internal readonly bool ExtensionAfterDeadline;
    internal readonly int ApplicationDeadline;
    internal readonly bool ConvertTo104a;
    internal readonly bool OtherHumanitarianTitle;
}
