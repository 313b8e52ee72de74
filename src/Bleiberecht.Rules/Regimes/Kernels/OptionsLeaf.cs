using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>A kernel over the accessor <typeparamref name="TFacts"/> specialised for the explain path, reading the rule set's options.</summary>
/// <typeparam name="TFacts">The object-graph accessor.</typeparam>
/// <param name="f">The facts.</param>
/// <param name="t">The collecting tracer.</param>
/// <param name="o">The rule set's options.</param>
internal delegate Truth OptionsKernel<TFacts>(ref TFacts f, ref CheckTrace t, ImkOptions o)
    where TFacts : struct;

/// <summary>
/// Runs a kernel whose facts are not one person's or the household's own (a job, the livelihood with its jobs) on the
/// explain path, as <see cref="KernelLeaf"/> does for those: its verdict and reports become the explanation leaf.
/// </summary>
internal static class OptionsLeaf
{
    /// <summary>The leaf's <see cref="Predicates.Check"/>; <paramref name="facts"/> keeps what the kernel cached in it.</summary>
    public static Check Check<TFacts>(ref TFacts facts, ImkOptions o, OptionsKernel<TFacts> kernel)
        where TFacts : struct
    {
        var trace = new CheckTrace(-1);
        var result = kernel(ref facts, ref trace, o);
        return trace.ToCheck(result);
    }
}
