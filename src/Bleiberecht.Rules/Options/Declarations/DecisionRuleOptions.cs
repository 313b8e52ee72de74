using System.Globalization;
using Bleiberecht.Rules.Explanation;
using static Bleiberecht.Rules.Options.Declarations.OptionCodecs;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// Group (a) of discretion-options.md, A01-A36: the options that change a decision, each declared once (type,
/// range with its reason, base citation, generosity order, place on <see cref="ImkOptions"/>). The base values
/// themselves are those of <see cref="ImkOptions.Base"/>, each documented there with its source.
/// </summary>
public static class DecisionRuleOptions
{
    private static readonly PassportSubstituteMode Identity = PassportSubstituteMode.IdentitySubstituteIfEffortsProven;

    /// <summary>A01: minimum age of the child that makes a household a family ("lower = G").</summary>
    public static readonly OptionDeclaration<int> MinChildAge = new()
    {
        Number = "A01",
        Id = "Family.MinChildAge",
        Get = static o => o.Family.MinChildAge,
        With = static (o, v) => o with { Family = o.Family with { MinChildAge = v } },
        // null keeps the base: the study leaves the age unspecified (base [background] 3).
        Codec = IntKeepingOnNull("int?", new(0, 17, "a minor's age in years")),
        // 6 (school age) is the strictest reading of "family"; base 3 [background]; BE 2 (L804-807);
        // 1 ("ab dem zweiten Lebensjahr" read literally); 0 (any minor child, as § 104a later counts it).
        Order = [[Is(6, "6"), Is(3, "3 (base)"), Is(2, "2 (BE)"), Is(1, "1"), Is(0, "0")]],
    };

    /// <summary>A02: fixed-term contracts accepted ("anything other than PermanentOnly = G").</summary>
    public static readonly OptionDeclaration<FixedTermAcceptance> FixedTermAccepted = new()
    {
        Number = "A02",
        Id = "Employment.FixedTermAccepted",
        BaseCitation = Citation.Source("L4105-4106"),
        Get = static o => o.Employment.FixedTermAccepted,
        With = static (o, v) => o with { Employment = o.Employment with { FixedTermAccepted = v } },
        Codec = Enum<FixedTermAcceptance>(),
        // YesIfIncomeSufficient accepts every fixed-term contract; the two middle practices are incomparable.
        Order =
        [
            [Is(FixedTermAcceptance.PermanentOnly, "PermanentOnly (base)"), Is(FixedTermAcceptance.IfSectorCustomary, "IfSectorCustomary (Wiesbaden)"), Is(FixedTermAcceptance.YesIfIncomeSufficient, "YesIfIncomeSufficient (Oder-Spree)")],
            [Is(FixedTermAcceptance.PermanentOnly, "PermanentOnly (base)"), Is(FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed, "IfIntegratedAndPreviouslyEmployed (Gütersloh)"), Is(FixedTermAcceptance.YesIfIncomeSufficient, "YesIfIncomeSufficient (Oder-Spree)")],
        ],
        NotOrderedReason = "IfSectorCustomary and IfIntegratedAndPreviouslyEmployed are incomparable (sector custom vs. the person's history); both lie between PermanentOnly and YesIfIncomeSufficient and appear as two chains.",
    };

    /// <summary>A03: months already worked in the job ("lower = G").</summary>
    public static readonly OptionDeclaration<int?> MinPriorEmploymentMonths = new()
    {
        Number = "A03",
        Id = "Employment.MinPriorEmploymentMonths",
        Get = static o => o.Employment.MinPriorEmploymentMonths,
        With = static (o, v) => o with { Employment = o.Employment with { MinPriorEmploymentMonths = v } },
        Codec = NullableInt(new(0, 120, "months")),
        // null (no requirement, base) is the most generous — 0 still asks how long the person worked.
        Order = [[Is<int?>(12, "12"), Is<int?>(6, "6"), Is<int?>(0, "0 (unnamed authority, L3522-3523)"), Is<int?>(null, "null (base)")]],
    };

    /// <summary>A04: temp-agency work counts ("true = G").</summary>
    public static readonly OptionDeclaration<bool> TempAgencyAccepted = new()
    {
        Number = "A04",
        Id = "Employment.TempAgencyAccepted",
        BaseCitation = Citation.Source("L2071-2073"),
        Get = static o => o.Employment.TempAgencyAccepted,
        With = static (o, v) => o with { Employment = o.Employment with { TempAgencyAccepted = v } },
        Codec = Bool(),
        Order = [[Is(false, "false (base)"), Is(true, "true (Aurich)")]],
    };

