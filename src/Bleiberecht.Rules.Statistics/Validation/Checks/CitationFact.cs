using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation.Checks;

/// <summary>
/// A citation as printed in the text together with what the bibliography says about it (rule DQ-37). These
/// facts are transcribed from the study because they are not part of the two CSV files.
/// </summary>
/// <param name="LandIso">Land concerned, or null.</param>
/// <param name="Figure">What the citation supports.</param>
/// <param name="CitedAs">Identifier as cited in the text.</param>
/// <param name="ListedAs">Identifier as listed in the bibliography; null when not listed.</param>
/// <param name="DocumentDate">Date of the cited document, if known.</param>
/// <param name="FigureDate">Reference date of the supported figures, if any.</param>
/// <param name="Lines">Lines of the citation and the bibliography entry.</param>
/// <param name="DateNote">Why the document cannot be dated against the figures, when the printed date belongs to something else.</param>
internal sealed record CitationFact(string? LandIso, string Figure, string CitedAs, string? ListedAs, DateOnly? DocumentDate, DateOnly? FigureDate, SourceLineRange[] Lines, string? DateNote = null);
