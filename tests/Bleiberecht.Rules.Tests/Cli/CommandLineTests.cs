using System.Reflection;
using System.Text.Json;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;
using static Bleiberecht.Rules.Tests.Cli.CliRunner;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>Issue 12, item 3: the command line on System.CommandLine — help, version, JSON everywhere, exit codes.</summary>
public sealed class CommandLineTests
{
    private static string Sample(string name) => Path.Combine(RepoPaths.Samples, name);

    public static TheoryData<string> Commands() =>
    [
        "evaluate", "explain", "compare", "validate", "profiles", "profiles list", "profiles show", "stats", "simulate", "gap", "schema", "lawbook",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_answers_help_and_h_with_usage_and_examples(string command)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var (code, output, err) = Run([.. command.Split(' '), flag]);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, err);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
            Assert.Contains("Examples:", output, StringComparison.Ordinal);
            Assert.Contains("  bleiberecht " + command.Split(' ')[0], output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Top_level_help_lists_every_command_and_documents_the_exit_codes()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (var command in new[] { "evaluate", "explain", "compare", "validate", "profiles", "stats", "simulate", "gap", "schema", "lawbook" })
        {
            Assert.Contains("  " + command, output, StringComparison.Ordinal);
        }

        Assert.Contains("0  success", output, StringComparison.Ordinal);
        Assert.Contains("2  invalid input or usage", output, StringComparison.Ordinal);
        Assert.Contains("1  internal error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var expected = typeof(Bleiberecht.Rules.Cli.Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Equal(expected, output.Trim());
    }

    [Theory]
    [InlineData("evaluate", "--bogus")]
    [InlineData("explain", "--jsn")]
    [InlineData("compare", "--profil")]
    public void An_unknown_option_is_a_usage_error_with_exit_2(string command, string option)
    {
        var (code, output, err) = Run(command, RepoPaths.Samples, option);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(option, err, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_is_a_usage_error() => Assert.Equal(2, Run().Code);

    [Fact]
    public void Json_without_explanations_keeps_every_outcome_and_question_and_is_a_small_fraction_of_the_full_output()
    {
        var full = Run("evaluate", RepoPaths.Samples, "--json");
        var lean = Run("evaluate", RepoPaths.Samples, "--json", "--no-explanations");
        Assert.Equal(0, full.Code);
        Assert.Equal(0, lean.Code);
        using var f = JsonDocument.Parse(full.Out);
        using var l = JsonDocument.Parse(lean.Out);
        var fullCases = f.RootElement.EnumerateArray().ToList();
        var leanCases = l.RootElement.EnumerateArray().ToList();
        var files = Directory.GetFiles(RepoPaths.Samples, "*.json").Order(StringComparer.Ordinal).SelectMany(CaseJson.ReadFile).ToList();
        Assert.Equal(files.Count, leanCases.Count);
        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal(files[i].CaseId, leanCases[i].GetProperty("caseId").GetString());
            Assert.False(leanCases[i].TryGetProperty("explanation", out _));
            foreach (var property in new[] { "outcome", "grounds", "missing", "members" })
            {
                var leanValue = leanCases[i].GetProperty(property);
                var fullValue = fullCases[i].GetProperty(property);
                if (property == "members")
                {
                    Assert.Equal(fullValue.GetArrayLength(), leanValue.GetArrayLength());
                    for (var m = 0; m < fullValue.GetArrayLength(); m++)
                    {
                        Assert.False(leanValue[m].TryGetProperty("explanation", out _));
                        Assert.Equal(fullValue[m].GetProperty("outcome").GetString(), leanValue[m].GetProperty("outcome").GetString());
                        Assert.Equal(fullValue[m].GetProperty("grounds").GetRawText(), leanValue[m].GetProperty("grounds").GetRawText());
                        Assert.Equal(fullValue[m].GetProperty("missing").GetArrayLength(), leanValue[m].GetProperty("missing").GetArrayLength());
                    }
                }
                else
                {
                    Assert.True(JsonElement.DeepEquals(fullValue, leanValue), property);
                }
            }
        }

        // The point of the option: the trees are the bulk of the output (issue 12 measured 2.27 MB for the samples).
        Assert.True(lean.Out.Length * 20 < full.Out.Length, $"{lean.Out.Length} vs {full.Out.Length}");
    }

    [Fact]
    public void Failed_explanations_keep_only_nodes_not_met_and_every_ground_stays_visible()
    {
        var (code, output, _) = Run("evaluate", RepoPaths.Samples, "--json", "--explanations", "failed");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        foreach (var decision in doc.RootElement.EnumerateArray())
        {
            var root = decision.GetProperty("explanation");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            void Walk(JsonElement node, bool isRoot)
            {
                ids.Add(node.GetProperty("elementId").GetString()!);
                if (!isRoot)
                {
                    Assert.NotEqual("True", node.GetProperty("result").GetString());
                }

                foreach (var child in node.GetProperty("children").EnumerateArray())
                {
                    Walk(child, false);
                }
            }

            Walk(root, true);
            foreach (var ground in decision.GetProperty("grounds").EnumerateArray())
            {
                Assert.Contains(ground.GetString()!, ids);
            }
        }
    }

    [Fact]
    public void Json_lines_give_one_parseable_decision_per_household_in_input_order()
    {
        var (code, output, _) = Run("evaluate", RepoPaths.Samples, "--jsonl", "--no-explanations");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var cases = Directory.GetFiles(RepoPaths.Samples, "*.json").Order(StringComparer.Ordinal).SelectMany(CaseJson.ReadFile).ToList();
        Assert.Equal(cases.Select(c => c.CaseId), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()));
        Assert.Equal(2, Run("evaluate", RepoPaths.Samples, "--json", "--jsonl").Code);
    }

    [Fact]
    public void Standard_input_gives_the_same_decisions_as_the_file()
    {
        var file = Sample("11-family-spouse-conviction.json");
        var fromFile = Run("evaluate", file);
        var fromStdin = RunWithStdin(File.ReadAllBytes(file), "evaluate", "-");
        Assert.Equal(0, fromStdin.Code);
        Assert.Equal(fromFile.Out, fromStdin.Out);
    }

    [Fact]
    public void Several_files_and_a_wildcard_are_read_in_order()
    {
        var (code, output, _) = Run("evaluate", Sample("02-single-eight-years-permit.json"), Sample("01-family-permit.json"));
        Assert.Equal(0, code);
        Assert.Contains("# 2 households:", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("02-single", StringComparison.Ordinal) < output.IndexOf("01-family", StringComparison.Ordinal));

        var matching = Directory.GetFiles(RepoPaths.Samples, "1*.json").Length;
        var (wild, wildOut, _) = Run("evaluate", Path.Combine(RepoPaths.Samples, "1*.json"));
        Assert.Equal(0, wild);
        Assert.Contains($"# {matching} households:", wildOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_separates_the_outcome_column_names_and_its_json_counts_every_member()
    {
        var (code, output, _) = Run("compare", "--profile", "SL", "--profile", "BY", RepoPaths.Samples);
        Assert.Equal(0, code);
        var header = output.Split('\n')[1];
        Assert.Equal(
            ["A", "\\", "B", "ResidencePermit", "JobSearchDuldung", "StatutoryPermit104a", "Refusal", "Pending", "WithdrawnOrSettled", "NoApplication", "ProbationPermit104a", "DiscretionaryPermit"],
            header.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var (json, jsonOut, _) = Run("compare", "--profile", "SL", "--profile", "BY", RepoPaths.Samples, "--json");
        Assert.Equal(0, json);
        using var doc = JsonDocument.Parse(jsonOut);
        var members = Directory.GetFiles(RepoPaths.Samples, "*.json").SelectMany(CaseJson.ReadFile).Sum(c => c.Members.Count);
        Assert.Equal(members, doc.RootElement.GetProperty("members").GetInt32());
        Assert.Equal(members, doc.RootElement.GetProperty("transitions").EnumerateArray().Sum(t => t.GetProperty("members").GetInt32()));
        var changed = Assert.Single(doc.RootElement.GetProperty("changed").EnumerateArray(), c => c.GetProperty("caseId").GetString() == "20-job-outside-permitted-area");
        Assert.Equal("JobSearchDuldung", changed.GetProperty("from").GetString());
        Assert.Equal("ResidencePermit", changed.GetProperty("to").GetString());
    }

    [Fact]
    public void Profiles_and_validate_print_json()
    {
        // 16 Länder and the 12 Kommunen the study details (README, land-profiles.md).
        var (list, listOut, _) = Run("profiles", "list", "--json");
        Assert.Equal(0, list);
        using var profiles = JsonDocument.Parse(listOut);
        Assert.Equal(16, profiles.RootElement.EnumerateArray().Count(p => p.GetProperty("kind").GetString() == "Land"));
        Assert.Equal(12, profiles.RootElement.EnumerateArray().Count(p => p.GetProperty("kind").GetString() == "Kommune"));

        // Berlin: "Familien mit Kindern ab zwei Jahren" (L804-807).
        var (show, showOut, _) = Run("profiles", "show", "BE", "--json");
        Assert.Equal(0, show);
        using var berlin = JsonDocument.Parse(showOut);
        var childAge = Assert.Single(berlin.RootElement.GetProperty("options").EnumerateArray(), o => o.GetProperty("optionId").GetString() == "Family.MinChildAge");
        Assert.Equal("2", childAge.GetProperty("value").GetString());
        Assert.Equal("L804-807", childAge.GetProperty("lines").GetString());

        var (valid, validOut, _) = Run("validate", Path.Combine(RepoPaths.Samples, "variants", "berlin-child-age-one.json"), "--json");
        Assert.Equal(0, valid);
        using var variant = JsonDocument.Parse(validOut);
        Assert.Equal("BE", variant.RootElement.GetProperty("basedOn").GetString());
        Assert.Equal(1, variant.RootElement.GetProperty("overrides").GetProperty("Family.MinChildAge").GetInt32());
    }

    [Theory]
    [InlineData("schema")]
    [InlineData("schema", "--variant")]
    [InlineData("schema", "--json")]
    [InlineData("stats", "--json")]
    public void Json_output_parses(params string[] args)
    {
        var (code, output, _) = Run(args);
        Assert.Equal(0, code);
        using var _ = JsonDocument.Parse(output);
    }
}
