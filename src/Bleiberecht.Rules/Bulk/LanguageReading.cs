using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Which verdicts of element 8 (German, <see cref="LanguageKernel.Language"/>) <see cref="HouseholdBatch"/> stores
/// (storage only: the rule is the kernel, as <see cref="MisconductReading"/> for the exclusion grounds). For a person
/// whose level carries no date (<c>germanLevelSince</c>, ADR 0013) the requirement does not read the decision date, and
/// of the options it reads the required level, whether the proof is an oral check in person (A22) and whether a deficit
/// is bridged by a course (A23) — nothing else. The batch runs the kernel once per person under each
/// <see cref="Stored"/> reading at level A2 (no Land varied it, L4179-4180), and a compiled rule set whose options
/// match one reads the verdict from the person's row instead of running the kernel; another level, or a level with a
/// date, runs the kernel.
/// </summary>
internal static class LanguageReading
{
    /// <summary>Number of stored readings: oral check in person or not (bit 0) × deficit bridged by a course or not (bit 1).</summary>
    public const int Readings = 4;

    /// <summary>The required level of every stored reading.</summary>
    public const CefrLevel Level = CefrLevel.A2;

    /// <summary>The options of stored reading <c>i</c> (see <see cref="Readings"/>).</summary>
    public static readonly LanguageOptions[] Stored = [.. Enumerable.Range(0, Readings).Select(static i => new LanguageOptions
    {
        RequiredLevel = Level,
        ProofMode = (i & 1) != 0 ? LanguageProofMode.OralCheckInPerson : LanguageProofMode.Unspecified,
        DeficitOutcome = (i & 2) != 0 ? LanguageDeficitOutcome.ConditionalPermitWithCourse : LanguageDeficitOutcome.Refuse,
    })];

    /// <summary>The stored reading <paramref name="o"/> matches (its index), or -1 where the level differs.</summary>
    public static int Of(LanguageOptions o)
        => o.RequiredLevel != Level ? -1
            : (o.ProofMode == LanguageProofMode.OralCheckInPerson ? 1 : 0) + (o.DeficitOutcome == LanguageDeficitOutcome.ConditionalPermitWithCourse ? 2 : 0);
}
