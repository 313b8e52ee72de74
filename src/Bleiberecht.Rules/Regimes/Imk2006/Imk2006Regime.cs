using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// The IMK resolution of 17.11.2006 as a <see cref="Regime"/>: its elements with the roles they play in the
/// decision procedure. The order is the order of the checks and of <see cref="ImkElements.Checkable"/>
/// (the failure-mask bits).
/// </summary>
internal static class Imk2006Regime
{
    /// <summary>
    /// IMK correction 6: every IMK ground spreads as the rule set's A19 says; its default (the whole household) rests
    /// on one advice practice, not on the resolution's text.
    /// </summary>
    private static readonly Citation ScopeDefault = Citation.Background("A19 Family.ExclusionScope; default whole household after one advice practice (Wuppertal, L2198-2201); verify");

    /// <summary>The regime (built and validated once).</summary>
    public static Regime Instance { get; } = Build();

    private static Regime Build()
    {
        RegimeElement[] elements =
        [
            new MemberElement(ScopeElement.Rule, ElementRole.Requirement, BuiltIn.Scope),
            new HouseholdElement(ProcedureElements.Application, ElementRole.Gate, BuiltIn.Application),
            new HouseholdElement(ProcedureElements.ApplicationDeadline, ElementRole.Requirement, BuiltIn.ApplicationDeadline),
            new HouseholdElement(ResidenceElements.QualifyingChild, ElementRole.Informational, BuiltIn.QualifyingChild),
            new MemberElement(MinYearsOfFamily.Instance, ElementRole.Requirement, BuiltIn.MinYears),
            new MemberElement(ExclusionElements.Deception, ElementRole.ExclusionGround, BuiltIn.Deception) { SpreadCitation = ScopeDefault },
            new MemberElement(ExclusionElements.Obstruction, ElementRole.ExclusionGround, BuiltIn.Obstruction) { SpreadCitation = ScopeDefault },
            new MemberElement(ExclusionElements.Conviction, ElementRole.ExclusionGround, BuiltIn.Conviction) { SpreadCitation = ScopeDefault },
            new MemberElement(ExclusionElements.Extremism, ElementRole.ExclusionGround, BuiltIn.Extremism) { SpreadCitation = ScopeDefault },
            new MemberElement(ExclusionElements.Absconding, ElementRole.ExclusionGround, BuiltIn.Absconding) { SpreadCitation = ScopeDefault },
            new DerivedElement(ImkElements.FamilyScope, ElementLevel.Member, ElementRole.FamilyScope, BuiltIn.FamilyScope),
            new HouseholdElement(IntegrationElements.Housing, ElementRole.Requirement, BuiltIn.Housing),
            new MemberElement(IntegrationElements.Language, ElementRole.Requirement, BuiltIn.Language),
            new HouseholdElement(IntegrationElements.SchoolAttendance, ElementRole.Requirement, BuiltIn.SchoolAttendance),
            new HouseholdElement(IntegrationElements.SchoolPrognosis, ElementRole.Requirement, BuiltIn.SchoolPrognosis),
            new MemberElement(IdentityElements.Passport, ElementRole.Curable, BuiltIn.Passport),
            // An exclusion ground like deception, which L793-794 counts it as (docs/adr/0012, item 7).
            new MemberElement(IdentityElements.Cooperation, ElementRole.ExclusionGround, BuiltIn.Cooperation) { SpreadCitation = ScopeDefault },
            new HouseholdElement(LivelihoodElements.Rule, ElementRole.Livelihood, BuiltIn.Livelihood),
            new DerivedElement(ImkElements.WorkTakeUp, ElementLevel.Household, ElementRole.WorkTakeUp, BuiltIn.WorkTakeUp),
        ];

        var regime = new Regime(
            "imk2006",
            new Label("IMK-Bleiberechtsbeschluss vom 17.11.2006", "IMK resolution on the right to stay of 17.11.2006"),
            [Citation.Source("L3-4"), Citation.Statute("§ 23 Abs. 1 AufenthG"), Citation.Derived("decision procedure: rules.md 5.1-5.3")],
            [.. elements],
            ImkElements.QualifyingChild.Id,
            minorsFollowParents: true,
            transition104a: true,
            otherTitleRouting: true);

        // The bulk path's failure masks and every comparison rest on these bits; a reordering would be a silent change.
        for (var i = 0; i < ImkElements.Checkable.Count; i++)
        {
            if (regime.Checkable[i].Id != ImkElements.Checkable[i].Id)
            {
                throw new InvalidOperationException($"IMK regime: checkable element {i} is {regime.Checkable[i].Id}, expected {ImkElements.Checkable[i].Id}");
            }
        }

        return regime;
    }

    /// <summary>
    /// Element 5 as a member element: the residence time reads whether the household is a family (element 6, or the
    /// regime's replacement of it), which the engine puts on the <see cref="HouseholdContext"/> before it evaluates
    /// member elements.
    /// </summary>
    private sealed class MinYearsOfFamily : Rule<MemberContext>
    {
        public static readonly MinYearsOfFamily Instance = new();

        private MinYearsOfFamily()
            : base(ImkElements.MinYears)
        {
        }

        public override ExplanationNode Explain(MemberContext context) => ResidenceElements.MinYearsRule.Explain((context, context.Household.Family));

        public override Truth Evaluate(MemberContext context) => ResidenceElements.MinYearsRule.Evaluate((context, context.Household.Family));
    }
}
