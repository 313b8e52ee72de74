using Bleiberecht.Rules.Statistics.Inference;
using Bleiberecht.Rules.Statistics.Reporting;
using Bleiberecht.Rules.Statistics.Validation;

namespace Bleiberecht.Rules.Statistics.Gap;

/// <summary>
/// The researcher's question "how much of the permit gap between two Länder is discretion?", answered as far as the
/// data allow: the published gap with its interval, next to the gap the encoded discretion produces on one common
/// synthetic population, the options behind it, and everything that limits the comparison. The remainder is not
/// attributed: it holds the populations, practice the study does not encode, reporting dates and counting units.
/// </summary>
/// <param name="LandA">First Land (ISO code), e.g. <c>SL</c>.</param>
/// <param name="LandB">Second Land, e.g. <c>BY</c>.</param>
/// <param name="NameA">First Land's name as in table 6.1.</param>
/// <param name="NameB">Second Land's name.</param>
/// <param name="PublishedA">The first Land's permit rate (Aufenthaltserlaubnisse / Anträge, table 6.1) with its intervals and caveats.</param>
/// <param name="PublishedB">The second Land's permit rate.</param>
/// <param name="SourceLineA">The line of the first Land's row in table 6.1.</param>
/// <param name="SourceLineB">The line of the second Land's row.</param>
/// <param name="PublishedDifference">Rate B − rate A.</param>
/// <param name="PublishedDifferenceInterval">Newcombe hybrid score 95 % interval of the difference.</param>
/// <param name="Coded">The encoded discretion's effect on one synthetic population.</param>
/// <param name="CodedShareOfGap">
/// Coded difference / published difference; null when the published interval includes 0 (no gap to share out). A
/// negative value means the encoded discretion points the other way.
/// </param>
/// <param name="DifferingOptions">Options on which the two profiles differ, with their source lines.</param>
/// <param name="Findings">Data-quality findings on the two Länder's figures (they travel with the numbers).</param>
/// <param name="Caveats">What the comparison can and cannot show.</param>
/// <param name="DecidedA">The first Land's permit rate per decided case (permits / (permits + refusals)); absent where refusals are k.A.</param>
/// <param name="DecidedB">The second Land's permit rate per decided case.</param>
/// <param name="UndecidedA">The first Land's backlog: undecided / applications.</param>
/// <param name="UndecidedB">The second Land's backlog.</param>
/// <param name="PublishedDecidedDifference">Decided rate B − decided rate A; null when either is absent.</param>
/// <param name="PublishedDecidedDifferenceInterval">Newcombe 95 % interval of that difference.</param>
/// <param name="PublishedDifferenceExcludingUndecided">permits / (applications − undecided), B − A: a third reading of the gap; null when undecided is k.A.</param>
/// <param name="CodedDecided">The coded effect on the decided-case share (persons: permits / (permits + refusals)) with a paired bootstrap interval.</param>
/// <param name="CodedShareOfGapBounds">Coded / published per-application difference with conservative bounds (units differ: persons vs applications).</param>
/// <param name="CodedShareOfDecidedGap">Coded / published decided-case difference with conservative bounds: the like-for-like share.</param>
/// <param name="Metadata">Version, commit, data hash, arguments and seed of the run.</param>
public sealed record PermitGap(
    string LandA,
    string LandB,
    string NameA,
    string NameB,
    RateEstimate PublishedA,
    RateEstimate PublishedB,
    int SourceLineA,
    int SourceLineB,
    double PublishedDifference,
    ConfidenceInterval PublishedDifferenceInterval,
    CodedDiscretionEffect Coded,
    double? CodedShareOfGap,
    IReadOnlyList<OptionDifference> DifferingOptions,
    IReadOnlyList<DataQualityFinding> Findings,
    IReadOnlyList<string> Caveats,
    RateEstimate DecidedA,
    RateEstimate DecidedB,
    RateEstimate UndecidedA,
    RateEstimate UndecidedB,
    double? PublishedDecidedDifference,
    ConfidenceInterval? PublishedDecidedDifferenceInterval,
    double? PublishedDifferenceExcludingUndecided,
    CodedDiscretionEffect? CodedDecided,
    GapShare? CodedShareOfGapBounds,
    GapShare? CodedShareOfDecidedGap,
    RunMetadata Metadata);
