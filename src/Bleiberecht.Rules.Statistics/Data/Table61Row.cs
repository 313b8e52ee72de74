namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// One row of table 6.1 "Umsetzung des IMK-Beschlusses in Deutschland" (L4322-4365) exactly as printed.
/// A null count is a printed "k.A." (keine Angabe): it is missing, never zero. All values of a row are printed on the
/// same line, <see cref="SourceLine"/>.
/// </summary>
/// <param name="LandIso">ISO 3166-2 Land code, <c>DE</c> for the federal total. The printed label "SA" is Sachsen = <c>SN</c>.</param>
/// <param name="PrintedLabel">Row label as printed (e.g. "SA" for Sachsen, L4359).</param>
/// <param name="LandName">German Land name.</param>
/// <param name="Duldungen">"Duldungen gesamt (31.10.06)", L4325-4327.</param>
/// <param name="Antraege">"Anträge", L4329-4330.</param>
/// <param name="AntraegePctPrinted">Printed share Anträge / Duldungen in percent.</param>
/// <param name="Aufenthaltserlaubnisse">Residence permits granted; the column header is missing in the printed table (L4320-4369); the values are the permits.</param>
/// <param name="AePctPrinted">Printed share permits / Anträge in percent.</param>
/// <param name="DuldungArbeitssuche">"Arbeitssuche": job-search Duldungen (Punkt 9), L4331-4332.</param>
/// <param name="Ablehnung">"Ablehnung": rejections, L4334.</param>
/// <param name="Offen">"Noch nicht entschieden": undecided, L4334-4335.</param>
/// <param name="SourceLine">The line of the row in the study.</param>
public sealed record Table61Row(
    string LandIso,
    string PrintedLabel,
    string LandName,
    int? Duldungen,
    int? Antraege,
    decimal? AntraegePctPrinted,
    int? Aufenthaltserlaubnisse,
    decimal? AePctPrinted,
    int? DuldungArbeitssuche,
    int? Ablehnung,
    int? Offen,
    int SourceLine)
{
    /// <summary>True for the federal total row (DE, L4365).</summary>
    public bool IsFederalTotal => LandIso == "DE";

    /// <summary>The citation of this row.</summary>
    public SourceLineRange Source => SourceLineRange.Line(SourceLine);

    /// <summary>Value of a numeric column by its <see cref="Table61Column"/>; null = k.A.</summary>
    /// <param name="column">The column.</param>
    public int? Get(Table61Column column) => column switch
    {
        Table61Column.Duldungen => Duldungen,
        Table61Column.Antraege => Antraege,
        Table61Column.Aufenthaltserlaubnisse => Aufenthaltserlaubnisse,
        Table61Column.DuldungArbeitssuche => DuldungArbeitssuche,
        Table61Column.Ablehnung => Ablehnung,
        Table61Column.Offen => Offen,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}
