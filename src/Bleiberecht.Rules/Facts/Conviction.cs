using System.Text.Json.Serialization;

namespace Bleiberecht.Rules.Facts;

/// <summary>A criminal conviction (element <c>IMK.Exclusion.Conviction</c>, L184, L1850).</summary>
public sealed record Conviction
{
    /// <summary>
    /// Date of the (first) judgment: the erasure period runs from it (§ 47 Abs. 1 with § 36 S. 1 BZRG [background]).
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>Committed in Germany ("im Bundesgebiet begangenen Straftat", L184).</summary>
    public bool? InGermany { get; init; }

    /// <summary>Intentional or negligent; only intentional offences count [background].</summary>
    public Culpability? Culpability { get; init; }

    /// <summary>The offence can only be committed by foreigners (AufenthG / AsylVfG), with the higher threshold.</summary>
    public bool? ForeignerOnlyOffence { get; init; }

    /// <summary>Kind of sentence.</summary>
    public SentenceKind? Sentence { get; init; }

    /// <summary>Number of day-fines (Tagessätze) for a fine.</summary>
    public int? DayFines { get; init; }

    /// <summary>
    /// The number of day-fines known only within bounds ("more than 50 day-fines" = <c>{ "min": 51 }</c>); read only
    /// where <see cref="DayFines"/> is unknown. The threshold and the erasure period are judged at both ends.
    /// </summary>
    public IntegerRange? DayFinesRange { get; init; }

    /// <summary>Months of imprisonment (also if suspended).</summary>
    public int? PrisonMonths { get; init; }

    /// <summary>
    /// A life sentence: never erased from the register (§ 45 Abs. 3 BZRG [background]). Recorded explicitly, so
    /// absence means a sentence of fixed length (<see cref="PrisonMonths"/>).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // Absent unless set, so existing cases are written as before.
    public bool LifeSentence { get; init; }

    /// <summary>
    /// Erasure (Tilgung, §§ 45-47, 51 BZRG [background]) as known from the register: <c>true</c> = erased or
    /// erasable, so it no longer counts; <c>false</c> = known to be still registered and not yet erasable at the
    /// decision date; <c>null</c> = decide from <see cref="Date"/> and the sentence with the erasure periods.
    /// </summary>
    public bool? Erased { get; init; }
}

/// <summary>Culpability of an offence.</summary>
public enum Culpability
{
    /// <summary>Intentional (vorsätzlich).</summary>
    Intentional,

    /// <summary>Negligent (fahrlässig).</summary>
    Negligent,
}

/// <summary>Kind of sentence.</summary>
public enum SentenceKind
{
    /// <summary>A fine in day-fines (Geldstrafe in Tagessätzen).</summary>
    DayFines,

    /// <summary>Imprisonment, suspended or not, or a youth penalty.</summary>
    Prison,
}
