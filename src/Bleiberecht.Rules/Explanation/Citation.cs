namespace Bleiberecht.Rules.Explanation;

/// <summary>What kind of authority a <see cref="Citation"/> points to.</summary>
public enum CitationKind
{
    /// <summary>Lines of the 2008 study of the resolution in its plain-text edition, e.g. <c>L804-807</c>.</summary>
    Source,

    /// <summary>A provision of a statute, e.g. <c>§ 23 Abs. 1 AufenthG</c>.</summary>
    Statute,

    /// <summary>A numbered point of the IMK resolution of 17.11.2006, e.g. <c>Punkt 9</c>.</summary>
    ImkPoint,

    /// <summary>
    /// General legal knowledge that the study does not print (marked [background] in the domain files). It is a
    /// default to verify, and is shown as such in every explanation.
    /// </summary>
    Background,

    /// <summary>Our own inference or arithmetic from the source ([derived] in the domain files).</summary>
    Derived,
}

/// <summary>A legal or documentary reference carried by every rule node and parameter.</summary>
/// <param name="Kind">The kind of authority.</param>
/// <param name="Reference">The reference text, e.g. <c>L1849-1850</c> or <c>§ 104a Abs. 1 Nr. 6 AufenthG</c>.</param>
public sealed record Citation(CitationKind Kind, string Reference)
{
    /// <summary>Lines of the study, e.g. <c>Citation.Source("L804-807")</c>.</summary>
    public static Citation Source(string lines) => new(CitationKind.Source, lines);

    /// <summary>A statutory provision.</summary>
    public static Citation Statute(string provision) => new(CitationKind.Statute, provision);

    /// <summary>A point of the IMK resolution.</summary>
    public static Citation Imk(string point) => new(CitationKind.ImkPoint, point);

    /// <summary>General legal knowledge outside the study; shown with a [background] marker.</summary>
    public static Citation Background(string what) => new(CitationKind.Background, what);

    /// <summary>Our own inference from the source; shown with a [derived] marker.</summary>
    public static Citation Derived(string what) => new(CitationKind.Derived, what);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CitationKind.Background => $"[background] {Reference}",
        CitationKind.Derived => $"[derived] {Reference}",
        CitationKind.ImkPoint => $"IMK {Reference}",
        _ => Reference,
    };
}
