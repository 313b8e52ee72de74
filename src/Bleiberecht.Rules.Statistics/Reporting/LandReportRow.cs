using Bleiberecht.Rules.Statistics.Inference;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>
/// One row of the report: the printed table 6.1 values (never altered), the recomputed percentages next to the
/// printed ones, and four rates (application, permit, refusal, job-search Duldung) plus the decided-case rate
/// (permits / (permits + refusals)) with intervals.
/// </summary>
/// <param name="LandIso">ISO code (DE for the total).</param>
/// <param name="PrintedLabel">Row label as printed ("SA" for Sachsen).</param>
/// <param name="LandName">Land name.</param>
/// <param name="SourceLine">Line of the row in the study.</param>
/// <param name="Duldungen">Printed Duldungen (31.10.2006).</param>
/// <param name="Antraege">Printed applications.</param>
/// <param name="AntraegePctPrinted">Printed Anträge/Duldungen %.</param>
/// <param name="AntraegePctRecomputed">Recomputed, rounded half up to one decimal.</param>
/// <param name="Aufenthaltserlaubnisse">Printed permits.</param>
/// <param name="AePctPrinted">Printed AE/Anträge %.</param>
/// <param name="AePctRecomputed">Recomputed, rounded half up to one decimal.</param>
/// <param name="DuldungArbeitssuche">Printed job-search Duldungen (null = k.A.).</param>
/// <param name="Ablehnung">Printed rejections (null = k.A.).</param>
/// <param name="Offen">Printed undecided (null = k.A.).</param>
/// <param name="ApplicationRate">Anträge / Duldungen.</param>
/// <param name="PermitRate">Aufenthaltserlaubnisse / Anträge.</param>
/// <param name="DecidedPermitRate">Aufenthaltserlaubnisse / (Aufenthaltserlaubnisse + Ablehnung): the rate per decided case, free of backlog.</param>
/// <param name="RefusalRate">Ablehnung / Anträge.</param>
/// <param name="UndecidedShare">Noch nicht entschieden / Anträge.</param>
/// <param name="FindingIds">Ids of the Warning/Error findings about this Land.</param>
public sealed record LandReportRow(
    string LandIso,
    string PrintedLabel,
    string LandName,
    int SourceLine,
    int? Duldungen,
    int? Antraege,
    decimal? AntraegePctPrinted,
    decimal? AntraegePctRecomputed,
    int? Aufenthaltserlaubnisse,
    decimal? AePctPrinted,
    decimal? AePctRecomputed,
    int? DuldungArbeitssuche,
    int? Ablehnung,
    int? Offen,
    RateEstimate ApplicationRate,
    RateEstimate PermitRate,
    RateEstimate DecidedPermitRate,
    RateEstimate RefusalRate,
    RateEstimate UndecidedShare,
    IReadOnlyList<string> FindingIds);
