using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 1 S. 1 [background]: 8 years uninterrupted on 1.7.2007 (geduldet, gestattet or with a humanitarian
/// permit), 6 for a person living with a minor unmarried child — read as the parents (applicant and spouse) living
/// with their own minor children. An adult child or another relative needs 8 years (or Abs. 2). A minor child on
/// 1.7.2007 has no time of its own to meet ([background]: verify; it follows its parents, who are measured).
/// The leaf runs <see cref="ResidenceTimeKernel"/> (one definition for both paths).
/// </summary>
internal static class ResidenceTime
{
    /// <summary>The element: the IMK time kernel (<see cref="ResidenceKernel"/>) with the statute's years, date and family reading.</summary>
    public static readonly Rule<MemberContext> Rule = new Condition<MemberContext>(
        S104aMeta.MinYears,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => Time(m, ref f, ref t)),
        m => m.Person.Id);

    /// <summary>The kernel for member <paramref name="m"/> on the explain path, with any tracer (the Abs. 2 adult child reads its parents' verdicts untraced).</summary>
    internal static Truth Time<TTrace>(MemberContext m, ref MemberFacts f, ref TTrace t)
        where TTrace : struct, ITrace
    {
        var o = m.Options.Residence;
        return ResidenceTimeKernel.Time(ref f, ref t, o, ResidenceKernel.CountingCivil(o), Members.ReferenceCivil(m), m.Options.Family.AgeOfMajority, m.Household.Family, Parents(m.Household));
    }

    /// <summary>How many members are parents (<see cref="ResidenceTimeKernel.IsParent"/>).</summary>
    internal static int Parents(HouseholdContext h)
    {
        var parents = 0;
        foreach (var member in h.Members)
        {
            parents += ResidenceTimeKernel.IsParent(member.Person.Role) ? 1 : 0;
        }

        return parents;
    }
}
