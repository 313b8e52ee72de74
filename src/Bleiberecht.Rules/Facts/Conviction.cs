namespace Bleiberecht.Rules.Facts;

/// <summary>A criminal conviction (element <c>IMK.Exclusion.Conviction</c>, L184, L1850).</summary>
public sealed record Conviction
{
    /// <summary>Date of the judgment.</summary>
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

    /// <summary>Months of imprisonment (also if suspended).</summary>
    public int? PrisonMonths { get; init; }
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