    /// <summary>A05: self-employment counts ("true = G").</summary>
    public static readonly OptionDeclaration<bool> SelfEmploymentAccepted = new()
    {
        Number = "A05",
        Id = "Employment.SelfEmploymentAccepted",
        Get = static o => o.Employment.SelfEmploymentAccepted,
        With = static (o, v) => o with { Employment = o.Employment with { SelfEmploymentAccepted = v } },
        Codec = Bool(),
        Order = [[Is(false, "false (base)"), Is(true, "true (BE)")]],
    };

    /// <summary>A06: which training counts ("broader = G").</summary>
    public static readonly OptionDeclaration<TrainingAcceptance> TrainingCounts = new()
    {
        Number = "A06",
        Id = "Employment.TrainingCounts",
        Get = static o => o.Employment.TrainingCounts,
        With = static (o, v) => o with { Employment = o.Employment with { TrainingCounts = v } },
        Codec = Enum<TrainingAcceptance>(),
        Order = [[Is(TrainingAcceptance.No, "No"), Is(TrainingAcceptance.RecognisedApprenticeship, "RecognisedApprenticeship (base)"), Is(TrainingAcceptance.ApprenticeshipOrEducationMeasure, "ApprenticeshipOrEducationMeasure (Oder-Spree)")]],
    };

    /// <summary>A07: minimum gross monthly pay of a single person's job ("higher = R").</summary>
    public static readonly OptionDeclaration<decimal?> MinimumGrossForSingle = new()
    {
        Number = "A07",
        Id = "Income.MinimumGrossForSingle",
        BaseCitation = Citation.Source("L4304-4307"),
        Get = static o => o.Income.MinimumGrossForSingle,
        With = static (o, v) => o with { Income = o.Income with { MinimumGrossForSingle = v } },
        Codec = NullableDecimal(new(0, 10_000, "EUR per month")),
        // null (no minimum, base) is the most generous.
        Order = [[Is<decimal?>(1500m, "1500"), Is<decimal?>(1000m, "1000 (HH)"), Is<decimal?>(null, "null (base)")]],
    };

    /// <summary>A08: wage floor as a share of the collective or local wage and as a net hourly rate ("higher = R", per field).</summary>
    public static readonly OptionDeclaration<(decimal? Share, decimal? HourlyEur)> WageFloor = new()
    {
        Number = "A08",
        Id = "Income.WageFloor",
        Get = static o => (o.Income.WageFloorMinShareOfCollectiveWage, o.Income.WageFloorMinNetHourlyEur),
        With = static (o, v) => o with { Income = o.Income with { WageFloorMinShareOfCollectiveWage = v.Share, WageFloorMinNetHourlyEur = v.HourlyEur } },
        // An absent field means "no floor" (not "keep"): the record states the whole floor.
        Codec = Record<(decimal? Share, decimal? HourlyEur)>(
            "record { MinShareOfCollectiveOrLocalWage: decimal?, MinNetHourlyEur: decimal? }",
            null,
            null,
            Field<(decimal? Share, decimal? HourlyEur), decimal?>("minShareOfCollectiveOrLocalWage", NullableDecimal(new(0, 1, "a share between 0 and 1 (e.g. 0.70)")), static v => v.Share, static (v, f) => v with { Share = f }),
            Field<(decimal? Share, decimal? HourlyEur), decimal?>("minNetHourlyEur", NullableDecimal(new(0, 100, "EUR per hour")), static v => v.HourlyEur, static (v, f) => v with { HourlyEur = f })),
        // Each field in its own chain; null (no floor, base) is the most generous.
        Order =
        [
            [new("share 0.90", static v => v with { Share = 0.9m }), new("share 0.70 (HH)", static v => v with { Share = 0.7m }), new("share null (base)", static v => v with { Share = null })],
            [new("8.50 EUR/h", static v => v with { HourlyEur = 8.5m }), new("7 EUR/h (Wuppertal)", static v => v with { HourlyEur = 7m }), new("hourly null (base)", static v => v with { HourlyEur = null })],
        ],
    };

    /// <summary>A09: which households the income must cover ("G": the majority test is an additional route, Wuppertal L2215-2219).</summary>
    public static readonly OptionDeclaration<HouseholdCoverage> HouseholdCoverage = new()
    {
        Number = "A09",
        Id = "Income.HouseholdCoverage",
        BaseCitation = Citation.Source("L633-634, L171-172"),
        Get = static o => o.Income.HouseholdCoverage,
        With = static (o, v) => o with { Income = o.Income with { HouseholdCoverage = v } },
        Codec = Enum<HouseholdCoverage>(),
        Order = [[Is(Options.HouseholdCoverage.FullHousehold, "FullHousehold (base)"), Is(Options.HouseholdCoverage.OneInsuredJobCoversMajority, "OneInsuredJobCoversMajority (Wuppertal)")]],
    };

