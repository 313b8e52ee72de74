using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>Elements 23-24: an application ("Antrag auf Erteilung eines Aufenthaltstitels", L137-138), filed in time (L706-707); the rules are <see cref="ProcedureKernel"/>.</summary>
internal static class ProcedureElements
{
    /// <summary>Element 23.</summary>
    public static readonly Rule<HouseholdContext> Application = new Condition<HouseholdContext>(
        ImkElements.Application,
        static h => KernelLeaf.Check(h, static (HouseholdContext _, ref HouseholdObjectFacts f, ref CheckTrace t) => ProcedureKernel.Application(ref f, ref t)));

    /// <summary>Element 24: filed on or before <c>Deadline.Application</c> (A30).</summary>
    public static readonly Rule<HouseholdContext> ApplicationDeadline = new Condition<HouseholdContext>(
        ImkElements.ApplicationDeadline,
        static h => KernelLeaf.Check(h, static (HouseholdContext h, ref HouseholdObjectFacts f, ref CheckTrace t) => ProcedureKernel.ApplicationDeadline(ref f, ref t, h.Options.Deadline)));
}
