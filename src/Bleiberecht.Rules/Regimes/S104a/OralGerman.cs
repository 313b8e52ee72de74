using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 1 S. 1 Nr. 2 with S. 4 and S. 5 [background]: oral German at A2. The authority grants first and asks
/// later: a decision up to and including 1.7.2008 does not wait for the proof (the permit carries the condition);
/// after that day A2 must be shown, unless illness, disability or age prevent it. Adults only (children: school, Nr. 3).
/// The leaf runs <see cref="OralGermanKernel"/> (one definition for both paths).
/// </summary>
internal static class OralGerman
{
    /// <summary>The element.</summary>
    public static readonly Rule<MemberContext> Rule = new Condition<MemberContext>(
        S104aMeta.Language,
        static m => KernelLeaf.Check(m, static (MemberContext m, ref MemberFacts f, ref CheckTrace t) => OralGermanKernel.ForAdult(ref f, ref t, Days.Of(m.Household.Household.DecisionDate), Members.IsAdult(m))),
        m => m.Person.Id);
}
