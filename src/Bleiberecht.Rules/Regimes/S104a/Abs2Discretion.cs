using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 2 AufenthG [background]: verify — two discretionary ("kann") routes for members the time rule of
/// Abs. 1 does not reach, as the regime's <see cref="ElementRole.Discretion"/> element standing in for the residence
/// time (Abs. 1 S. 1):
/// S. 1 — the adult unmarried child of a parent who meets the Abs. 1 time, if it entered as a minor and its
/// integration appears assured; S. 2 — an unaccompanied minor with 6 years on 1.7.2007 and the same prognosis.
/// Anybody else: the route does not exist (False), so the time refusal stands. The leaves run <see cref="Abs2Kernel"/>.
/// </summary>
internal static class Abs2Discretion
{
    public static readonly RuleMeta Meta = RuleMeta.Of("S104a.Abs2", "Ermessen nach Abs. 2 (volljähriges Kind / unbegleiteter Minderjähriger)", "discretion under Abs. 2 (adult child / unaccompanied minor)", Statute("§ 104a Abs. 2 S. 1, S. 2 AufenthG"), Background("\"kann\": adult unmarried child who entered as a minor, parent meets Abs. 1; unaccompanied minor with 6 years on 1.7.2007; integration prognosis; verify"));

    private static readonly RuleMeta AdultChildMeta = RuleMeta.Of("S104a.Abs2.S1", "volljähriges lediges Kind, als Minderjähriger eingereist", "adult unmarried child who entered as a minor", Statute("§ 104a Abs. 2 S. 1 AufenthG"), Background("verify"));

    private static readonly RuleMeta UnaccompaniedMeta = RuleMeta.Of("S104a.Abs2.S2", "unbegleiteter Minderjähriger, 6 Jahre am 1.7.2007", "unaccompanied minor with 6 years on 1.7.2007", Statute("§ 104a Abs. 2 S. 2 AufenthG"), Background("verify"));

    // § 104a Abs. 3 S. 3 [background]: "Sofern im Ausnahmefall Kinder von ihren Eltern getrennt werden, muss ihre
    // Betreuung in Deutschland sichergestellt sein." Every other minor is capped by its parents (MinorsFollowParents),
    // so this route is the only one that grants a child its parents are refused: the care condition sits here, cited.
    private static readonly RuleMeta ChildMeta = RuleMeta.Of("S104b", "integriertes Kind (14+), Eltern reisen aus, Betreuung sichergestellt", "integrated child (14+) whose parents leave, care assured", Statute("§ 104b AufenthG"), Statute("§ 104a Abs. 3 S. 3 AufenthG"), Background("14 on 1.7.2007, 6 years, German (read as B1), integration, custody and care in Germany assured (Abs. 3 S. 3), parents leave after refusal; verify"));

    /// <summary>The element: any route (Kleene or). § 104b acts where the parents are refused (the engine's child route).</summary>
    public static readonly Rule<MemberContext> Rule = new AnyOf<MemberContext>(Meta, [AdultChild(), Unaccompanied(), ChildStaying()]);

    private static Rule<MemberContext> ChildStaying() => new Condition<MemberContext>(
        ChildMeta,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) =>
        {
            var o = m.Options.Residence;
            return Abs2Kernel.ChildStaying(ref f, ref t, o, ResidenceKernel.CountingCivil(o), Members.ReferenceCivil(m), m.Options.Family.AgeOfMajority, ResidenceTime.Parents(m.Household));
        }),
        m => m.Person.Id);

    private static Rule<MemberContext> AdultChild() => new Condition<MemberContext>(
        AdultChildMeta,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => Abs2Kernel.AdultChild(ref f, ref t, Members.ReferenceCivil(m), m.Options.Family.AgeOfMajority, ParentTime(m.Household))),
        m => m.Person.Id);

    private static Rule<MemberContext> Unaccompanied() => new Condition<MemberContext>(
        UnaccompaniedMeta,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) =>
        {
            var o = m.Options.Residence;
            return Abs2Kernel.Unaccompanied(ref f, ref t, o, ResidenceKernel.CountingCivil(o), ResidenceTime.Parents(m.Household));
        }),
        m => m.Person.Id);

    /// <summary>A parent (applicant or spouse) meets the Abs. 1 time: <see cref="ResidenceTimeKernel.ParentMeetsTime"/> over the members' verdicts.</summary>
    private static Truth ParentTime(HouseholdContext h)
    {
        var parent = Truth.False;
        foreach (var other in h.Members)
        {
            if (ResidenceTimeKernel.IsParent(other.Person.Role))
            {
                var facts = new MemberFacts(other.Person);
                var trace = default(NoTrace);
                parent = ResidenceTimeKernel.ParentMeetsTime(parent, other.Person.Role, ResidenceTime.Time(other, ref facts, ref trace));
            }
        }

        return parent;
    }
}
