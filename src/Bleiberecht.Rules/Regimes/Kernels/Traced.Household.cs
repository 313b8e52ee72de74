using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>How a kernel reports a missing household fact (the § 104a regimes' decision date and work-livelihood history).</summary>
internal static partial class Traced
{
    /// <summary>A household fact the verdict needs is missing: it is asked, and the verdict is <see cref="Truth.Unknown"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Truth MissingHousehold<TTrace>(ref TTrace t, string property, string questionDe, string questionEn)
        where TTrace : struct, ITrace
    {
        if (TTrace.Enabled)
        {
            t.AskHousehold(property, questionDe, questionEn);
        }

        return Truth.Unknown;
    }
}
