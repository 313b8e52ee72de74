using System.Text.Json;
using Bleiberecht.Rules.Tests.Serialization;
using static Bleiberecht.Rules.Tests.Cli.CliRunner;

namespace Bleiberecht.Rules.Tests.Paths;

/// <summary>The <c>paths</c> command: help, the JSON shape documented in the README, usage errors with exit 2.</summary>
public sealed class PathsCommandTests
{
    private static string Sample(string name) => Path.Combine(RepoPaths.Samples, name + ".json");

    [Fact]
    public void Help_shows_usage_and_examples()
    {
        var (code, output, err) = Run("paths", "--help");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
        Assert.Contains("--max-changes", output, StringComparison.Ordinal);
        Assert.Contains("--where", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var (code, output, err) = Run("paths", Sample("14-language-below-a2"), "--json", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var root = JsonDocument.Parse(output).RootElement;
        var result = Assert.Single(root.EnumerateArray());
        Assert.Equal("14-language-below-a2", result.GetProperty("caseId").GetString());
        Assert.Equal("IMK-2006", result.GetProperty("ruleSet").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("member").ValueKind);
        Assert.Equal("Refusal", result.GetProperty("outcome").GetString());
        Assert.False(result.GetProperty("grantsAsIs").GetBoolean());
        Assert.Equal(3, result.GetProperty("maxChanges").GetInt32());
        Assert.Equal(1, result.GetProperty("shortestLength").GetInt32());
        var path = Assert.Single(result.GetProperty("paths").EnumerateArray());
        var change = Assert.Single(path.GetProperty("changes").EnumerateArray());
        Assert.Equal("ReachGermanLevel", change.GetProperty("kind").GetString());
        Assert.Equal("applicant", change.GetProperty("member").GetString());
        Assert.Equal("IMK.Integration.Language", Assert.Single(path.GetProperty("elementsTurnedMet").EnumerateArray()).GetString());
        Assert.Equal("ResidencePermit", Assert.Single(path.GetProperty("members").EnumerateArray()).GetProperty("outcome").GetString());
    }

    [Fact]
    public void Pending_case_lists_its_questions_with_both_answers()
    {
        var (code, output, _) = Run("paths", Sample("13-unknown-facts-pending"), "--json");
        Assert.Equal(0, code);
        var result = JsonDocument.Parse(output).RootElement[0];
        var housing = result.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("path").GetString() == "$.housing.sufficient");
        Assert.True(housing.GetProperty("favourable").GetBoolean());
        Assert.False(housing.GetProperty("unfavourable").GetBoolean());
        Assert.Equal("Refusal", housing.GetProperty("outcomeIfUnfavourable").GetString());
        Assert.Equal(4, result.GetProperty("paths")[0].GetProperty("answers").GetArrayLength());
    }

    [Fact]
    public void Where_lists_the_base_rule_and_every_profile()
    {
        var (code, output, _) = Run("paths", "--where", Sample("04-family-job-search-duldung"), "--json");
        Assert.Equal(0, code);
        var ruleSets = JsonDocument.Parse(output).RootElement[0].GetProperty("ruleSets");
        Assert.Equal(1 + Rules.Profiles.ProfileCatalog.All.Count, ruleSets.GetArrayLength());
        Assert.Equal("IMK-2006", ruleSets[0].GetProperty("ruleSet").GetString());
        Assert.Equal(1, ruleSets[0].GetProperty("shortestLength").GetInt32());
    }

    [Fact]
    public void Summary_over_case_files_prints_one_row_per_rule_set()
    {
        var (code, output, err) = Run("paths", "--summary", "--resamples", "50", RepoPaths.Samples, "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(17, root.GetProperty("ruleSets").GetArrayLength());
        var imk = root.GetProperty("ruleSets")[0];
        Assert.Equal(root.GetProperty("households").GetInt32(), imk.GetProperty("lengths").EnumerateArray().Sum(l => l.GetProperty("households").GetInt32()));
    }

    [Theory]
    [InlineData("paths", "--member", "nobody", "SAMPLE")]
    [InlineData("paths", "--where", "--profile", "BY", "SAMPLE")]
    [InlineData("paths", "--max-changes", "0", "SAMPLE")]
    [InlineData("paths", "--max-changes", "7", "SAMPLE")]
    [InlineData("paths", "--simulate", "10", "SAMPLE")]
    [InlineData("paths", "--summary")]
    [InlineData("paths")]
    public void Bad_usage_exits_2_with_a_reason(params string[] args)
    {
        var (code, output, err) = Run(args.Select(a => a == "SAMPLE" ? Sample("04-family-job-search-duldung") : a).ToArray());
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, err);
    }
}
