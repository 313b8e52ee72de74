using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>A kernel specialised for the explain path: the object accessor and the collecting tracer.</summary>
/// <param name="m">The member (its options and JSON path).</param>
/// <param name="f">The member's facts.</param>
/// <param name="t">The collecting tracer.</param>
internal delegate Truth MemberKernel(MemberContext m, ref MemberFacts f, ref CheckTrace t);

/// <summary>A household kernel specialised for the explain path.</summary>
/// <param name="h">The household (its options).</param>
/// <param name="f">The household's facts.</param>
/// <param name="t">The collecting tracer.</param>
internal delegate Truth HouseholdKernel(HouseholdContext h, ref HouseholdObjectFacts f, ref CheckTrace t);

/// <summary>Runs a kernel on the explain path and turns its verdict and reports into an explanation leaf.</summary>
internal static class KernelLeaf
{
    /// <summary>The leaf's <see cref="Predicates.Check"/> for member <paramref name="m"/>.</summary>
    public static Check Check(MemberContext m, MemberKernel kernel)
    {
        var facts = new MemberFacts(m.Person);
        var trace = new CheckTrace(m.Index);
        var result = kernel(m, ref facts, ref trace);
        return trace.ToCheck(result);
    }

    /// <summary>The leaf's <see cref="Predicates.Check"/> for household <paramref name="h"/>.</summary>
    public static Check Check(HouseholdContext h, HouseholdKernel kernel)
    {
        var facts = new HouseholdObjectFacts(h.Household);
        var trace = new CheckTrace(-1);
        var result = kernel(h, ref facts, ref trace);
        return trace.ToCheck(result);
    }
}
