using Bleiberecht.Rules.Statistics.Validation;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>
/// Which data-quality findings concern which table 6.1 rate, so that a rate's caveats list only the findings about
/// that number (a Land's other findings stay in <see cref="LandReportRow.FindingIds"/>). The map follows the
/// quantities each rule of statistics.md §3 checks.
/// </summary>
internal static class FindingScope
{
    private static readonly string[] Applications = ["application_rate", "permit_rate", "refusal_rate", "undecided_share"];
    private static readonly string[] Permits = ["permit_rate", "decided_permit_rate"];
    private static readonly string[] Outcomes = ["permit_rate", "decided_permit_rate", "refusal_rate", "undecided_share"];

    private static readonly Dictionary<string, string[]> ById = new(StringComparer.Ordinal)
    {
        // The four columns do not partition the applications because job-search Duldungen overlap 'offen' and later
        // permits: that concerns the undecided share and the decided-case reading, not the printed permit count.
        ["DQ-02"] = ["undecided_share", "decided_permit_rate"],

        // Bounds of the outcome columns (AE + Ablehnung + offen ≤ Anträge): a contradiction in the row itself.
        ["DQ-03"] = Outcomes,

        // Table vs text/chapter figures of the permits or applications.
        ["DQ-06"] = [.. Applications, .. Permits],
        ["DQ-07"] = ["application_rate"],
        ["DQ-09"] = Permits,
        ["DQ-10"] = [.. Applications, .. Outcomes],
        ["DQ-11"] = Outcomes,
        ["DQ-12"] = Permits,
        ["DQ-13"] = [.. Applications, .. Outcomes],
        ["DQ-14"] = [.. Applications, .. Outcomes],
        ["DQ-15"] = [.. Applications, .. Outcomes],
        ["DQ-16"] = [.. Applications, .. Outcomes],
        ["DQ-17"] = [.. Applications, .. Outcomes],
        ["DQ-18"] = Permits,
        ["DQ-36"] = ["permit_rate"],
        ["DQ-39"] = Outcomes,
    };

    /// <summary>True when the finding is about the given rate of its Land's row.</summary>
    /// <param name="finding">A Land-level finding.</param>
    /// <param name="metric">Rate id.</param>
    public static bool Concerns(DataQualityFinding finding, string metric)
    {
        if (finding.Id == "DQ-01")
        {
            // Printed percentage check: the AE % concerns the permit rate, the Anträge % the application rate.
            return finding.Arithmetic.Any(c => c.Expression.Contains("AE", StringComparison.Ordinal)) ? metric == "permit_rate" : metric == "application_rate";
        }

        return ById.TryGetValue(finding.Id, out var metrics) && metrics.Contains(metric);
    }

    /// <summary>True when a unit caveat ("chapter counts METRIC in UNIT") concerns the rate.</summary>
    /// <param name="caveat">The caveat text.</param>
    /// <param name="metric">Rate id.</param>
    public static bool UnitCaveatConcerns(string caveat, string metric)
    {
        if (caveat.Contains("'Personen'", StringComparison.Ordinal) || caveat.Contains("chapter counts applications", StringComparison.Ordinal))
        {
            return metric != "decided_permit_rate";
        }

        return (caveat.Contains("chapter counts ae_granted", StringComparison.Ordinal) && Permits.Contains(metric))
            || (caveat.Contains("chapter counts rejected", StringComparison.Ordinal) && metric is "refusal_rate" or "decided_permit_rate")
            || (caveat.Contains("chapter counts undecided", StringComparison.Ordinal) && metric == "undecided_share");
    }
}
