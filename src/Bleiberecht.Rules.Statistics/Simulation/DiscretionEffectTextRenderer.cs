using System.Globalization;
using System.Text;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Renders a <see cref="DiscretionEffectTable"/> as fixed-width text (invariant culture, percentages).</summary>
public static class DiscretionEffectTextRenderer
{
    /// <summary>The table at person level, at household level, the differences to the base, the method and the caveat.</summary>
    /// <param name="table">The table.</param>
    public static string Render(DiscretionEffectTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Discretion effect: {table.Households} households, {table.Persons} persons, {table.Rows.Count} rule sets; 95 % bootstrap intervals ({table.Resamples} resamples, seed {table.BootstrapSeed})").AppendLine();
        sb.AppendLine();
        Shares(sb, table, "Persons: share in % [95 % interval]", r => r.PersonShares);
        sb.AppendLine();
        Shares(sb, table, "Households: share in % [95 % interval] (Other includes households with mixed outcomes)", r => r.HouseholdShares);
        sb.AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"Persons: difference to {table.Base.RuleSet} in percentage points [paired 95 % interval]").AppendLine();
        sb.Append("Rule set".PadRight(10));
        foreach (var c in OutcomeCategories.All)
        {
            sb.Append(c.ToString().PadLeft(22));
        }

        sb.AppendLine();
        foreach (var row in table.Rows.Skip(1))
        {
            sb.Append(row.RuleSet.PadRight(10));
            foreach (var s in row.PersonShares)
            {
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"{100 * s.DifferenceToBase:+0.0;-0.0;0.0} [{100 * s.DifferenceLower:+0.0;-0.0;0.0}, {100 * s.DifferenceUpper:+0.0;-0.0;0.0}]").PadLeft(22));
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        sb.Append("Method: ").AppendLine(table.Method);
        sb.Append("Caveat: ").AppendLine(table.Caveat);
        return sb.ToString();
    }

    private static void Shares(StringBuilder sb, DiscretionEffectTable table, string title, Func<DiscretionEffectRow, IReadOnlyList<ShareEstimate>> pick)
    {
        sb.AppendLine(title);
        sb.Append("Rule set".PadRight(10));
        foreach (var c in OutcomeCategories.All)
        {
            sb.Append(c.ToString().PadLeft(20));
        }

        sb.AppendLine();
        foreach (var row in table.Rows)
        {
            sb.Append(row.RuleSet.PadRight(10));
            foreach (var s in pick(row))
            {
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"{100 * s.Share:0.0} [{100 * s.Lower:0.0}, {100 * s.Upper:0.0}]").PadLeft(20));
            }

            sb.AppendLine();
        }
    }
}
