using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>
/// <c>--decision-date</c> (a what-if replacing every case's decision date, labelled as such) on compare, evaluate and
/// explain, and compare's routing of direct § 104a applications through <c>RuleSet.ForCase</c> on both sides.
/// </summary>
public class WhatIfDecisionDateCliTests
{
    private static string Sample(string name) => Path.Combine(RepoPaths.Samples, name);

    [Fact]
    public void Compare_with_a_what_if_date_shows_the_statute_in_force_on_the_same_households()
    {
        // Sample 01 is decided on 15.6.2007, before § 104a was in force (28.8.2007, L2598-2601): under the statute
        // "not in force" decides. Decided on 15.9.2007 instead, the statute's own elements decide.
        var (plainCode, plain, _) = CliRunner.Run("compare", "--regime", "s104a", Sample("01-family-permit.json"));
        Assert.Equal(0, plainCode);
        Assert.Contains("S104a.Basis.InForce", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("what-if", plain, StringComparison.Ordinal);

        var (code, output, err) = CliRunner.Run("compare", "--regime", "s104a", Sample("01-family-permit.json"), "--decision-date", "2007-09-15");
        Assert.True(code == 0, err);
        Assert.StartsWith("# what-if: every case decided on 2007-09-15", output, StringComparison.Ordinal);
        Assert.DoesNotContain("S104a.Basis.InForce", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_json_carries_the_what_if()
    {
        var (code, output, err) = CliRunner.Run("compare", "--regime", "s104a", Sample("01-family-permit.json"), "--decision-date", "2007-09-15", "--json");
        Assert.True(code == 0, err);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2007-09-15", doc.RootElement.GetProperty("whatIf").GetProperty("decisionDate").GetString());
    }

    [Theory]
    [InlineData("2007-13-01")]
    [InlineData("15.9.2007")]
    [InlineData("1899-12-31")]
    [InlineData("")]
    public void A_bad_date_is_a_usage_error(string date)
    {
        foreach (var command in new[] { "compare", "evaluate", "explain" })
        {
            var args = command == "compare"
                ? new[] { command, "--regime", "s104a", Sample("01-family-permit.json"), "--decision-date", date }
                : new[] { command, Sample("01-family-permit.json"), "--decision-date", date };
            var (code, output, err) = CliRunner.Run(args);
            Assert.Equal(2, code);
            Assert.Contains("--decision-date", err, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output);
        }
    }

    [Fact]
    public void Evaluate_and_explain_label_every_decision_as_a_what_if()
    {
        var (code, output, _) = CliRunner.Run("evaluate", Sample("01-family-permit.json"), "--regime", "s104a", "--decision-date", "2007-09-15");
        Assert.Equal(0, code);
        Assert.StartsWith("# what-if: every case decided on 2007-09-15", output, StringComparison.Ordinal);
        Assert.Contains("[what-if: decided 2007-09-15]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("S104a.Basis.InForce", output, StringComparison.Ordinal);

        var (jsonCode, json, _) = CliRunner.Run("evaluate", Sample("01-family-permit.json"), "--jsonl", "--no-explanations", "--decision-date", "2007-09-15");
        Assert.Equal(0, jsonCode);
        Assert.Contains("\"ruleSet\":\"IMK-2006 [what-if: decided 2007-09-15]\"", json, StringComparison.Ordinal);

        var (explainCode, explain, _) = CliRunner.Run("explain", Sample("01-family-permit.json"), "--decision-date", "2007-09-15", "--lang", "en");
        Assert.Equal(0, explainCode);
        Assert.Contains("[what-if: decided 2007-09-15]", explain, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_routes_a_direct_s104a_application_on_the_imk_side_as_evaluate_does()
    {
        // Sample 36 is a direct § 104a application (applicationUnder S104a): there is no IMK application, so side A
        // (--regime imk2006) decides it under § 104a as `evaluate --regime imk2006` does — a statutory permit
        // (hand-derived in SampleOutcomeTests) on both sides, nothing changes; before, A read it as a late IMK
        // application and refused it.
        var (evalCode, evaluated, _) = CliRunner.Run("evaluate", Sample("36-s104a-direct-application.json"), "--regime", "imk2006");
        Assert.Equal(0, evalCode);
        Assert.Contains("StatutoryPermit104a", evaluated, StringComparison.Ordinal);

        var (code, output, err) = CliRunner.Run("compare", "--regime", "imk2006", "--regime", "s104a", Sample("36-s104a-direct-application.json"), "--json");
        Assert.True(code == 0, err);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("changed").GetArrayLength());
        var t = Assert.Single(doc.RootElement.GetProperty("transitions").EnumerateArray());
        Assert.Equal("StatutoryPermit104a", t.GetProperty("from").GetString());
        Assert.Equal("StatutoryPermit104a", t.GetProperty("to").GetString());
    }
}
