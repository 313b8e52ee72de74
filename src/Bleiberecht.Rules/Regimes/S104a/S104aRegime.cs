using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a AufenthG (Altfallregelung, in force 28.8.2007, L2598-2601) as a <see cref="Regime"/> composed from the
/// same blocks as the IMK regime (one definition per test), each under the statute's citation. Its own reference
/// date (1.7.2007), years, family reading and family scope (Abs. 3: only Nr. 6 convictions spread); what only
/// livelihood lacks gives the permit "auf Probe" (Abs. 1 S. 2, L1135-1138).
/// </summary>
internal static class S104aRegime
{
    private static readonly Citation OnlyConvictionsSpread = Statute("§ 104a Abs. 3 S. 1 AufenthG (only Nr. 6 offences bar the family) [background]: verify");

    private static Regime Build()
    {
        static string Id(MemberContext m) => m.Person.Id;
        RegimeElement[] elements =
        [
            new HouseholdElement(ProcedureElements.Application, ElementRole.Gate, BuiltIn.Application),
            new HouseholdElement(InForce, ElementRole.Requirement),
            new HouseholdElement(new Restated<HouseholdContext>(S104aMeta.MinorChild, ResidenceElements.QualifyingChild, static _ => null), ElementRole.Informational),
            new MemberElement(ResidenceTime.Rule),
            new MemberElement(Abs2Discretion.Rule, ElementRole.Discretion) { Replaces = [S104aMeta.MinYears.Id] },
            new MemberElement(new Restated<MemberContext>(S104aMeta.Deception, ExclusionElements.Deception, Id), ElementRole.ExclusionGround) { Spread = FamilySpread.None, SpreadCitation = OnlyConvictionsSpread },
            new MemberElement(new Restated<MemberContext>(S104aMeta.Obstruction, ExclusionElements.Obstruction, Id), ElementRole.ExclusionGround) { Spread = FamilySpread.None, SpreadCitation = OnlyConvictionsSpread },
            // The IMK reading of a breach (deliberate, weighed, L793-794; docs/adr/0012 item 7) under Nr. 4, which only a
            // deliberate delay or obstruction fulfils.
            new MemberElement(new Restated<MemberContext>(S104aMeta.Cooperation, IdentityElements.Cooperation, Id), ElementRole.ExclusionGround) { Spread = FamilySpread.None, SpreadCitation = OnlyConvictionsSpread },
            new MemberElement(new Restated<MemberContext>(S104aMeta.Extremism, ExclusionElements.Extremism, Id), ElementRole.ExclusionGround) { Spread = FamilySpread.None, SpreadCitation = OnlyConvictionsSpread },
            new MemberElement(new Restated<MemberContext>(S104aMeta.Conviction, ExclusionElements.Conviction, Id), ElementRole.ExclusionGround)
            {
                Spread = FamilySpread.WholeHouseholdExceptSpouseHardship,
                SpreadCitation = Statute("§ 104a Abs. 3 S. 1, S. 2 AufenthG [background]: verify"),
            },
            new DerivedElement(S104aMeta.FamilyScope, ElementLevel.Member, ElementRole.FamilyScope, BuiltIn.FamilyScope),
            new HouseholdElement(new Restated<HouseholdContext>(S104aMeta.Housing, IntegrationElements.Housing, static _ => null)),
            new MemberElement(OralGerman.Rule),
            new HouseholdElement(new Restated<HouseholdContext>(S104aMeta.School, IntegrationElements.SchoolAttendance, static _ => null)),
            // Curable as in the IMK practice: while the passport is not presented the case stays open (rules.md 5.2).
            new MemberElement(new Restated<MemberContext>(S104aMeta.Passport, IdentityElements.Passport, Id), ElementRole.Curable),
            new HouseholdElement(new Restated<HouseholdContext>(S104aMeta.Livelihood, LivelihoodElements.Punkt32, static _ => null), ElementRole.Livelihood),
        ];

        return new Regime(
            "s104a",
            new Label("Altfallregelung § 104a AufenthG (2007)", "statutory rule for long-term tolerated persons, § 104a AufenthG (2007)"),
            [Statute("§ 104a AufenthG"), Source("L8-10"), Source("L2598-2601"), Source("L358-360"), Source("L1135-1138")],
            [.. elements],
            S104aMeta.MinorChild.Id,
            new RegimePolicies(MinorsFollowParents: true, Transition104a: false, OtherTitleRouting: false)
            {
                Grant = Outcome.StatutoryPermit104a,
                Shortfall = LivelihoodShortfall.ProbationPermit,
                ReferenceDate = S104aParameters.ReferenceDate,
                Adapt = S104aParameters.Adapt,
            });
    }

    /// <summary>The statute decides only from 28.8.2007 (L2598-2601); an unknown decision date is asked (<see cref="InForceKernel"/>).</summary>
    internal static readonly Rule<HouseholdContext> InForce = new Condition<HouseholdContext>(
        S104aMeta.InForce,
        static h => KernelLeaf.Check(h, static (HouseholdContext _, ref HouseholdObjectFacts f, ref CheckTrace t) => InForceKernel.InForce(ref f, ref t)));

    /// <summary>The regime (built and validated once; declared last, after the static fields it reads).</summary>
    public static Regime Instance { get; } = Build();
}
