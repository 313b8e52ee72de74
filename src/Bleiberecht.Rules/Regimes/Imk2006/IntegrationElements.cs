using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 7-10 (leaves: <see cref="HousingKernel"/>, <see cref="LanguageKernel"/>, <see cref="SchoolKernel"/>): the integration requirements "die nicht unmittelbar die Arbeitsaufnahme betreffen" — housing,
/// German, school attendance (L3545-3548) and the positive school prognosis (L3201-3203).
/// </summary>
internal static class IntegrationElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label NoChildrenInTheHousehold = new("keine Kinder im Haushalt", "no children in the household");
    private static readonly Label NotAConditionForTheFamilyInThisRuleSet = new("in diesem Regelwerk keine Bedingung für die Familie", "not a condition for the family in this rule set");

    /// <summary>Element 7 (household): sufficient housing; a communal shelter counts where A21 accepts it (<see cref="HousingKernel"/>).</summary>
    public static readonly Rule<HouseholdContext> Housing = new Condition<HouseholdContext>(
        ImkElements.Housing,
        static h => KernelLeaf.Check(h, static (HouseholdContext h, ref HouseholdObjectFacts f, ref CheckTrace t) => HousingKernel.Housing(ref f, ref t, h.Options.Housing)));

    /// <summary>Element 8 (each adult): German at the required level (A2, L4179-4180); the element is <see cref="LanguageKernel"/>'s.</summary>
    public static readonly Rule<MemberContext> Language = new Condition<MemberContext>(
        ImkElements.Language,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => LanguageKernel.ForAdult(ref f, ref t, m.Options.Language, Days.Of(m.Household.Household.DecisionDate), Members.IsAdult(m))),
        m => m.Person.Id);

    /// <summary>Element 9 (household): every child of school age attends school (L3548, L2676).</summary>
    public static readonly Rule<HouseholdContext> SchoolAttendance = new ForEach<HouseholdContext, MemberContext>(
        ImkElements.SchoolAttendance,
        Quantifier.Every,
        h => h.Children,
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.SchoolAttendance, "Child", "Kind besucht die Schule", "child attends school"),
            static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => SchoolKernel.Attendance(ref f, ref t, m.Options.School, m.Options.Family.AgeOfMajority, Members.DecisionCivil(m))),
            m => m.Person.Id),
        _ => NoChildrenInTheHousehold);

    /// <summary>
    /// Element 10 (household): a positive school prognosis for each school-age child, which in the base rule bars
    /// the whole family (A20, L3201-3202). Where A20 is false (SH, L3198-3208) it is not a condition of the stay.
    /// </summary>
    public static readonly Rule<HouseholdContext> SchoolPrognosis = new ForEach<HouseholdContext, MemberContext>(
        ImkElements.SchoolPrognosis,
        Quantifier.Every,
        h => h.Options.School.PrognosisRequiredForFamily ? h.Children : [],
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.SchoolPrognosis, "Child", "positive Prognose für das Kind", "positive prognosis for the child"),
            static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => SchoolKernel.Prognosis(ref f, ref t, m.Options.School, m.Options.Family.AgeOfMajority, Members.DecisionCivil(m))),
            m => m.Person.Id),
        h => h.Options.School.PrognosisRequiredForFamily
            ? NoChildrenInTheHousehold
            : NotAConditionForTheFamilyInThisRuleSet);

}
