namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>Conversion between the CSV spelling of a unit and <see cref="CountingUnit"/>.</summary>
public static class CountingUnits
{
    private static readonly (string Text, CountingUnit Unit)[] Map =
    [
        ("persons", CountingUnit.Persons), ("applications", CountingUnit.Applications), ("families", CountingUnit.Families),
        ("households", CountingUnit.Households), ("cases", CountingUnit.Cases), ("residence_permits", CountingUnit.ResidencePermits),
        ("residence_titles", CountingUnit.ResidenceTitles), ("duldungen", CountingUnit.Duldungen), ("percent", CountingUnit.Percent),
        ("ratio", CountingUnit.Ratio), ("rank", CountingUnit.Rank), ("list_position", CountingUnit.ListPosition), ("eur", CountingUnit.Eur),
        ("eur_per_month", CountingUnit.EurPerMonth), ("eur_per_hour", CountingUnit.EurPerHour), ("weeks", CountingUnit.Weeks),
        ("projects", CountingUnit.Projects), ("companies", CountingUnit.Companies),
    ];

    /// <summary>Parses the CSV spelling; returns false for an unknown unit.</summary>
    /// <param name="text">CSV spelling, e.g. <c>residence_permits</c>.</param>
    /// <param name="unit">The parsed unit.</param>
    public static bool TryParse(string text, out CountingUnit unit)
    {
        foreach (var (t, u) in Map)
        {
            if (string.Equals(t, text, StringComparison.Ordinal))
            {
                unit = u;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>The CSV spelling of a unit.</summary>
    /// <param name="unit">The unit.</param>
    public static string ToCsv(this CountingUnit unit) => Map.First(m => m.Unit == unit).Text;

    /// <summary>True for units that count decisions or people (not money, ranks or shares).</summary>
    /// <param name="unit">The unit.</param>
    public static bool IsHeadcount(this CountingUnit unit) => unit is CountingUnit.Persons or CountingUnit.Applications
        or CountingUnit.Families or CountingUnit.Households or CountingUnit.Cases or CountingUnit.ResidencePermits
        or CountingUnit.ResidenceTitles or CountingUnit.Duldungen;
}
