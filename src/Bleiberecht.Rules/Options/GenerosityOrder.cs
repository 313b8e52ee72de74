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
/// The order is a statement about the law and the catalogue, not about the code: the property tests check that the
/// evaluator respects it (a step to a more generous value never turns a permit or Duldung into a refusal, and never
/// turns a definite outcome into a worse one).
/// </remarks>
public static class GenerosityOrder
{
    private static GenerosityStep S(string id, string value, Func<ImkOptions, ImkOptions> apply) => new(id, value, apply);

    private static ImkOptions Passport(ImkOptions o, PassportSubstituteMode mode) =>
        o with { Passport = o.Passport with { SubstituteAccepted = mode } };

    /// <summary>Every chain, restrictive first, generous last.</summary>
    public static IReadOnlyList<IReadOnlyList<GenerosityStep>> Chains { get; } = Build();

    /// <summary>Group (a) options or values that are deliberately not in <see cref="Chains"/>, with the reason.</summary>
    public static IReadOnlyList<UnorderedOption> NotOrdered { get; } =
    [
        new("Language.ProofMode", "OralCheckInPerson is procedural (catalogue direction P): it changes how German is established (in person at the authority, Rhein-Lahn L2680-2682), not which level suffices; only Unspecified -> Lenient is ordered."),
        new("Employment.FixedTermAccepted", "IfSectorCustomary and IfIntegratedAndPreviouslyEmployed are incomparable (sector custom vs. the person's history); both lie between PermanentOnly and YesIfIncomeSufficient and appear as two chains."),
        new("Passport.SubstituteAccepted", "SubstituteOnJobOfferPassportLater (substitute paper plus job offer) is incomparable with IdentitySubstituteIfEffortsProven and CredibleEffortsSuffice (proof of efforts); MinConfirmedEmbassyVisits = null (credible documentation) is a different kind of proof from a count of visits, so only counts are ordered."),
        new("Exclusion.DeceptionWeighing", "MinimumWeight (weight of the deception) and BalanceAgainstIntegration (weighed against integration) are incomparable; each is more generous than None and appears in its own chain."),
        new("Residence.ResidenzpflichtLifted", "TemporaryOnRequest/RoutineOnRequest, ForJobSearchDuldungHolders and SomeKommunen relieve different groups or places and are incomparable; each lies between No and Lifted and appears in its own chain."),
        new("Deadline.WorkTakeUp", "The date and ExtensionAfterDeadline are one option; an extension is more generous than any date without one, so the chain ends with the extension."),
    ];

