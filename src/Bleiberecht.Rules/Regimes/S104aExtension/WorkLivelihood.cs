using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// § 104a Abs. 5 S. 2 AufenthG [background]: verify — the household's livelihood was mostly secured by work until
/// 31.12.2009 (more than half of the period's months), or has been secured independently, not only temporarily,
/// since 1.4.2009 at the latest. Read from <see cref="Facts.WorkLivelihoodHistory"/>; a missing fact is asked.
/// </summary>
internal static class WorkLivelihood
{
    /// <summary>Either case of Abs. 5 S. 2 (Kleene or); the leaves run <see cref="ExtensionKernels"/>.</summary>
    public static readonly Rule<HouseholdContext> Rule = new AnyOf<HouseholdContext>(
        ExtensionMeta.WorkLivelihood,
        [
            new Condition<HouseholdContext>(ExtensionMeta.Mostly, static h => KernelLeaf.Check(h, static (HouseholdContext _, ref HouseholdObjectFacts f, ref CheckTrace t) => ExtensionKernels.MostlyByWork(ref f, ref t))),
            new Condition<HouseholdContext>(ExtensionMeta.FullySince, static h => KernelLeaf.Check(h, static (HouseholdContext _, ref HouseholdObjectFacts f, ref CheckTrace t) => ExtensionKernels.FullySince(ref f, ref t))),
        ]);
}
