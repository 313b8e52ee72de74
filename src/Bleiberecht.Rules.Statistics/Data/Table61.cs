namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// Table 6.1 of the study (L4320-4369): 16 Land rows plus the printed DE total. Source as printed:
/// "BMI BT-Drucksache 16/6832, ergänzt durch ZPKF" (L4367).
/// </summary>
/// <param name="Rows">All 17 rows in printed order.</param>
public sealed record Table61(IReadOnlyList<Table61Row> Rows)
{
    /// <summary>The 16 Land rows in printed order.</summary>
    public IReadOnlyList<Table61Row> Laender => Rows.Where(r => !r.IsFederalTotal).ToArray();

    /// <summary>The printed federal total row (DE).</summary>
    public Table61Row FederalTotal => Rows.Single(r => r.IsFederalTotal);

    /// <summary>The row for an ISO code (SN, not the printed SA).</summary>
    /// <param name="landIso">ISO 3166-2 code or DE.</param>
    public Table61Row Get(string landIso) => Rows.Single(r => r.LandIso == landIso);
}
