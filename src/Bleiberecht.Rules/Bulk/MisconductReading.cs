using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Which verdicts of elements 17, 18, 20 and 21 <see cref="HouseholdBatch"/> stores (storage only: the rules are
/// <see cref="MisconductKernel"/> and <see cref="ExtremismKernel"/>). Without a look-back those verdicts depend on the
/// facts and, for element 17, on one of six readings (causality A13 × weighing A14) only, so the batch runs the kernels
/// once per person under each <see cref="Stored"/> reading and a compiled rule set picks the one its options match.
/// </summary>
internal static class MisconductReading
{
    /// <summary>Number of stored readings of element 17: causality (2) × weighing (3).</summary>
    public const int DeceptionReadings = 6;

    /// <summary>
    /// The options of stored reading <c>i</c>: causality if <c>i ≥ 3</c>, weighing <c>i mod 3</c>; no look-back and
    /// absconding a ground (the defaults), which is also the reading of elements 18, 20 and 21 (<c>Stored[0]</c>).
    /// </summary>
    public static readonly ExclusionOptions[] Stored = [.. Enumerable.Range(0, DeceptionReadings).Select(static i => new ExclusionOptions { DeceptionRequiresCausality = i >= 3, DeceptionWeighing = (DeceptionWeighing)(i % 3) })];

    /// <summary>The stored reading of element 17 that <paramref name="o"/> matches (its index), or -1 if a look-back makes it read the decision date.</summary>
    public static int Deception(ExclusionOptions o)
        => MisconductKernel.Lookback(MisconductKind.Deception, o) is null ? (o.DeceptionRequiresCausality ? 3 : 0) + (int)o.DeceptionWeighing : -1;

    /// <summary>Element 18's stored verdict holds under <paramref name="o"/>.</summary>
    public static bool Obstruction(ExclusionOptions o) => MisconductKernel.Lookback(MisconductKind.Obstruction, o) is null;

    /// <summary>Element 21's stored verdict holds under <paramref name="o"/>.</summary>
    public static bool Absconding(ExclusionOptions o) => o.AbscondingIsGround == Stored[0].AbscondingIsGround && MisconductKernel.Lookback(MisconductKind.Absconding, o) is null;

    /// <summary>Element 20's stored verdict holds under <paramref name="o"/>.</summary>
    public static bool Extremism(ExclusionOptions o) => o.ExtremismLookbackYears is null;
}