    /// <summary>A10: temporary benefits tolerated ("true = G").</summary>
    public static readonly OptionDeclaration<bool> TemporaryBenefitsTolerated = new()
    {
        Number = "A10",
        Id = "Income.TemporaryBenefitsTolerated",
        BaseCitation = Citation.Source("L171-172"),
        Get = static o => o.Income.TemporaryBenefitsTolerated,
        With = static (o, v) => o with { Income = o.Income with { TemporaryBenefitsTolerated = v } },
        Codec = Bool(),
        Order = [[Is(false, "false (base)"), Is(true, "true (Wuppertal)")]],
    };

    /// <summary>A11: notional child and housing benefit counted ("true = G").</summary>
    public static readonly OptionDeclaration<bool> NotionalChildAndHousingBenefit = new()
    {
        Number = "A11",
        Id = "Income.NotionalChildAndHousingBenefit",
        Get = static o => o.Income.NotionalChildAndHousingBenefit,
        With = static (o, v) => o with { Income = o.Income with { NotionalChildAndHousingBenefit = v } },
        Codec = Bool(),
        Order = [[Is(false, "false (base)"), Is(true, "true (Gütersloh)")]],
    };

    /// <summary>A12: what satisfies the passport duty, with the conditions of a substitute ("anything other than PassportOnly = G").</summary>
    public static readonly OptionDeclaration<PassportOptions> SubstituteAccepted = new()
    {
        Number = "A12",
        Id = "Passport.SubstituteAccepted",
        BaseCitation = Citation.Source("L1871-1874, L657-661"),
        Get = static o => o.Passport,
        With = static (o, v) => o with { Passport = v },
        // Every field given as null or left out keeps the current value.
        Codec = Record<PassportOptions>(
            "record { Mode: enum, MinConfirmedEmbassyVisits: int?, RequiresIdentityClarified: bool, RequiresNoMisconduct: bool, AppliesToOrigins: string[]? }",
            null,
            null,
            Field<PassportOptions, PassportSubstituteMode>("mode", EnumKeepingOnNull<PassportSubstituteMode>(), static p => p.SubstituteAccepted, static (p, v) => p with { SubstituteAccepted = v }),
            Field<PassportOptions, int?>("minConfirmedEmbassyVisits", NullableIntKeepingOnNull(new(0, 50, "visits")), static p => p.MinConfirmedEmbassyVisits, static (p, v) => p with { MinConfirmedEmbassyVisits = v }),
            Field<PassportOptions, bool>("requiresIdentityClarified", BoolKeepingOnNull(), static p => p.RequiresIdentityClarified, static (p, v) => p with { RequiresIdentityClarified = v }),
            Field<PassportOptions, bool>("requiresNoMisconduct", BoolKeepingOnNull(), static p => p.RequiresNoMisconduct, static (p, v) => p with { RequiresNoMisconduct = v }),
            Field<PassportOptions, IReadOnlyList<string>?>("appliesToOrigins", StringsKeepingOnNull(), static p => p.AppliesToOrigins, static (p, v) => p with { AppliesToOrigins = v })),
        // CredibleEffortsSuffice asks only for the documented efforts that IdentitySubstituteIfEffortsProven also
        // asks for (plus a substitute, identity, no misconduct). The parameters are ordered under the identity mode:
        // fewer conditions and fewer visits are more generous.
        Order =
        [
            [Mode(PassportSubstituteMode.PassportOnly, "PassportOnly (base)"), Mode(Identity, "IdentitySubstituteIfEffortsProven (München)"), Mode(PassportSubstituteMode.CredibleEffortsSuffice, "CredibleEffortsSuffice (Rhein-Lahn)")],
            [Mode(PassportSubstituteMode.PassportOnly, "PassportOnly (base)"), Mode(PassportSubstituteMode.SubstituteOnJobOfferPassportLater, "SubstituteOnJobOfferPassportLater (unnamed authority)")],
            [
                new("identity substitute, identity clarified required (base parameter)", static p => p with { SubstituteAccepted = Identity, RequiresIdentityClarified = true }),
                new("identity substitute, identity clarified not required", static p => p with { SubstituteAccepted = Identity, RequiresIdentityClarified = false }),
            ],
            [
                new("identity substitute, no misconduct required (base parameter)", static p => p with { SubstituteAccepted = Identity, RequiresNoMisconduct = true }),
                new("identity substitute, no misconduct not required", static p => p with { SubstituteAccepted = Identity, RequiresNoMisconduct = false }),
            ],
            [
                new("identity substitute, 5 embassy visits", static p => p with { SubstituteAccepted = Identity, MinConfirmedEmbassyVisits = 5 }),
                new("identity substitute, 3 embassy visits (Oder-Spree)", static p => p with { SubstituteAccepted = Identity, MinConfirmedEmbassyVisits = 3 }),
                new("identity substitute, 1 embassy visit", static p => p with { SubstituteAccepted = Identity, MinConfirmedEmbassyVisits = 1 }),
            ],
            [
                new("credible efforts, former Yugoslavia only", static p => p with { SubstituteAccepted = PassportSubstituteMode.CredibleEffortsSuffice, AppliesToOrigins = ["former Yugoslavia"] }),
                new("credible efforts, all origins", static p => p with { SubstituteAccepted = PassportSubstituteMode.CredibleEffortsSuffice, AppliesToOrigins = null }),
            ],
        ],
        NotOrderedReason = "SubstituteOnJobOfferPassportLater (substitute paper plus job offer) is incomparable with IdentitySubstituteIfEffortsProven and CredibleEffortsSuffice (proof of efforts); MinConfirmedEmbassyVisits = null (credible documentation) is a different kind of proof from a count of visits, so only counts are ordered.",
    };

