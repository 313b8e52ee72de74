using System.Text;
using System.Text.Json;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Renders a <see cref="DiscretionEffectTable"/> as indented JSON (System.Text.Json; shares as numbers in [0, 1]).</summary>
public static class DiscretionEffectJsonRenderer
{
    /// <summary>The table as JSON, optionally with the population parameters and the run's size and seed.</summary>
    /// <param name="table">The table.</param>
    /// <param name="parameters">Population parameters to include (name, value, provenance), or null.</param>
    /// <param name="populationSeed">Seed of the population to include, or null.</param>
    public static string Render(DiscretionEffectTable table, PopulationParameters? parameters = null, long? populationSeed = null)
        => Render(table, parameters, populationSeed, null);

    /// <summary>Serialises the table with the run's metadata (version, commit, data hash, arguments, seed).</summary>
    /// <param name="table">The table.</param>
    /// <param name="parameters">Population parameters to include, if any.</param>
    /// <param name="populationSeed">Seed of the population, if known.</param>
    /// <param name="metadata">Run metadata, if any.</param>
    public static string Render(DiscretionEffectTable table, PopulationParameters? parameters, long? populationSeed, Reporting.RunMetadata? metadata)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            if (metadata is not null)
            {
                w.WriteStartObject("metadata");
                w.WriteString("version", metadata.Version);
                w.WriteString("commit", metadata.Commit);
                w.WriteString("dataSha256", metadata.DataSha256);
                w.WriteStartArray("arguments");
                foreach (var a in metadata.Arguments)
                {
                    w.WriteStringValue(a);
                }

                w.WriteEndArray();
                if (metadata.Seed is { } ms)
                {
                    w.WriteNumber("seed", ms);
                }
                else
                {
                    w.WriteNull("seed");
                }

                w.WriteEndObject();
            }

            w.WriteString("intervals", "simulation noise of one synthetic population (bootstrap over households); not parameter uncertainty");
            w.WriteNumber("households", table.Households);
            w.WriteNumber("persons", table.Persons);
            if (populationSeed is { } seed)
            {
                w.WriteNumber("populationSeed", seed);
            }

            w.WriteNumber("resamples", table.Resamples);
            w.WriteNumber("bootstrapSeed", table.BootstrapSeed);
            w.WriteString("baseRuleSet", table.Base.RuleSet);
            w.WriteString("method", table.Method);
            w.WriteString("caveat", table.Caveat);
            w.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                w.WriteStartObject();
                w.WriteString("ruleSet", row.RuleSet);
                w.WriteString("description", row.Description);
                Shares(w, "persons", row.PersonShares);
                Shares(w, "households", row.HouseholdShares);
                if (row.DecidedPermitShare is { } d)
                {
                    w.WriteStartObject("decidedPermitShare");
                    w.WriteNumber("share", Math.Round(d.Share, 6));
                    w.WriteNumber("lower", Math.Round(d.Lower, 6));
                    w.WriteNumber("upper", Math.Round(d.Upper, 6));
                    w.WriteNumber("differenceToBase", Math.Round(d.DifferenceToBase, 6));
                    w.WriteNumber("differenceLower", Math.Round(d.DifferenceLower, 6));
                    w.WriteNumber("differenceUpper", Math.Round(d.DifferenceUpper, 6));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (parameters is not null)
            {
                w.WriteStartArray("parameters");
                foreach (var e in parameters.Entries())
                {
                    w.WriteStartObject();
                    w.WriteString("name", e.Name);
                    w.WriteString("value", e.Value);
                    w.WriteString("provenance", e.Provenance.Kind.ToString());
                    w.WriteString("source", e.Provenance.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Shares(Utf8JsonWriter w, string name, IReadOnlyList<ShareEstimate> shares)
    {
        w.WriteStartObject(name);
        foreach (var s in shares)
        {
            w.WriteStartObject(JsonNamingPolicy.CamelCase.ConvertName(s.Category.ToString()));
            w.WriteNumber("share", Math.Round(s.Share, 6));
            w.WriteNumber("lower", Math.Round(s.Lower, 6));
            w.WriteNumber("upper", Math.Round(s.Upper, 6));
            w.WriteNumber("differenceToBase", Math.Round(s.DifferenceToBase, 6));
            w.WriteNumber("differenceLower", Math.Round(s.DifferenceLower, 6));
            w.WriteNumber("differenceUpper", Math.Round(s.DifferenceUpper, 6));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
