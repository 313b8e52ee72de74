using Bleiberecht.Rules.Cli;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>The command-line tool through <see cref="Program.Run"/>: outputs and exit codes.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Gap_prints_the_published_and_the_coded_difference_and_rejects_a_missing_Land()
    {
        var (code, output, _) = Run("gap", "SL", "BY", "--size", "300");
        Assert.Equal(0, code);
        Assert.Contains("Permit gap BY − SL (Bayern vs Saarland)", output, StringComparison.Ordinal);
        Assert.Contains("SL Saarland (L4357): 47 / 788", output, StringComparison.Ordinal);
        Assert.Contains("Residence.ResidenzpflichtLifted", output, StringComparison.Ordinal);

        var (json, jsonOut, _) = Run("gap", "SL", "BY", "--size", "300", "--json");
        Assert.Equal(0, json);
        Assert.Equal("SL", System.Text.Json.JsonDocument.Parse(jsonOut).RootElement.GetProperty("landA").GetString());

        var (bad, _, err) = Run("gap", "SL");
        Assert.Equal(2, bad);
        Assert.Contains("usage: bleiberecht gap", err, StringComparison.Ordinal);
        Assert.Equal(2, Run("gap", "SL", "Atlantis").Code);
    }

    [Fact]
    public void Profiles_show_lists_the_dated_values_with_their_periods()
    {
        var (code, output, _) = Run("profiles", "show", "BE");
        Assert.Equal(0, code);
        Assert.Contains("dated values (1; the decision date selects):", output, StringComparison.Ordinal);
        // Berlin: instruction of 4.12.2006 (1.10.2007, L798-801), amendment of 7.3.2007 (18.5.2007, L801-802).
        Assert.Contains("{date: 2007-10-01, extensionAfterDeadline: false} from 2006-12-04 until 2007-03-06 (L798-801)", output, StringComparison.Ordinal);
        Assert.Contains("{date: 2007-05-18, extensionAfterDeadline: false} from 2007-03-07 (L801-802)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("dated values", Run("profiles", "show", "BY").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_on_the_samples_folder_prints_one_line_per_person()
    {
        var (code, output, _) = Run("evaluate", RepoPaths.Samples);
        Assert.Equal(0, code);

        var cases = Directory.GetFiles(RepoPaths.Samples, "*.json").SelectMany(CaseJson.ReadFile).ToList();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#') && !l.StartsWith("case ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(cases.Sum(c => c.Members.Count), lines.Count);
        foreach (var c in cases)
        {
            foreach (var p in c.Members)
            {
                Assert.Contains(lines, l => l.StartsWith(c.CaseId + " ", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] == p.Id);
            }
        }
    }

    [Fact]
    public void A_malformed_file_exits_with_2_and_names_the_json_path()
    {
        var dir = Directory.CreateTempSubdirectory("bleiberecht-cli-");
        try
        {
            var file = Path.Combine(dir.FullName, "bad.json");
            File.WriteAllText(file, """{ "caseId": "bad", "members": [ { "id": "a", "role": "Applicant", "entryDate": "31.12.1999" } ] }""");
            var (code, _, err) = Run("evaluate", file);
            Assert.Equal(2, code);
            Assert.Contains("$.members[0].entryDate", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Explain_on_the_spouse_conviction_sample_names_the_ground_its_citation_and_the_member()
    {
        var (code, output, _) = Run("explain", Path.Combine(RepoPaths.Samples, "11-family-spouse-conviction.json"), "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("IMK.Exclusion.Conviction", output, StringComparison.Ordinal);
        Assert.Contains("L184", output, StringComparison.Ordinal);
        Assert.Contains("mother", output, StringComparison.Ordinal);
        Assert.Contains("Refusal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_exits_with_2()
    {
        var (code, _, err) = Run("decide", RepoPaths.Samples);
        Assert.Equal(2, code);
        Assert.Contains("decide", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_with_2()
        => Assert.Equal(2, Run("evaluate", Path.Combine(RepoPaths.Samples, "does-not-exist.json")).Code);
}