    /// <summary>A13: a deception excludes only if it prevented removal ("true = G").</summary>
    public static readonly OptionDeclaration<bool> DeceptionRequiresCausality = new()
    {
        Number = "A13",
        Id = "Exclusion.DeceptionRequiresCausality",
        Get = static o => o.Exclusion.DeceptionRequiresCausality,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { DeceptionRequiresCausality = v } },
        Codec = Bool(),
        Order = [[Is(false, "false (base, BE)"), Is(true, "true")]],
    };

    /// <summary>A14: how a deception is weighed ("G" for both weighings against None).</summary>
    public static readonly OptionDeclaration<DeceptionWeighing> DeceptionWeighing = new()
    {
        Number = "A14",
        Id = "Exclusion.DeceptionWeighing",
        BaseCitation = Citation.Source("L182-184"),
        Get = static o => o.Exclusion.DeceptionWeighing,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { DeceptionWeighing = v } },
        Codec = Enum<DeceptionWeighing>(),
        Order =
        [
            [Is(Options.DeceptionWeighing.None, "None (base)"), Is(Options.DeceptionWeighing.MinimumWeight, "MinimumWeight (NW)")],
            [Is(Options.DeceptionWeighing.None, "None (base)"), Is(Options.DeceptionWeighing.BalanceAgainstIntegration, "BalanceAgainstIntegration (SH)")],
        ],
        NotOrderedReason = "MinimumWeight (weight of the deception) and BalanceAgainstIntegration (weighed against integration) are incomparable; each is more generous than None and appears in its own chain.",
    };

    /// <summary>A15: only deceptions ending within this many years count ("finite = G"; shorter is more generous).</summary>
    public static readonly OptionDeclaration<int?> DeceptionLookbackYears = new()
    {
        Number = "A15",
        Id = "Exclusion.DeceptionLookbackYears",
        Get = static o => o.Exclusion.DeceptionLookbackYears,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { DeceptionLookbackYears = v } },
        Codec = NullableInt(new(0, 50, "years")),
        Order = [[Is<int?>(null, "null (base, no limit)"), Is<int?>(10, "10"), Is<int?>(5, "5"), Is<int?>(1, "1")]],
    };

    /// <summary>A16: absconding is an exclusion ground ("false = G").</summary>
    public static readonly OptionDeclaration<bool> AbscondingIsGround = new()
    {
        Number = "A16",
        Id = "Exclusion.AbscondingIsGround",
        BaseCitation = Citation.Source("L1869-1871"),
        Get = static o => o.Exclusion.AbscondingIsGround,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { AbscondingIsGround = v } },
        Codec = Bool(),
        Order = [[Is(true, "true (base)"), Is(false, "false (MV)")]],
    };

    /// <summary>A17: day-fines disregarded, for general and for foreigner-only offences ("higher = G", per threshold).</summary>
    public static readonly OptionDeclaration<(int General, int ForeignerOnly)> ConvictionDayFineThreshold = new()
    {
        Number = "A17",
        Id = "Exclusion.ConvictionDayFineThreshold",
        BaseCitation = Citation.Source("L1850"),
        Get = static o => (o.Exclusion.ConvictionDayFinesGeneral, o.Exclusion.ConvictionDayFinesForeignerOnly),
        With = static (o, v) => o with { Exclusion = o.Exclusion with { ConvictionDayFinesGeneral = v.General, ConvictionDayFinesForeignerOnly = v.ForeignerOnly } },
        // A field given as null or left out keeps the current threshold.
        Codec = Record<(int General, int ForeignerOnly)>(
            "record { General: int, ForeignerOnlyOffences: int }",
            null,
            static v => OptionCodecs.Number(v, "general") is { } g && OptionCodecs.Number(v, "foreignerOnlyOffences") is { } f && f < g
                ? [string.Create(CultureInfo.InvariantCulture, $"foreignerOnlyOffences ({f}) must not be below general ({g}): it is the higher threshold")]
                : [],
            Field<(int General, int ForeignerOnly), int>("general", IntKeepingOnNull("int", new(0, 720, "day-fines (§ 54 StGB caps a total sentence at 720)")), static v => v.General, static (v, f) => v with { General = f }),
            Field<(int General, int ForeignerOnly), int>("foreignerOnlyOffences", IntKeepingOnNull("int", new(0, 720, "day-fines")), static v => v.ForeignerOnly, static (v, f) => v with { ForeignerOnly = f })),
        Order =
        [
            [new("general 20", static v => v with { General = 20 }), new("general 50 (base, MV)", static v => v with { General = 50 }), new("general 90", static v => v with { General = 90 })],
            [new("foreigner-only 50", static v => v with { ForeignerOnly = 50 }), new("foreigner-only 90 (base)", static v => v with { ForeignerOnly = 90 }), new("foreigner-only 180", static v => v with { ForeignerOnly = 180 })],
        ],
    };

    /// <summary>A18: the authority may disregard a conviction above the threshold ("true = G").</summary>
    public static readonly OptionDeclaration<bool> ConvictionDiscretionaryOverride = new()
    {
        Number = "A18",
        Id = "Exclusion.ConvictionDiscretionaryOverride",
        Get = static o => o.Exclusion.ConvictionDiscretionaryOverride,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { ConvictionDiscretionaryOverride = v } },
        Codec = Bool(),
        Order = [[Is(false, "false (base, Wuppertal)"), Is(true, "true")]],
    };

    /// <summary>A19: how an exclusion ground spreads in a family ("PersonOnly = G"; the spouse-hardship exception lies between).</summary>
    public static readonly OptionDeclaration<ExclusionScope> ExclusionScope = new()
    {
        Number = "A19",
        Id = "Family.ExclusionScope",
        BaseCitation = Citation.Source("L2198-2201"),
        Get = static o => o.Family.ExclusionScope,
        With = static (o, v) => o with { Family = o.Family with { ExclusionScope = v } },
        Codec = Enum<ExclusionScope>(),
        Order = [[Is(Options.ExclusionScope.WholeHousehold, "WholeHousehold (base)"), Is(Options.ExclusionScope.WholeHouseholdExceptSpouseHardship, "WholeHouseholdExceptSpouseHardship"), Is(Options.ExclusionScope.PersonOnly, "PersonOnly")]],
    };

    /// <summary>A20: a school prognosis is required for families ("false = G").</summary>
    public static readonly OptionDeclaration<bool> PrognosisRequiredForFamily = new()
    {
        Number = "A20",
        Id = "School.PrognosisRequiredForFamily",
        BaseCitation = Citation.Source("L3201-3202"),
        Get = static o => o.School.PrognosisRequiredForFamily,
        With = static (o, v) => o with { School = o.School with { PrognosisRequiredForFamily = v } },
        Codec = Bool(),
        Order = [[Is(true, "true (base)"), Is(false, "false (SH)")]],
    };

    /// <summary>A21: communal shelter accepted as housing ("G"; the IMK permit is a first grant, so FirstGrantOnly accepts as much as Yes).</summary>
    public static readonly OptionDeclaration<CommunalShelterAcceptance> CommunalShelterAccepted = new()
    {
        Number = "A21",
        Id = "Housing.CommunalShelterAccepted",
        BaseCitation = Citation.Source("L3547"),
        Get = static o => o.Housing.CommunalShelterAccepted,
        With = static (o, v) => o with { Housing = o.Housing with { CommunalShelterAccepted = v } },
        // null keeps the base: the study leaves the base unspecified.
        Codec = EnumKeepingOnNull<CommunalShelterAcceptance>(),
        Order = [[Is(CommunalShelterAcceptance.No, "No (base)"), Is(CommunalShelterAcceptance.FirstGrantOnly, "FirstGrantOnly (SH)"), Is(CommunalShelterAcceptance.Yes, "Yes")]],
    };

    /// <summary>A22: how German is proven ("Lenient = G"; OralCheckInPerson is procedural).</summary>
    public static readonly OptionDeclaration<LanguageProofMode> ProofMode = new()
    {
        Number = "A22",
        Id = "Language.ProofMode",
        Get = static o => o.Language.ProofMode,
        With = static (o, v) => o with { Language = o.Language with { ProofMode = v } },
        Codec = Enum<LanguageProofMode>(),
        Order = [[Is(LanguageProofMode.Unspecified, "Unspecified (base)"), Is(LanguageProofMode.Lenient, "Lenient (RP intent; lowers no level)")]],
        NotOrderedReason = "OralCheckInPerson is procedural (catalogue direction P): it changes how German is established (in person at the authority, Rhein-Lahn L2680-2682), not which level suffices; only Unspecified -> Lenient is ordered.",
    };

    /// <summary>A23: what follows a language deficit ("other than Refuse = G"; an extended Duldung keeps the case open, a conditional permit grants it).</summary>
    public static readonly OptionDeclaration<LanguageDeficitOutcome> DeficitOutcome = new()
    {
        Number = "A23",
        Id = "Language.DeficitOutcome",
        Get = static o => o.Language.DeficitOutcome,
        With = static (o, v) => o with { Language = o.Language with { DeficitOutcome = v } },
        Codec = Enum<LanguageDeficitOutcome>(),
        Order = [[Is(LanguageDeficitOutcome.Refuse, "Refuse (base, Barnim)"), Is(LanguageDeficitOutcome.ExtendDuldung, "ExtendDuldung (Oder-Spree practice)"), Is(LanguageDeficitOutcome.ConditionalPermitWithCourse, "ConditionalPermitWithCourse (Oder-Spree intent)")]],
    };

    /// <summary>A24: last day of the BA priority check ("earlier = G"; null = never applied, BE L811-814, is the most generous).</summary>
    public static readonly OptionDeclaration<DateOnly?> PriorityCheckUntil = new()
    {
        Number = "A24",
        Id = "LabourMarket.PriorityCheckUntil",
        BaseCitation = Citation.Source("L3115-3119, L3515-3516, L175"),
        Get = static o => o.LabourMarket.PriorityCheckUntil,
        With = static (o, v) => o with { LabourMarket = o.LabourMarket with { PriorityCheckUntil = v } },
        Codec = NullableDate(),
        Order = [[Is<DateOnly?>(new DateOnly(2007, 9, 30), "2007-09-30"), Is<DateOnly?>(new DateOnly(2007, 4, 26), "2007-04-26 (base)"), Is<DateOnly?>(new DateOnly(2006, 12, 28), "2006-12-28 (BA instruction, MV)"), Is<DateOnly?>(null, "null (BE)")]],
    };

    /// <summary>A25: last day of the BA working-conditions check ("earlier = G"; null = never applied is the most generous).</summary>
    public static readonly OptionDeclaration<DateOnly?> WorkingConditionsCheckUntil = new()
    {
        Number = "A25",
        Id = "LabourMarket.WorkingConditionsCheckUntil",
        BaseCitation = Citation.Source("L3115-3119, L3515-3516, L175"),
        Get = static o => o.LabourMarket.WorkingConditionsCheckUntil,
        With = static (o, v) => o with { LabourMarket = o.LabourMarket with { WorkingConditionsCheckUntil = v } },
        Codec = NullableDate(),
        Order = [[Is<DateOnly?>(new DateOnly(2007, 5, 31), "2007-05-31 (MV 'May 2007')"), Is<DateOnly?>(new DateOnly(2007, 4, 26), "2007-04-26 (base)"), Is<DateOnly?>(new DateOnly(2006, 12, 28), "2006-12-28"), Is<DateOnly?>(null, "null")]],
    };

    /// <summary>A26: a training place must be additional to the employer's usual number ("false = G").</summary>
    public static readonly OptionDeclaration<bool> TrainingAdditionalityCheck = new()
    {
        Number = "A26",
        Id = "LabourMarket.TrainingAdditionalityCheck",
        BaseCitation = Citation.Source("L3986-3990"),
        Get = static o => o.LabourMarket.TrainingAdditionalityCheck,
        With = static (o, v) => o with { LabourMarket = o.LabourMarket with { TrainingAdditionalityCheck = v } },
        Codec = Bool(),
        Order = [[Is(true, "true (base)"), Is(false, "false (HH)")]],
    };

    /// <summary>A27: relief from the Residenzpflicht ("G" for every relief against No; Lifted, BY, relieves everyone everywhere).</summary>
    public static readonly OptionDeclaration<ResidenzpflichtRelief> ResidenzpflichtLifted = new()
    {
        Number = "A27",
        Id = "Residence.ResidenzpflichtLifted",
        BaseCitation = Citation.Source("L1157-1159"),
        Get = static o => o.Residence.ResidenzpflichtLifted,
        With = static (o, v) => o with { Residence = o.Residence with { ResidenzpflichtLifted = v } },
        Codec = Enum<ResidenzpflichtRelief>(),
        Order =
        [
            [Is(ResidenzpflichtRelief.No, "No (base)"), Is(ResidenzpflichtRelief.TemporaryOnRequest, "TemporaryOnRequest (BB)"), Is(ResidenzpflichtRelief.RoutineOnRequest, "RoutineOnRequest (MV)"), Is(ResidenzpflichtRelief.Lifted, "Lifted (BY)")],
            [Is(ResidenzpflichtRelief.No, "No (base)"), Is(ResidenzpflichtRelief.ForJobSearchDuldungHolders, "ForJobSearchDuldungHolders (SN)"), Is(ResidenzpflichtRelief.Lifted, "Lifted (BY)")],
            [Is(ResidenzpflichtRelief.No, "No (base)"), Is(ResidenzpflichtRelief.SomeKommunen, "SomeKommunen (TH)"), Is(ResidenzpflichtRelief.Lifted, "Lifted (BY)")],
        ],
        NotOrderedReason = "TemporaryOnRequest/RoutineOnRequest, ForJobSearchDuldungHolders and SomeKommunen relieve different groups or places and are incomparable; each lies between No and Lifted and appears in its own chain.",
    };

    /// <summary>A28: the job-search Duldung must not bar employment ("true = G").</summary>
    public static readonly OptionDeclaration<bool> WorkPermittedAnnotation = new()
    {
        Number = "A28",
        Id = "Duldung.WorkPermittedAnnotation",
        Get = static o => o.Duldung.WorkPermittedAnnotation,
        With = static (o, v) => o with { Duldung = o.Duldung with { WorkPermittedAnnotation = v } },
        Codec = Bool(),
        Order = [[Is(false, "false (base)"), Is(true, "true (SN)")]],
    };

    /// <summary>A29: the deadline to show a qualifying job, and whether the Duldung is extended after it ("earlier = R; extension = G").</summary>
    public static readonly OptionDeclaration<(DateOnly Date, bool ExtensionAfterDeadline)> WorkTakeUp = new()
    {
        Number = "A29",
        Id = "Deadline.WorkTakeUp",
        BaseCitation = Citation.Source("L620-621"),
        Get = static o => (o.Deadline.WorkTakeUp, o.Deadline.ExtensionAfterDeadline),
        With = static (o, v) => o with { Deadline = o.Deadline with { WorkTakeUp = v.Date, ExtensionAfterDeadline = v.ExtensionAfterDeadline } },
        // A field given as null or left out keeps the current value.
        Codec = Record<(DateOnly Date, bool ExtensionAfterDeadline)>(
            "record { Date: DateOnly, ExtensionAfterDeadline: bool }",
            null,
            null,
            Field<(DateOnly Date, bool ExtensionAfterDeadline), DateOnly>("date", DateKeepingOnNull(), static v => v.Date, static (v, f) => v with { Date = f }),
            Field<(DateOnly Date, bool ExtensionAfterDeadline), bool>("extensionAfterDeadline", BoolKeepingOnNull(), static v => v.ExtensionAfterDeadline, static (v, f) => v with { ExtensionAfterDeadline = f })),
        Order =
        [[
            Is((new DateOnly(2007, 5, 18), false), "2007-05-18 (BE amendment 7.3.2007)"),
            Is((new DateOnly(2007, 9, 30), false), "2007-09-30 (base)"),
            Is((new DateOnly(2007, 10, 1), false), "2007-10-01 (BE Weisung 4.12.2006)"),
            Is((new DateOnly(2007, 10, 1), true), "2007-10-01 with extension (SH)"),
        ]],
        NotOrderedReason = "The date and ExtensionAfterDeadline are one option; an extension is more generous than any date without one, so the chain ends with the extension.",
    };

    /// <summary>A30: last day for applications ("later = G"; null, no deadline, is the most generous).</summary>
    public static readonly OptionDeclaration<DateOnly?> Application = new()
    {
        Number = "A30",
        Id = "Deadline.Application",
        Get = static o => o.Deadline.Application,
        With = static (o, v) => o with { Deadline = o.Deadline with { Application = v } },
        Codec = NullableDate(),
        Order = [[Is<DateOnly?>(new DateOnly(2007, 5, 17), "2007-05-17 (base)"), Is<DateOnly?>(new DateOnly(2007, 5, 18), "2007-05-18"), Is<DateOnly?>(new DateOnly(2007, 12, 31), "2007-12-31"), Is<DateOnly?>(null, "null")]],
    };

    /// <summary>A31: pending IMK applications converted to § 104a ("G": a refusal on time or livelihood can still lead to a § 104a permit).</summary>
    public static readonly OptionDeclaration<Convert104a> Convert104a = new()
    {
        Number = "A31",
        Id = "Fallback.Convert104a",
        Get = static o => o.Fallback.Convert104a,
        With = static (o, v) => o with { Fallback = o.Fallback with { Convert104a = v } },
        Codec = Enum<Convert104a>(),
        Order = [[Is(Options.Convert104a.No, "No (base)"), Is(Options.Convert104a.ConvertPending, "ConvertPending (Freiburg)"), Is(Options.Convert104a.EvaluateBoth, "EvaluateBoth (Oder-Spree)")]],
    };

    /// <summary>A32: other humanitarian titles are considered ("G": routes a refused case to "otherwise settled").</summary>
    public static readonly OptionDeclaration<bool> OtherHumanitarianTitle = new()
    {
        Number = "A32",
        Id = "Fallback.OtherHumanitarianTitle",
        Get = static o => o.Fallback.OtherHumanitarianTitle,
        With = static (o, v) => o with { Fallback = o.Fallback with { OtherHumanitarianTitle = v } },
        // The catalogue type is a set of titles; ImkOptions holds only "are other titles considered".
        Codec = AnyOf("S25Abs4", "S25Abs5", "S23aHardshipCommission"),
        Order = [[Is(false, "false (base)"), Is(true, "true (SH, HB)")]],
    };

    /// <summary>
    /// A33: whether the day of entry counts towards the residence time ("EntryDayCounts = G": every stay is one day
    /// longer). The study prints no counting rule; §§ 187, 188 BGB via § 31 Abs. 1 VwVfG [background].
    /// </summary>
    public static readonly OptionDeclaration<PeriodCounting> PeriodCounting = new()
    {
        Number = "A33",
        Id = "Residence.PeriodCounting",
        BaseCitation = Citation.Background("§ 187 Abs. 1, § 188 Abs. 2 BGB via § 31 Abs. 1 VwVfG; verify"),
        Get = static o => o.Residence.PeriodCounting,
        With = static (o, v) => o with { Residence = o.Residence with { PeriodCounting = v } },
        Codec = Enum<PeriodCounting>(),
        Order = [[Is(Options.PeriodCounting.EntryDayExcluded, "EntryDayExcluded (base, § 187 Abs. 1 BGB)"), Is(Options.PeriodCounting.EntryDayCounts, "EntryDayCounts (§ 187 Abs. 2 BGB)")]],
    };

    /// <summary>A34: only obstructions ending within this many years count ("finite = G"; shorter is more generous; ADR 0013).</summary>
    public static readonly OptionDeclaration<int?> ObstructionLookbackYears = new()
    {
        Number = "A34",
        Id = "Exclusion.ObstructionLookbackYears",
        Get = static o => o.Exclusion.ObstructionLookbackYears,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { ObstructionLookbackYears = v } },
        Codec = NullableInt(new(0, 50, "years")),
        Order = [[Is<int?>(null, "null (base, no limit)"), Is<int?>(10, "10"), Is<int?>(5, "5"), Is<int?>(1, "1")]],
    };

    /// <summary>A35: only absconding ending within this many years counts ("finite = G"; ADR 0013).</summary>
    public static readonly OptionDeclaration<int?> AbscondingLookbackYears = new()
    {
        Number = "A35",
        Id = "Exclusion.AbscondingLookbackYears",
        Get = static o => o.Exclusion.AbscondingLookbackYears,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { AbscondingLookbackYears = v } },
        Codec = NullableInt(new(0, 50, "years")),
        Order = [[Is<int?>(null, "null (base, no limit)"), Is<int?>(10, "10"), Is<int?>(5, "5"), Is<int?>(1, "1")]],
    };

    /// <summary>A36: extremist links ended more than this many years ago no longer count ("finite = G"; ADR 0013).</summary>
    public static readonly OptionDeclaration<int?> ExtremismLookbackYears = new()
    {
        Number = "A36",
        Id = "Exclusion.ExtremismLookbackYears",
        Get = static o => o.Exclusion.ExtremismLookbackYears,
        With = static (o, v) => o with { Exclusion = o.Exclusion with { ExtremismLookbackYears = v } },
        Codec = NullableInt(new(0, 50, "years")),
        Order = [[Is<int?>(null, "null (base, no limit)"), Is<int?>(10, "10"), Is<int?>(5, "5"), Is<int?>(1, "1")]],
    };

    /// <summary>A01-A36 in catalogue order.</summary>
    public static IReadOnlyList<OptionDeclaration> All { get; } =
    [
        MinChildAge, FixedTermAccepted, MinPriorEmploymentMonths, TempAgencyAccepted, SelfEmploymentAccepted, TrainingCounts,
        MinimumGrossForSingle, WageFloor, HouseholdCoverage, TemporaryBenefitsTolerated, NotionalChildAndHousingBenefit,
        SubstituteAccepted, DeceptionRequiresCausality, DeceptionWeighing, DeceptionLookbackYears, AbscondingIsGround,
        ConvictionDayFineThreshold, ConvictionDiscretionaryOverride, ExclusionScope, PrognosisRequiredForFamily,
        CommunalShelterAccepted, ProofMode, DeficitOutcome, PriorityCheckUntil, WorkingConditionsCheckUntil,
        TrainingAdditionalityCheck, ResidenzpflichtLifted, WorkPermittedAnnotation, WorkTakeUp, Application, Convert104a,
        OtherHumanitarianTitle, PeriodCounting, ObstructionLookbackYears, AbscondingLookbackYears, ExtremismLookbackYears,
    ];

    private static GenerosityValue<T> Is<T>(T value, string label) => GenerosityValue<T>.Is(value, label);

    private static GenerosityValue<PassportOptions> Mode(PassportSubstituteMode mode, string label) =>
        new(label, p => p with { SubstituteAccepted = mode });
}
