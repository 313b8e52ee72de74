using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary><c>--regime</c> on evaluate / explain / compare, and <c>regimes list</c>.</summary>
public class RegimeCliTests
{
    private static string Sample(string name) => Path.Combine(RepoPaths.Samples, name);

    [Fact]
    public void Regimes_list_names_both_regimes_with_their_element_counts()
    {
        var (code, output, _) = CliRunner.Run("regimes", "list");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("imk2006 ", lines[1], StringComparison.Ordinal);
        Assert.Contains($" {Rules.Regimes.Regime.Imk2006.Elements.Length} ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("s104a ", lines[2], StringComparison.Ordinal);
        Assert.Contains("§ 104a AufenthG", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("s104a-extension ", lines[3], StringComparison.Ordinal);
        Assert.Contains("§ 104a Abs. 5, Abs. 6 AufenthG", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_explain_and_compare_take_the_extension_regime()
    {
        // Sample 38 is an extension application: decided under its own regime whatever --regime says (ForCase).
        var (code, output, _) = CliRunner.Run("evaluate", Sample("38-s104a-extension-by-work.json"), "--regime", "s104a-extension");
        Assert.Equal(0, code);
        Assert.Contains("ResidencePermit", output, StringComparison.Ordinal);
        Assert.Contains("2011-12-31", output, StringComparison.Ordinal);
        Assert.Contains("@s104a-extension", output, StringComparison.Ordinal);

        var (explainCode, explain, _) = CliRunner.Run("explain", Sample("41-s104a-extension-probation-imk2009.json"), "--regime", "s104a-extension", "--lang", "en");
        Assert.Equal(0, explainCode);
        Assert.Contains("S104a.Abs5.Imk2009", explain, StringComparison.Ordinal);

        // An IMK household under the extension regime lacks the extension's facts: asked, never granted.
        var (_, imk, _) = CliRunner.Run("evaluate", Sample("01-family-permit.json"), "--regime", "s104a-extension");
        Assert.Contains("workLivelihood", imk, StringComparison.Ordinal);
        Assert.DoesNotContain("ResidencePermit", imk, StringComparison.Ordinal);

        var (compareCode, _, compareErr) = CliRunner.Run("compare", "--regime", "imk2006", "--regime", "s104a-extension", RepoPaths.Samples);
        Assert.True(compareCode == 0, compareErr);
    }

    [Fact]
    public void Evaluate_decides_a_sample_under_the_statute_with_a_profile()
    {
        var (code, output, _) = CliRunner.Run("evaluate", Sample("27-s104a-single-probation.json"), "--regime", "s104a", "--profile", "BY");
        Assert.Equal(0, code);
        Assert.Contains("ProbationPermit104a", output, StringComparison.Ordinal);
        Assert.Contains("@s104a", output, StringComparison.Ordinal);

        // The default is the IMK regime: the same case is refused for the application deadline.
        var (_, imk, _) = CliRunner.Run("evaluate", Sample("27-s104a-single-probation.json"));
        Assert.Contains("IMK.Procedure.ApplicationDeadline", imk, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_samples_under_the_statute_decides_every_sample()
    {
        var (code, output, _) = CliRunner.Run("evaluate", RepoPaths.Samples, "--regime", "s104a");
        Assert.Equal(0, code);
        var count = Directory.GetFiles(RepoPaths.Samples, "*.json").Length;
        Assert.Contains($"# {count} households:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_regime_is_a_usage_error()
    {
        var (code, _, err) = CliRunner.Run("evaluate", Sample("01-family-permit.json"), "--regime", "imk2009");
        Assert.NotEqual(0, code);
        Assert.Contains("imk2009", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_the_statutes_elements()
    {
        var (code, output, _) = CliRunner.Run("explain", Sample("29-s104a-language-after-deadline.json"), "--regime", "s104a", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("S104a.Abs1.Nr2", output, StringComparison.Ordinal);
        Assert.Contains("deadline 1.7.2008 passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_across_regimes_counts_the_transitions_and_attributes_them()
    {
        var (code, output, _) = CliRunner.Run("compare", "--regime", "s104a", Sample("26-s104a-family-livelihood-secured.json"), Sample("27-s104a-single-probation.json"), "--json");
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var transitions = doc.RootElement.GetProperty("transitions").EnumerateArray()
            .Select(t => (t.GetProperty("from").GetString(), t.GetProperty("to").GetString(), t.GetProperty("members").GetInt32())).ToList();

        // Hand-derived: IMK refuses all four members (deadline); § 104a grants the family three regular permits and
        // the single applicant a permit on probation.
        Assert.Equal([("Refusal", "StatutoryPermit104a", 3), ("Refusal", "ProbationPermit104a", 1)], transitions.OrderByDescending(t => t.Item3));
        var attribution = doc.RootElement.GetProperty("attribution").EnumerateArray().Select(a => a.GetProperty("elementId").GetString()).ToList();
        Assert.Contains("IMK.Procedure.ApplicationDeadline", attribution);
    }

    [Fact]
    public void Compare_the_same_profile_under_two_regimes()
    {
        var (code, output, _) = CliRunner.Run("compare", "--profile", "BY", "--regime", "imk2006", "--regime", "s104a", Sample("28-s104a-language-deferred.json"));
        Assert.Equal(0, code);
        Assert.Contains("-> BY@s104a", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_direct_s104a_application_is_decided_under_the_statute_by_default()
    {
        var (code, output, _) = CliRunner.Run("evaluate", Sample("36-s104a-direct-application.json"));
        Assert.Equal(0, code);
        Assert.Contains("StatutoryPermit104a", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_basis_is_read_by_name_only()
    {
        var (code, _, err) = CliRunner.RunWithStdin(System.Text.Encoding.UTF8.GetBytes("{\"caseId\":\"x\",\"applicationUnder\":\"3\",\"members\":[{\"id\":\"a\",\"role\":\"Applicant\"}]}"), "evaluate", "-");
        Assert.Equal(2, code);
        Assert.Contains("$.applicationUnder", err, StringComparison.Ordinal);
    }
}
