using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>A kernel's verdict with the fixed detail that explains it (reported only when traced).</summary>
internal static class Because
{
    /// <summary>Reports <paramref name="why"/> to the tracer and returns <paramref name="verdict"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth Of<TTrace>(ref TTrace t, Truth verdict, Label why)
        where TTrace : struct, ITrace
    {
        if (TTrace.Enabled)
        {
            t.Detail(why);
        }

        return verdict;
    }
}
