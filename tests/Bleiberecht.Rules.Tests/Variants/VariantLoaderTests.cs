using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;
using Bleiberecht.Rules.Variants;

namespace Bleiberecht.Rules.Tests.Variants;

/// <summary>Issue 3, item 4: loading and validating rule-variant documents.</summary>
public sealed class VariantLoaderTests
{
    private static string VariantsDir => Path.Combine(RepoPaths.Samples, "variants");

    private static IReadOnlyList<JsonProblem> Problems(string json)
        => Assert.Throws<JsonDocumentException>(() => VariantLoader.Load(json, "test.json")).Problems;

    private static string Doc(string overrides, string basedOn = "base", string extra = "") => $$"""
        {
          "name": "t",
          "basedOn": "{{basedOn}}",{{extra}}
          "overrides": {{{overrides}}}
        }
        """;

    [Theory]
    [InlineData("")]
    [InlineData(" \n")]
    public void An_empty_variant_file_says_so(string json)
    {
        var p = Assert.Single(Problems(json));
        Assert.Equal("$", p.Path);
        Assert.Contains("empty", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_reported_without_the_parser_s_internal_positions()
    {
        var p = Assert.Single(Problems("{ \"name\": "));
        Assert.StartsWith("not valid JSON", p.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", p.Message, StringComparison.Ordinal);
        Assert.NotNull(p.Line);
    }

    [Fact]
    public void Invalid_demo_reports_exactly_its_three_problems_with_path_line_and_column()
    {
        var file = Path.Combine(VariantsDir, "invalid-demo.json");
        var e = Assert.Throws<JsonDocumentException>(() => VariantLoader.LoadFile(file));
        Assert.Equal(3, e.Problems.Count);

        var unknown = Assert.Single(e.Problems, p => p.Path == "$.overrides['Family.MinChildAg']");
        Assert.Contains("unknown option id", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Family.MinChildAge'", unknown.Message, StringComparison.Ordinal);

        var basedOn = Assert.Single(e.Problems, p => p.Path == "$.basedOn");
        Assert.Contains("Bayernn", basedOn.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'BY'", basedOn.Message, StringComparison.Ordinal);

        var type = Assert.Single(e.Problems, p => p.Path == "$.overrides['Exclusion.DeceptionLookbackYears']");
        Assert.Contains("wrong type", type.Message, StringComparison.Ordinal);

        // Lines as in the file: basedOn on line 4, the two overrides on lines 6 and 7.
        var lines = File.ReadAllLines(file);
        foreach (var p in e.Problems)
        {
            Assert.NotNull(p.Line);
            Assert.NotNull(p.Column);
            var line = lines[(int)p.Line!.Value - 1];
            var key = p.Path == "$.basedOn" ? "\"basedOn\"" : "\"" + p.Path.Split('\'')[1] + "\"";
            Assert.Equal(line.IndexOf(key, StringComparison.Ordinal) + 1, (int)p.Column!.Value);
        }

        Assert.Equal([4L, 6L, 7L], e.Problems.Select(p => p.Line!.Value).Order());
    }

    [Fact]
    public void An_unknown_root_property_is_reported_with_a_did_you_mean()
    {
        var p = Assert.Single(Problems(Doc("", extra: "\n  \"overides\": {},")));
        Assert.Equal("$.overides", p.Path);
        Assert.Contains("unknown property 'overides'", p.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'overrides'", p.Message, StringComparison.Ordinal);
        Assert.Equal(4, p.Line);
    }

    [Theory]
    [InlineData("\"Family.MinChildAge\": 30", "Family.MinChildAge", "30")]
    [InlineData("\"Income.WageFloor\": { \"minShareOfCollectiveOrLocalWage\": 70 }", "Income.WageFloor", "70")]
    [InlineData("\"Exclusion.ConvictionDayFineThreshold\": { \"general\": 100, \"foreignerOnlyOffences\": 90 }", "Exclusion.ConvictionDayFineThreshold", "foreignerOnlyOffences (90) must not be below general (100)")]
    [InlineData("\"Deadline.Application\": \"2070-05-18\"", "Deadline.Application", "2070-05-18")]
    [InlineData("\"Deadline.WorkTakeUp\": { \"date\": \"2070-09-30\", \"extensionAfterDeadline\": false }", "Deadline.WorkTakeUp", "2070-09-30")]
    public void Out_of_range_values_are_reported_at_their_path(string overrides, string option, string mention)
    {
        var p = Assert.Single(Problems(Doc("\n    " + overrides + "\n  ")));
        Assert.Equal($"$.overrides['{option}']", p.Path);
        Assert.Contains("out of range", p.Message, StringComparison.Ordinal);
        Assert.Contains(mention, p.Message, StringComparison.Ordinal);
        Assert.Equal(5, p.Line);
        Assert.Equal(5, p.Column);
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        var problems = Problems(Doc("\n    \"Family.MinChildAge\": 30,\n    \"Exclusion.AbscondingIsGround\": \"no\",\n    \"Nope\": 1\n  ", basedOn: "Bayernn"));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Empty_overrides_are_valid_and_give_the_baseline()
    {
        var v = VariantLoader.Load(Doc(""));
        Assert.Empty(v.Overrides);
        Assert.Equal(ImkOptions.Base, v.ToRuleSet().Options);

        var by = VariantLoader.Load(Doc("", basedOn: "BY"));
        Assert.Equal(ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BY")!).Options, by.ToRuleSet().Options);
    }

    public static TheoryData<string> SampleVariants()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(VariantsDir, "*.json").Where(f => !f.EndsWith("invalid-demo.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleVariants))]
    public void Each_sample_variant_loads_and_builds_a_rule_set(string file)
    {
        var v = VariantLoader.LoadFile(Path.Combine(VariantsDir, file));
        Assert.NotEmpty(v.Overrides);
        var ruleSet = v.ToRuleSet();
        Assert.Equal("variant:" + v.Name, ruleSet.Name);
        Assert.NotEqual(ImkOptions.Base, ruleSet.Options);
    }

    [Fact]
    public void Berlin_child_age_one_overrides_Berlin()
    {
        var v = VariantLoader.LoadFile(Path.Combine(VariantsDir, "berlin-child-age-one.json"));
        var berlin = ProfileCatalog.ToRuleSet(ProfileCatalog.Find("BE")!).Options;
        Assert.Equal(berlin with { Family = berlin.Family with { MinChildAge = 1 } }, v.ToRuleSet().Options);
    }

    [Fact]
    public void The_generated_schema_equals_the_committed_one()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "variant.schema.json")).ReplaceLineEndings("\n");
        Assert.Equal(committed, VariantSchema.Generate().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_variant_based_on_a_Kommune_inherits_its_Land()
    {
        var kommune = ProfileCatalog.All.First(p => p.Kind == ProfileKind.Kommune
            && ProfileCatalog.Find(p.Land)!.Values.Any(lv => lv.Status == OptionStatus.Stated && OptionApplier.IsApplied(lv.OptionId) && OptionApplier.Apply(ImkOptions.Base, lv) != ImkOptions.Base && p.Find(lv.OptionId) is null));
        var land = ProfileCatalog.Find(kommune.Land)!;
        var inherited = land.Values.First(lv => lv.Status == OptionStatus.Stated && OptionApplier.IsApplied(lv.OptionId) && OptionApplier.Apply(ImkOptions.Base, lv) != ImkOptions.Base && kommune.Find(lv.OptionId) is null);

        var v = VariantLoader.Load(Doc("", basedOn: kommune.Id));
        var options = v.ToRuleSet().Options;

        // The Land's value, which the Kommune does not state, is in force under the Kommune-based variant.
        Assert.Equal(OptionApplier.Apply(options, inherited), options);
        Assert.NotEqual(OptionApplier.Apply(ImkOptions.Base, inherited), ImkOptions.Base);
        Assert.Equal(ProfileCatalog.ToRuleSet(kommune).Options, options);
    }
}
