using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The options that decide whether a misconduct record counts (elements 17, 18, 21; A16/A17): causality,
/// weighing and look-back. Without a look-back the verdict depends on the facts and one of six readings only, so
/// <see cref="HouseholdBatch"/> evaluates all six once and a rule set just picks its <see cref="Index"/>.
/// </summary>
internal readonly record struct MisconductReading(bool RequiresCausality, DeceptionWeighing Weighing, int LookbackYears)
{
    /// <summary>Number of readings without a look-back: causality (2) × weighing (3).</summary>
    public const int DeceptionReadings = 6;

    /// <summary>No look-back (element 17 counts deceptions however long ago).</summary>
    public const int NoLookback = int.MinValue;

    /// <summary>A reading without look-back.</summary>
    public static MisconductReading WithoutLookback(bool requiresCausality, DeceptionWeighing weighing) => new(requiresCausality, weighing, NoLookback);

    /// <summary>The reading at <paramref name="index"/> (the inverse of <see cref="Index"/>).</summary>
    public static MisconductReading FromIndex(int index) => WithoutLookback(index >= 3, (DeceptionWeighing)(index % 3));

    /// <summary>Whether a look-back applies (then the verdict also depends on the decision date).</summary>
    public bool HasLookback => LookbackYears != NoLookback;

    /// <summary>Position among the <see cref="DeceptionReadings"/> precomputed verdicts (look-back ignored).</summary>
    public int Index => (RequiresCausality ? 3 : 0) + (int)Weighing;
}
