using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>How a kernel reads a yes/no fact and reports it to its tracer (the kernel form of <c>Ask.YesNo</c>).</summary>
internal static partial class Traced
{
    private static readonly Label YesLabel = new("ja", "yes");
    private static readonly Label NoLabel = new("nein", "no");

    /// <summary>
    /// A leaf that is one yes/no fact: the verdict is the fact (or its negation if <paramref name="wanted"/> is
    /// false); the detail says "ja"/"nein", a missing fact is asked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth YesNo<TTrace>(ref TTrace t, Truth fact, string property, string questionDe, string questionEn, bool wanted = true)
        where TTrace : struct, ITrace
    {
        if (TTrace.Enabled)
        {
            if (fact == Truth.Unknown)
            {
                t.Ask(property, questionDe, questionEn);
            }
            else
            {
                t.Detail(fact == Truth.True ? YesLabel : NoLabel);
            }
        }

        return wanted ? fact : fact.Not();
    }

    /// <summary>A yes/no fact as one part of a conjunction: asked when missing, no detail of its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Part<TTrace>(ref TTrace t, Truth fact, string property, string questionDe, string questionEn, bool wanted = true)
        where TTrace : struct, ITrace
    {
        if (TTrace.Enabled && fact == Truth.Unknown)
        {
            t.Ask(property, questionDe, questionEn);
        }

        return wanted ? fact : fact.Not();
    }
}
