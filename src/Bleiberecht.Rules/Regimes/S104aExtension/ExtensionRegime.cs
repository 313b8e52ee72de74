using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;
using Bleiberecht.Rules.Regimes.S104a;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// The extension of § 104a permits after 31.12.2009 (§ 104a Abs. 5, Abs. 6 AufenthG; IMK 4.12.2009 — all
/// [background]: verify) as a <see cref="Regime"/> composed from the same blocks: an extension application is a case
/// of its own. Outcomes: the extension as a § 23 Abs. 1 S. 1 permit (<see cref="Outcome.ResidencePermit"/>) where
/// Abs. 5 S. 2 is met; a <see cref="Outcome.DiscretionaryPermit"/> where only an Abs. 6 hardship group carries it
/// ("kann"); the permit "auf Probe" extended until 31.12.2011 (<see cref="Outcome.ProbationPermit104a"/>) where the
/// IMK decision of 4.12.2009 applies and efforts are shown; refusal otherwise; pending while a fact is missing.
/// </summary>
/// <remarks>
/// How the roles give these outcomes: the requirement <see cref="ExtensionMeta.ProbationRoute"/> holds where Abs. 5
/// S. 2 holds or the IMK route does (decided on/after 4.12.2009, efforts shown, no Abs. 6 group); the Abs. 6 group is
/// the discretion element standing in for it; the livelihood element is Abs. 5 S. 2 or Abs. 6, so a household that
/// passes only by the IMK route is granted what the regime grants when only livelihood fails — the permit "auf Probe".
/// </remarks>
internal static class ExtensionRegime
{
    private static readonly Citation OnlyConvictionsSpread = Statute("§ 104a Abs. 3 S. 1 AufenthG (only Nr. 6 offences bar the family) [background]: verify");

    private static readonly Rule<HouseholdContext> Hardship = new Restated<HouseholdContext>(ExtensionMeta.Hardship, LivelihoodElements.Punkt33, static _ => null);

    /// <summary>The IMK decision applies to extensions decided on or after 4.12.2009; an unknown decision date is asked (<see cref="ExtensionKernels.ImkDecision"/>).</summary>
    private static readonly Rule<HouseholdContext> ImkDecision = new Condition<HouseholdContext>(
        ExtensionMeta.ImkDecision,
        static h => KernelLeaf.Check(h, static (HouseholdContext _, ref HouseholdObjectFacts f, ref CheckTrace t) => ExtensionKernels.ImkDecision(ref f, ref t)));

    private static readonly Rule<HouseholdContext> Efforts = new Condition<HouseholdContext>(
        ExtensionMeta.Efforts,
        static h => KernelLeaf.Check(h, static (HouseholdContext _, ref HouseholdObjectFacts f, ref CheckTrace t) => ExtensionKernels.Efforts(ref f, ref t)));

    /// <summary>The requirement (<see cref="ExtensionKernels.ProbationRoute"/> on the bulk path).</summary>
    internal static readonly Rule<HouseholdContext> ProbationRoute = new AnyOf<HouseholdContext>(
        ExtensionMeta.ProbationRoute,
        [WorkLivelihood.Rule, new AllOf<HouseholdContext>(Ask.Sub(ExtensionMeta.ProbationRoute, "Imk2009", "auf Probe nach IMK 4.12.2009", "on probation under the IMK of 4.12.2009"), [ImkDecision, Efforts, new Not<HouseholdContext>(ExtensionMeta.NoHardship, Hardship)])]);

    private static readonly RuleMeta LivelihoodMeta = RuleMeta.Of("S104a.Abs5.Livelihood", "Lebensunterhalt nach Abs. 5 S. 2 oder Härtefallgruppe Abs. 6", "livelihood under Abs. 5 S. 2 or an Abs. 6 hardship group", Statute("§ 104a Abs. 5 S. 2 AufenthG"), Statute("§ 104a Abs. 6 AufenthG"), Background("not met with the IMK route: permit \"auf Probe\" until 31.12.2011; verify"));

    /// <summary>The livelihood element (<see cref="ExtensionKernels.Livelihood"/> on the bulk path).</summary>
    internal static readonly Rule<HouseholdContext> Livelihood = new AnyOf<HouseholdContext>(LivelihoodMeta, [WorkLivelihood.Rule, Hardship]);

    private static Regime Build()
    {
        static string Id(MemberContext m) => m.Person.Id;
        RegimeElement[] elements =
        [
            new HouseholdElement(ProcedureElements.Application, ElementRole.Gate, BuiltIn.Application),
            new HouseholdElement(ProbationRoute, ElementRole.Requirement),
            new MemberElement(new HouseholdRuleForMember(ExtensionMeta.Hardship, LivelihoodElements.Punkt33), ElementRole.Discretion) { Replaces = [ExtensionMeta.ProbationRoute.Id] },
            new MemberElement(new Restated<MemberContext>(ExtensionMeta.Extremism, ExclusionElements.Extremism, Id), ElementRole.ExclusionGround) { Spread = FamilySpread.None, SpreadCitation = OnlyConvictionsSpread },
            new MemberElement(new Restated<MemberContext>(ExtensionMeta.Conviction, ExclusionElements.Conviction, Id), ElementRole.ExclusionGround)
            {
                Spread = FamilySpread.WholeHouseholdExceptSpouseHardship,
                SpreadCitation = Statute("§ 104a Abs. 3 S. 1, S. 2 AufenthG [background]: verify"),
            },
            new DerivedElement(ExtensionMeta.FamilyScope, ElementLevel.Member, ElementRole.FamilyScope, BuiltIn.FamilyScope),
            new HouseholdElement(Livelihood, ElementRole.Livelihood),
        ];

        return new Regime(
            "s104a-extension",
            new Label("Verlängerung nach § 104a Abs. 5/6 AufenthG", "extension under § 104a Abs. 5/6 AufenthG"),
            [Statute("§ 104a Abs. 5, Abs. 6 AufenthG"), Statute("§ 8 Abs. 1 AufenthG"), Statute("IMK-Beschluss vom 4.12.2009"), Background("the study ends in 2008; verify"), Source("L1135-1138")],
            [.. elements],
            null,
            new RegimePolicies(MinorsFollowParents: true, Transition104a: false, OtherTitleRouting: false)
            {
                Grant = Outcome.ResidencePermit,
                Shortfall = LivelihoodShortfall.ProbationPermit,
                ReferenceDate = ExtensionParameters.ValidUntil,
                PermitsValidUntil = ExtensionParameters.ExtendedUntil,
                OutcomeMetas = new Dictionary<Outcome, RuleMeta>
                {
                    [Outcome.ResidencePermit] = ExtensionMeta.Extended,
                    [Outcome.ProbationPermit104a] = ExtensionMeta.ProbationExtended,
                    [Outcome.DiscretionaryPermit] = ExtensionMeta.HardshipExtended,
                },
                Adapt = ExtensionParameters.Adapt,
            });
    }

    /// <summary>The regime (built and validated once; declared last, after the static fields it reads).</summary>
    public static Regime Instance { get; } = Build();
}
