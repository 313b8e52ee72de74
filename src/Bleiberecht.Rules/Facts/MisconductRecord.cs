namespace Bleiberecht.Rules.Facts;

/// <summary>
/// A finding of deception, obstruction of removal or absconding, with its period (elements 17, 18, 21).
/// </summary>
public sealed record MisconductRecord
{
    /// <summary>What happened.</summary>
    public required MisconductKind Kind { get; init; }

    /// <summary>First day of the conduct.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the conduct (e.g. when the true identity was disclosed); <c>null</c> if ongoing or unknown.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The conduct was deliberate (vorsätzlich, L182-184); negligent conduct is no ground.</summary>
    public bool? Deliberate { get; init; }

    /// <summary>For deception: it actually prevented removal (only asked where causality is required, L851-853).</summary>
    public bool? CausedNonRemoval { get; init; }

    /// <summary>For deception: it is of some weight ("von einigem Gewicht", NW decree, L2104-2108).</summary>
    public bool? OfSomeWeight { get; init; }

    /// <summary>For deception: it is outweighed by the person's integration (SH weighing, L3193-3197).</summary>
    public bool? OutweighedByIntegration { get; init; }
}

/// <summary>Kind of misconduct.</summary>
public enum MisconductKind
{
    /// <summary>Deliberate deception about facts relevant to residence, incl. identity (L182-184, L793-794).</summary>
    Deception,

    /// <summary>Deliberate delay or obstruction of removal (L1849-1850, L2106).</summary>
    Obstruction,

    /// <summary>Going into hiding (Untertauchen, L1869-1871).</summary>
    Absconding,
}