    private static List<IReadOnlyList<GenerosityStep>> Build()
    {
        const string A01 = "Family.MinChildAge";
        const string A02 = "Employment.FixedTermAccepted";
        const string A03 = "Employment.MinPriorEmploymentMonths";
        const string A04 = "Employment.TempAgencyAccepted";
        const string A05 = "Employment.SelfEmploymentAccepted";
        const string A06 = "Employment.TrainingCounts";
        const string A07 = "Income.MinimumGrossForSingle";
        const string A08 = "Income.WageFloor";
        const string A09 = "Income.HouseholdCoverage";
        const string A10 = "Income.TemporaryBenefitsTolerated";
        const string A11 = "Income.NotionalChildAndHousingBenefit";
        const string A12 = "Passport.SubstituteAccepted";
        const string A13 = "Exclusion.DeceptionRequiresCausality";
        const string A14 = "Exclusion.DeceptionWeighing";
        const string A15 = "Exclusion.DeceptionLookbackYears";
        const string A16 = "Exclusion.AbscondingIsGround";
        const string A17 = "Exclusion.ConvictionDayFineThreshold";
        const string A18 = "Exclusion.ConvictionDiscretionaryOverride";
        const string A19 = "Family.ExclusionScope";
        const string A20 = "School.PrognosisRequiredForFamily";
        const string A21 = "Housing.CommunalShelterAccepted";
        const string A22 = "Language.ProofMode";
        const string A23 = "Language.DeficitOutcome";
        const string A24 = "LabourMarket.PriorityCheckUntil";
        const string A25 = "LabourMarket.WorkingConditionsCheckUntil";
        const string A26 = "LabourMarket.TrainingAdditionalityCheck";
        const string A27 = "Residence.ResidenzpflichtLifted";
        const string A28 = "Duldung.WorkPermittedAnnotation";
        const string A29 = "Deadline.WorkTakeUp";
        const string A30 = "Deadline.Application";
        const string A31 = "Fallback.Convert104a";
        const string A32 = "Fallback.OtherHumanitarianTitle";

        static GenerosityStep ChildAge(int age, string label) => S(A01, label, o => o with { Family = o.Family with { MinChildAge = age } });
        static GenerosityStep FixedTerm(FixedTermAcceptance v, string label) => S(A02, label, o => o with { Employment = o.Employment with { FixedTermAccepted = v } });
        static GenerosityStep PriorMonths(int? v, string label) => S(A03, label, o => o with { Employment = o.Employment with { MinPriorEmploymentMonths = v } });
        static GenerosityStep Training(TrainingAcceptance v, string label) => S(A06, label, o => o with { Employment = o.Employment with { TrainingCounts = v } });
        static GenerosityStep MinGross(decimal? v, string label) => S(A07, label, o => o with { Income = o.Income with { MinimumGrossForSingle = v } });
        static GenerosityStep Share(decimal? v, string label) => S(A08, label, o => o with { Income = o.Income with { WageFloorMinShareOfCollectiveWage = v } });
        static GenerosityStep Hourly(decimal? v, string label) => S(A08, label, o => o with { Income = o.Income with { WageFloorMinNetHourlyEur = v } });
        static GenerosityStep Mode(PassportSubstituteMode v, string label) => S(A12, label, o => Passport(o, v));
        static GenerosityStep Weighing(DeceptionWeighing v, string label) => S(A14, label, o => o with { Exclusion = o.Exclusion with { DeceptionWeighing = v } });
        static GenerosityStep Lookback(int? v, string label) => S(A15, label, o => o with { Exclusion = o.Exclusion with { DeceptionLookbackYears = v } });
        static GenerosityStep General(int v, string label) => S(A17, label, o => o with { Exclusion = o.Exclusion with { ConvictionDayFinesGeneral = v } });
        static GenerosityStep ForeignerOnly(int v, string label) => S(A17, label, o => o with { Exclusion = o.Exclusion with { ConvictionDayFinesForeignerOnly = v } });
        static GenerosityStep Scope(ExclusionScope v, string label) => S(A19, label, o => o with { Family = o.Family with { ExclusionScope = v } });
        static GenerosityStep Shelter(CommunalShelterAcceptance v, string label) => S(A21, label, o => o with { Housing = o.Housing with { CommunalShelterAccepted = v } });
        static GenerosityStep Deficit(LanguageDeficitOutcome v, string label) => S(A23, label, o => o with { Language = o.Language with { DeficitOutcome = v } });
        static GenerosityStep Priority(DateOnly? v, string label) => S(A24, label, o => o with { LabourMarket = o.LabourMarket with { PriorityCheckUntil = v } });
        static GenerosityStep Conditions(DateOnly? v, string label) => S(A25, label, o => o with { LabourMarket = o.LabourMarket with { WorkingConditionsCheckUntil = v } });
        static GenerosityStep Residenz(ResidenzpflichtRelief v, string label) => S(A27, label, o => o with { Residence = o.Residence with { ResidenzpflichtLifted = v } });
        static GenerosityStep WorkTakeUp(DateOnly date, bool extension, string label) => S(A29, label, o => o with { Deadline = o.Deadline with { WorkTakeUp = date, ExtensionAfterDeadline = extension } });
        static GenerosityStep Application(DateOnly? v, string label) => S(A30, label, o => o with { Deadline = o.Deadline with { Application = v } });
        static GenerosityStep Convert(Convert104a v, string label) => S(A31, label, o => o with { Fallback = o.Fallback with { Convert104a = v } });
        static GenerosityStep Flag(string id, string label, Func<ImkOptions, ImkOptions> apply) => S(id, label, apply);

        var identity = PassportSubstituteMode.IdentitySubstituteIfEffortsProven;
        return
        [
            // A01: "lower = G". 6 (school age) is the strictest reading of "family"; base 3 [background]; BE 2 (L804-807);
            // 1 ("ab dem zweiten Lebensjahr" read literally); 0 (any minor child, as § 104a later counts it).
            [ChildAge(6, "6"), ChildAge(3, "3 (base)"), ChildAge(2, "2 (BE)"), ChildAge(1, "1"), ChildAge(0, "0")],

            // A02: "anything other than PermanentOnly = G"; YesIfIncomeSufficient accepts every fixed-term contract.
            [FixedTerm(FixedTermAcceptance.PermanentOnly, "PermanentOnly (base)"), FixedTerm(FixedTermAcceptance.IfSectorCustomary, "IfSectorCustomary (Wiesbaden)"), FixedTerm(FixedTermAcceptance.YesIfIncomeSufficient, "YesIfIncomeSufficient (Oder-Spree)")],
            [FixedTerm(FixedTermAcceptance.PermanentOnly, "PermanentOnly (base)"), FixedTerm(FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed, "IfIntegratedAndPreviouslyEmployed (Gütersloh)"), FixedTerm(FixedTermAcceptance.YesIfIncomeSufficient, "YesIfIncomeSufficient (Oder-Spree)")],

            // A03: "lower = G"; null (no requirement, base) is the most generous — 0 still asks how long the person worked.
            [PriorMonths(12, "12"), PriorMonths(6, "6"), PriorMonths(0, "0 (unnamed authority, L3522-3523)"), PriorMonths(null, "null (base)")],

            // A04: "true = G".
            [Flag(A04, "false (base)", o => o with { Employment = o.Employment with { TempAgencyAccepted = false } }), Flag(A04, "true (Aurich)", o => o with { Employment = o.Employment with { TempAgencyAccepted = true } })],

            // A05: "true = G".
            [Flag(A05, "false (base)", o => o with { Employment = o.Employment with { SelfEmploymentAccepted = false } }), Flag(A05, "true (BE)", o => o with { Employment = o.Employment with { SelfEmploymentAccepted = true } })],

            // A06: "broader = G".
            [Training(TrainingAcceptance.No, "No"), Training(TrainingAcceptance.RecognisedApprenticeship, "RecognisedApprenticeship (base)"), Training(TrainingAcceptance.ApprenticeshipOrEducationMeasure, "ApprenticeshipOrEducationMeasure (Oder-Spree)")],

            // A07: "higher = R"; null (no minimum, base) is the most generous.
            [MinGross(1500m, "1500"), MinGross(1000m, "1000 (HH)"), MinGross(null, "null (base)")],

            // A08: "higher = R", for each field; null (no floor, base) is the most generous.
            [Share(0.9m, "share 0.90"), Share(0.7m, "share 0.70 (HH)"), Share(null, "share null (base)")],
            [Hourly(8.5m, "8.50 EUR/h"), Hourly(7m, "7 EUR/h (Wuppertal)"), Hourly(null, "hourly null (base)")],

            // A09: "G" (Wuppertal, L2215-2219): the majority test is an additional route next to full coverage.
            [Flag(A09, "FullHousehold (base)", o => o with { Income = o.Income with { HouseholdCoverage = HouseholdCoverage.FullHousehold } }), Flag(A09, "OneInsuredJobCoversMajority (Wuppertal)", o => o with { Income = o.Income with { HouseholdCoverage = HouseholdCoverage.OneInsuredJobCoversMajority } })],

            // A10: "true = G".
            [Flag(A10, "false (base)", o => o with { Income = o.Income with { TemporaryBenefitsTolerated = false } }), Flag(A10, "true (Wuppertal)", o => o with { Income = o.Income with { TemporaryBenefitsTolerated = true } })],

            // A11: "true = G".
            [Flag(A11, "false (base)", o => o with { Income = o.Income with { NotionalChildAndHousingBenefit = false } }), Flag(A11, "true (Gütersloh)", o => o with { Income = o.Income with { NotionalChildAndHousingBenefit = true } })],

            // A12: "anything other than PassportOnly = G". CredibleEffortsSuffice asks only for the documented efforts
            // that IdentitySubstituteIfEffortsProven also asks for (plus a substitute, identity, no misconduct).
            [Mode(PassportSubstituteMode.PassportOnly, "PassportOnly (base)"), Mode(identity, "IdentitySubstituteIfEffortsProven (München)"), Mode(PassportSubstituteMode.CredibleEffortsSuffice, "CredibleEffortsSuffice (Rhein-Lahn)")],
            [Mode(PassportSubstituteMode.PassportOnly, "PassportOnly (base)"), Mode(PassportSubstituteMode.SubstituteOnJobOfferPassportLater, "SubstituteOnJobOfferPassportLater (unnamed authority)")],
            // A12 parameters, under the identity-substitute mode: fewer conditions and fewer visits are more generous.
            [
                S(A12, "identity substitute, identity clarified required (base parameter)", o => o with { Passport = o.Passport with { SubstituteAccepted = identity, RequiresIdentityClarified = true } }),
                S(A12, "identity substitute, identity clarified not required", o => o with { Passport = o.Passport with { SubstituteAccepted = identity, RequiresIdentityClarified = false } }),
            ],
            [
                S(A12, "identity substitute, no misconduct required (base parameter)", o => o with { Passport = o.Passport with { SubstituteAccepted = identity, RequiresNoMisconduct = true } }),
                S(A12, "identity substitute, no misconduct not required", o => o with { Passport = o.Passport with { SubstituteAccepted = identity, RequiresNoMisconduct = false } }),
            ],
            [
                S(A12, "identity substitute, 5 embassy visits", o => o with { Passport = o.Passport with { SubstituteAccepted = identity, MinConfirmedEmbassyVisits = 5 } }),
                S(A12, "identity substitute, 3 embassy visits (Oder-Spree)", o => o with { Passport = o.Passport with { SubstituteAccepted = identity, MinConfirmedEmbassyVisits = 3 } }),
                S(A12, "identity substitute, 1 embassy visit", o => o with { Passport = o.Passport with { SubstituteAccepted = identity, MinConfirmedEmbassyVisits = 1 } }),
            ],
            [
                S(A12, "credible efforts, former Yugoslavia only", o => o with { Passport = o.Passport with { SubstituteAccepted = PassportSubstituteMode.CredibleEffortsSuffice, AppliesToOrigins = ["former Yugoslavia"] } }),
                S(A12, "credible efforts, all origins", o => o with { Passport = o.Passport with { SubstituteAccepted = PassportSubstituteMode.CredibleEffortsSuffice, AppliesToOrigins = null } }),
            ],

            // A13: "true = G".
            [Flag(A13, "false (base, BE)", o => o with { Exclusion = o.Exclusion with { DeceptionRequiresCausality = false } }), Flag(A13, "true", o => o with { Exclusion = o.Exclusion with { DeceptionRequiresCausality = true } })],

            // A14: "G" for both weighings against None.
            [Weighing(DeceptionWeighing.None, "None (base)"), Weighing(DeceptionWeighing.MinimumWeight, "MinimumWeight (NW)")],
            [Weighing(DeceptionWeighing.None, "None (base)"), Weighing(DeceptionWeighing.BalanceAgainstIntegration, "BalanceAgainstIntegration (SH)")],

            // A15: "finite = G"; a shorter window is more generous.
            [Lookback(null, "null (base, no limit)"), Lookback(10, "10"), Lookback(5, "5"), Lookback(1, "1")],

            // A16: "false = G".
            [Flag(A16, "true (base)", o => o with { Exclusion = o.Exclusion with { AbscondingIsGround = true } }), Flag(A16, "false (MV)", o => o with { Exclusion = o.Exclusion with { AbscondingIsGround = false } })],

            // A17: "higher = G", for each threshold.
            [General(20, "general 20"), General(50, "general 50 (base, MV)"), General(90, "general 90")],
            [ForeignerOnly(50, "foreigner-only 50"), ForeignerOnly(90, "foreigner-only 90 (base)"), ForeignerOnly(180, "foreigner-only 180")],

            // A18: "true = G".
            [Flag(A18, "false (base, Wuppertal)", o => o with { Exclusion = o.Exclusion with { ConvictionDiscretionaryOverride = false } }), Flag(A18, "true", o => o with { Exclusion = o.Exclusion with { ConvictionDiscretionaryOverride = true } })],

            // A19: "PersonOnly = G"; the spouse-hardship exception lies between.
            [Scope(ExclusionScope.WholeHousehold, "WholeHousehold (base)"), Scope(ExclusionScope.WholeHouseholdExceptSpouseHardship, "WholeHouseholdExceptSpouseHardship"), Scope(ExclusionScope.PersonOnly, "PersonOnly")],

            // A20: "false = G".
            [Flag(A20, "true (base)", o => o with { School = o.School with { PrognosisRequiredForFamily = true } }), Flag(A20, "false (SH)", o => o with { School = o.School with { PrognosisRequiredForFamily = false } })],

            // A21: "G"; the IMK permit is a first grant, so FirstGrantOnly accepts as much as Yes.
            [Shelter(CommunalShelterAcceptance.No, "No (base)"), Shelter(CommunalShelterAcceptance.FirstGrantOnly, "FirstGrantOnly (SH)"), Shelter(CommunalShelterAcceptance.Yes, "Yes")],

            // A22: "Lenient = G" (OralCheckInPerson is P, see NotOrdered).
            [Flag(A22, "Unspecified (base)", o => o with { Language = o.Language with { ProofMode = LanguageProofMode.Unspecified } }), Flag(A22, "Lenient (RP)", o => o with { Language = o.Language with { ProofMode = LanguageProofMode.Lenient } })],

            // A23: "other than Refuse = G"; an extended Duldung keeps the case open, a conditional permit grants it.
            [Deficit(LanguageDeficitOutcome.Refuse, "Refuse (base, Barnim)"), Deficit(LanguageDeficitOutcome.ExtendDuldung, "ExtendDuldung (Oder-Spree practice)"), Deficit(LanguageDeficitOutcome.ConditionalPermitWithCourse, "ConditionalPermitWithCourse (Oder-Spree intent)")],

            // A24: "earlier = G"; null (never applied, BE L811-814) is the most generous.
            [Priority(new DateOnly(2007, 9, 30), "2007-09-30"), Priority(new DateOnly(2007, 4, 26), "2007-04-26 (base)"), Priority(new DateOnly(2006, 12, 28), "2006-12-28 (BA instruction, MV)"), Priority(null, "null (BE)")],

            // A25: "earlier = G"; null (never applied) is the most generous.
            [Conditions(new DateOnly(2007, 5, 31), "2007-05-31 (MV 'May 2007')"), Conditions(new DateOnly(2007, 4, 26), "2007-04-26 (base)"), Conditions(new DateOnly(2006, 12, 28), "2006-12-28"), Conditions(null, "null")],

            // A26: "false = G".
            [Flag(A26, "true (base)", o => o with { LabourMarket = o.LabourMarket with { TrainingAdditionalityCheck = true } }), Flag(A26, "false (HH)", o => o with { LabourMarket = o.LabourMarket with { TrainingAdditionalityCheck = false } })],

            // A27: "G" for every relief against No; Lifted (BY) relieves everyone everywhere.
            [Residenz(ResidenzpflichtRelief.No, "No (base)"), Residenz(ResidenzpflichtRelief.TemporaryOnRequest, "TemporaryOnRequest (BB)"), Residenz(ResidenzpflichtRelief.RoutineOnRequest, "RoutineOnRequest (MV)"), Residenz(ResidenzpflichtRelief.Lifted, "Lifted (BY)")],
            [Residenz(ResidenzpflichtRelief.No, "No (base)"), Residenz(ResidenzpflichtRelief.ForJobSearchDuldungHolders, "ForJobSearchDuldungHolders (SN)"), Residenz(ResidenzpflichtRelief.Lifted, "Lifted (BY)")],
            [Residenz(ResidenzpflichtRelief.No, "No (base)"), Residenz(ResidenzpflichtRelief.SomeKommunen, "SomeKommunen (TH)"), Residenz(ResidenzpflichtRelief.Lifted, "Lifted (BY)")],

            // A28: "true = G".
            [Flag(A28, "false (base)", o => o with { Duldung = o.Duldung with { WorkPermittedAnnotation = false } }), Flag(A28, "true (SN)", o => o with { Duldung = o.Duldung with { WorkPermittedAnnotation = true } })],

            // A29: "earlier = R; extension = G".
            [
                WorkTakeUp(new DateOnly(2007, 5, 18), false, "2007-05-18 (BE amendment 7.3.2007)"),
                WorkTakeUp(new DateOnly(2007, 9, 30), false, "2007-09-30 (base)"),
                WorkTakeUp(new DateOnly(2007, 10, 1), false, "2007-10-01 (BE Weisung 4.12.2006)"),
                WorkTakeUp(new DateOnly(2007, 10, 1), true, "2007-10-01 with extension (SH)"),
            ],

            // A30: "later = G"; null (no deadline) is the most generous.
            [Application(new DateOnly(2007, 5, 17), "2007-05-17"), Application(new DateOnly(2007, 5, 18), "2007-05-18 (base)"), Application(new DateOnly(2007, 12, 31), "2007-12-31"), Application(null, "null")],

            // A31: "G" (a refusal on time or livelihood can still lead to a § 104a permit).
            [Convert(Convert104a.No, "No (base)"), Convert(Convert104a.ConvertPending, "ConvertPending (Freiburg)"), Convert(Convert104a.EvaluateBoth, "EvaluateBoth (Oder-Spree)")],

            // A32: "G" (routes a refused case to "otherwise settled").
            [Flag(A32, "false (base)", o => o with { Fallback = o.Fallback with { OtherHumanitarianTitle = false } }), Flag(A32, "true (SH, HB)", o => o with { Fallback = o.Fallback with { OtherHumanitarianTitle = true } })],
        ];
    }
}
