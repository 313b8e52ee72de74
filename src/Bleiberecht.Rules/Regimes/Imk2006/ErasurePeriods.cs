using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options.Dated;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// The erasure periods of the Federal Central Register (Tilgungsfristen, § 46 BZRG [background]: verify against the
/// version in force on the decision date — the study prints none of them). Once a conviction is erased or erasable
/// it may no longer be held against the person (§ 51 Abs. 1 BZRG [background]), so element 19 stops counting it.
/// A parameter table, not constants: <see cref="Table"/> dates each version, and the decision date selects it.
/// </summary>
/// <param name="ShortYears">§ 46 Abs. 1 Nr. 1 a, b: five years.</param>
/// <param name="ShortMaxDayFines">Nr. 1 a: a fine of at most 90 day-fines, if no prison sentence is registered.</param>
/// <param name="ShortMaxPrisonMonths">Nr. 1 b: prison of at most three months, if no other sentence is registered.</param>
/// <param name="MediumYears">Nr. 2: ten years for fines and prison not covered by Nr. 1 ...</param>
/// <param name="MediumMaxPrisonMonths">... up to one year of prison.</param>
/// <param name="LongYears">Nr. 4: fifteen years otherwise (the twenty years of Nr. 3 for sexual offences are not encoded).</param>
/// <param name="Citation">Where the values come from.</param>
internal sealed record ErasurePeriods(
    int ShortYears,
    int ShortMaxDayFines,
    int ShortMaxPrisonMonths,
    int MediumYears,
    int MediumMaxPrisonMonths,
    int LongYears,
    Citation Citation)
{
    /// <summary>
    /// The periods as dated values. One version is encoded, for decisions from the IMK resolution (17.11.2006) on,
    /// which covers the IMK and § 104a procedures this library models; an earlier decision date finds no version
    /// and the erasure is then left open (Unknown) rather than guessed.
    /// </summary>
    public static DatedValues<ErasurePeriods> Table { get; } = new(
    [
        new Dated<ErasurePeriods>(
            new DateOnly(2006, 11, 17),
            new ErasurePeriods(5, 90, 3, 10, 12, 15, Citation.Background("§ 46 Abs. 1 Nr. 1 a/b, Nr. 2, Nr. 4 BZRG; verify")),
            Citation.Background("BZRG as in force 2006-2011; verify")),
    ]);

    /// <summary>
    /// The period (in years) for one sentence. <paramref name="otherEntries"/> says whether other (not erased)
    /// sentences are registered and <paramref name="otherPrison"/> whether one of them is a prison sentence (Nr. 1 a
    /// and b are only for a register without them). A life sentence is never erased (§ 45 Abs. 3 BZRG
    /// [background]): <see cref="int.MaxValue"/>.
    /// </summary>
    public int Years(SentenceKind sentence, bool life, int dayFines, int prisonMonths, bool otherEntries, bool otherPrison)
        => sentence == SentenceKind.DayFines
            ? (dayFines <= ShortMaxDayFines && !otherPrison ? ShortYears : MediumYears)
            : life ? int.MaxValue
            : prisonMonths <= ShortMaxPrisonMonths && !otherEntries ? ShortYears
            : prisonMonths <= MediumMaxPrisonMonths ? MediumYears
            : LongYears;
}
