using System.Globalization;
using System.Security.Cryptography;
using Bleiberecht.Rules.Statistics.Gap;
using Bleiberecht.Rules.Statistics.Reporting;
using Bleiberecht.Rules.Statistics.Simulation;
using Microsoft.Data.Analysis;

namespace Bleiberecht.Rules.Statistics.Tests;

/// <summary>The tidy CSV export read back with an independent reader (Microsoft.Data.Analysis DataFrame).</summary>
public class TidyExportTests
{
    private static readonly StatisticsReport Report = StatisticsReport.Build(
        Data.StatisticsDataset.LoadEmbedded(), 1, RunMetadata.ForEmbeddedData(["stats", "--format", "csv"], null));

    private static DataFrame Load(string csv)
    {
        var header = csv[..csv.IndexOf('\n', StringComparison.Ordinal)].Split(',');
        return DataFrame.LoadCsvFromString(csv, dataTypes: header.Select(_ => typeof(string)).ToArray(), cultureInfo: CultureInfo.InvariantCulture);
    }

    private static string? Cell(DataFrameRow row, DataFrame df, string column) => (string?)row[df.Columns.IndexOf(column)];

    [Fact]
    public void Stats_csv_round_trips_into_a_DataFrame_with_one_row_per_estimate_pair_and_finding()
    {
        var df = Load(CsvReportRenderer.Render(Report));
        Assert.Equal([.. CsvReportRenderer.Columns, .. TidyCsv.MetadataColumns], df.Columns.Select(c => c.Name));

        // 17 rows × 5 rates, per view 1 homogeneity + 6 heterogeneity rows, C(16,2) = 120 and C(15,2) = 105 pairs,
        // 2 correlations, every finding.
        Assert.Equal((17 * 5) + (2 * 7) + 120 + 105 + 2 + Report.Findings.Count, df.Rows.Count);

        var rows = df.Rows.ToArray();
        var bySl = Assert.Single(rows, r => Cell(r, df, "section") == "pair" && Cell(r, df, "view") == "per_application"
            && Cell(r, df, "land_a") == "BY" && Cell(r, df, "land_b") == "SL");
        Assert.Equal((1618.0 / 3400) - (47.0 / 788), double.Parse(Cell(bySl, df, "estimate")!, CultureInfo.InvariantCulture), 12);

        var homogeneity = Assert.Single(rows, r => Cell(r, df, "section") == "homogeneity" && Cell(r, df, "view") == "per_application");
        Assert.True(string.IsNullOrEmpty(Cell(homogeneity, df, "p_value")));
        Assert.Equal(-649.83002909548363, double.Parse(Cell(homogeneity, df, "log10_p_value")!, CultureInfo.InvariantCulture), 6);

        // No p-value is written as 0: empty (below double range) or positive.
        foreach (var r in rows)
        {
            foreach (var column in new[] { "p_value", "holm_p_value" })
            {
                var text = Cell(r, df, column);
                Assert.True(string.IsNullOrEmpty(text) || double.Parse(text, CultureInfo.InvariantCulture) > 0, column + " is 0");
            }
        }

        var rp = Assert.Single(rows, r => Cell(r, df, "section") == "rate" && Cell(r, df, "land_a") == "RP" && Cell(r, df, "metric") == "decided_permit_rate");
        Assert.True(string.IsNullOrEmpty(Cell(rp, df, "estimate")));
        Assert.Contains("k.A.", Cell(rp, df, "message"), StringComparison.Ordinal);
    }

    // The data hash is SHA-256 over table-6-1.csv followed by land-chapter-figures.csv, recomputed here from the files
    // in the repository with System.Security.Cryptography.
    [Fact]
    public void Every_row_carries_version_commit_data_hash_and_arguments()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bleiberecht.Rules.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var data = Path.Combine(dir!.FullName, "src", "Bleiberecht.Rules.Statistics", "Data");
        var bytes = File.ReadAllBytes(Path.Combine(data, "table-6-1.csv")).Concat(File.ReadAllBytes(Path.Combine(data, "land-chapter-figures.csv"))).ToArray();
        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var df = Load(CsvReportRenderer.Render(Report));
        foreach (var r in df.Rows)
        {
            Assert.Equal(expected, Cell(r, df, "data_sha256"));
            Assert.Equal("stats --format csv", Cell(r, df, "arguments"));
            Assert.False(string.IsNullOrEmpty(Cell(r, df, "version")));
            Assert.False(string.IsNullOrEmpty(Cell(r, df, "commit")));
        }

        Assert.Contains(expected, TextReportRenderer.Render(Report), StringComparison.Ordinal);
        Assert.Contains(expected, JsonReportRenderer.Render(Report), StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_with_commas_quotes_and_newlines_are_quoted_per_RFC_4180()
    {
        var csv = new TidyCsv(["a", "b"], new RunMetadata("1", "c", "h", ["x,y"], 7));
        csv.Row(new Dictionary<string, string?> { ["a"] = "say \"hi\", then\nleave", ["b"] = null });
        var df = Load(csv.ToString());
        Assert.Equal(1, df.Rows.Count);
        Assert.Equal("say \"hi\", then\nleave", (string?)df.Rows[0][0]);
        Assert.Equal("x,y", (string?)df.Rows[0][df.Columns.IndexOf("arguments")]);
        Assert.Equal("7", (string?)df.Rows[0][df.Columns.IndexOf("seed")]);
        Assert.Throws<ArgumentException>(() => csv.Row(new Dictionary<string, string?> { ["z"] = "1" }));
    }

    // Small population (CI runs on 2 cores): 200 households, 40 resamples.
    [Fact]
    public void Simulate_and_gap_csv_read_back_with_noise_labels_and_seed()
    {
        var population = PopulationGenerator.Generate(PopulationParameters.Default, 200, 5);
        var table = WhatIfRunner.Run(population, WhatIfRunner.RuleSetsFor(["BY"]), new WhatIfOptions(40, 5));
        var meta = RunMetadata.ForEmbeddedData(["simulate", "--size", "200", "--seed", "5"], 5);
        var sim = Load(DiscretionEffectCsvRenderer.Render(table, PopulationParameters.Default, meta));
        var shares = sim.Rows.Where(r => Cell(r, sim, "section") == "share").ToArray();
        Assert.Equal(2 * ((2 * 5) + 1), shares.Length);
        Assert.All(shares, r => Assert.Contains("simulation noise", Cell(r, sim, "interval_note"), StringComparison.Ordinal));
        Assert.All(sim.Rows, r => Assert.Equal("5", Cell(r, sim, "seed")));
        Assert.Equal(PopulationParameters.Default.Entries().Count, sim.Rows.Count(r => Cell(r, sim, "section") == "parameter"));

        var gap = PermitGapAnalysis.Compute(Data.StatisticsDataset.LoadEmbedded(), "SL", "BY", 200, 5, resamples: 40, metadata: meta);
        var g = Load(PermitGapCsvRenderer.Render(gap, gap.Metadata));
        var decided = Assert.Single(g.Rows, r => Cell(r, g, "section") == "published" && Cell(r, g, "view") == "decided" && Cell(r, g, "metric") == "difference");
        Assert.Equal((1618.0 / 2027) - (47.0 / 120), double.Parse(Cell(decided, g, "estimate")!, CultureInfo.InvariantCulture), 12);
    }
}
