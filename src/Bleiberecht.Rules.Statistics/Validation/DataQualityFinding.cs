using Bleiberecht.Rules.Statistics.Data;

namespace Bleiberecht.Rules.Statistics.Validation;

/// <summary>
/// One result of a data-quality rule (DQ-01 … DQ-41) on the study's published figures. A finding never changes a published number: it reports the
/// printed values side by side with the arithmetic, and travels with every statistics output.
/// </summary>
/// <param name="Id">Rule id, e.g. <c>DQ-05</c>.</param>
/// <param name="Severity">Severity.</param>
/// <param name="LandIso">ISO code of the Land concerned (DE for federal figures), or null for cross-cutting results.</param>
/// <param name="Place">Kommune name for Kommune findings, otherwise null.</param>
/// <param name="Message">What was found and how to read it.</param>
/// <param name="Arithmetic">The calculations (operands, result, compared printed value).</param>
/// <param name="SourceLines">Lines of the study the finding rests on.</param>
public sealed record DataQualityFinding(
    string Id,
    FindingSeverity Severity,
    string? LandIso,
    string? Place,
    string Message,
    IReadOnlyList<Calculation> Arithmetic,
    IReadOnlyList<SourceLineRange> SourceLines);
