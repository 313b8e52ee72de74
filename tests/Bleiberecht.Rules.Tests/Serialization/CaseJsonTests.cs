using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Tests.Serialization;

/// <summary>The JSON case format: every invalid document is a <see cref="JsonDocumentException"/> naming the JSON path.</summary>
public class CaseJsonTests
{
    private const string Member = """{ "id": "applicant", "role": "Applicant", "birthDate": "1970-01-01", "entryDate": "1998-01-01" }""";

    private static JsonDocumentException Fails(string json) => Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json, "test.json"));

    [Fact]
    public void A_minimal_case_loads_with_unknown_facts_as_null()
    {
        var h = Assert.Single(CaseJson.Read($$"""{ "caseId": "x", "members": [ {{Member}} ] }"""));
        Assert.Equal("x", h.CaseId);
        Assert.Null(h.DecisionDate);
        Assert.Null(h.Members[0].Convictions);
        Assert.Equal(new DateOnly(1998, 1, 1), h.Members[0].EntryDate);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_position()
    {
        var e = Fails($$"""{ "caseId": "x", "members": [ {{Member}}, ] """);
        var p = Assert.Single(e.Problems);
        Assert.StartsWith("$.members", p.Path, StringComparison.Ordinal);
        Assert.NotNull(p.Line);
        Assert.Equal("test.json", e.Source);
    }

    /// <summary>An unknown list is null as a whole; a null entry is an error at its path, never a crash.</summary>
    [Theory]
    [InlineData("employments")]
    [InlineData("interruptions")]
    [InlineData("statusHistory")]
    [InlineData("convictions")]
    [InlineData("misconduct")]
    public void A_null_entry_in_a_list_is_reported_at_its_path_with_its_line(string list)
    {
        var e = Fails($$"""
            { "caseId": "x", "members": [
              { "id": "a", "role": "Applicant" },
              { "id": "b", "role": "Spouse", "{{list}}": [ null ] } ] }
            """);
        var p = Assert.Single(e.Problems);
        Assert.Equal($"$.members[1].{list}[0]", p.Path);
        Assert.Equal(3, p.Line);
    }

    [Fact]
    public void Every_null_entry_is_reported_at_once()
    {
        var e = Fails("""{ "caseId": "x", "members": [ null, { "id": "b", "role": "Applicant", "convictions": [ {}, null ], "misconduct": [ null ] } ] }""");
        Assert.Equal(["$.members[0]", "$.members[1].convictions[1]", "$.members[1].misconduct[0]"], e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_null_entry_built_in_code_is_an_argument_error_naming_its_path_on_both_paths()
    {
        var h = TestCases.Single().With("applicant", p => p with { Employments = [TestCases.Job(), null!] });
        var explain = Assert.Throws<ArgumentException>(() => Rules.Evaluation.Evaluator.Evaluate(h));
        Assert.Contains("$.members[0].employments[1]", explain.Message, StringComparison.Ordinal);
        var bulk = Assert.Throws<ArgumentException>(() => Rules.Bulk.HouseholdBatch.Create([TestCases.Single(), h]));
        Assert.Contains("households[1].members[0].employments[1]", bulk.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void An_empty_document_says_so(string json)
    {
        var p = Assert.Single(Fails(json).Problems);
        Assert.Equal("$", p.Path);
        Assert.Contains("empty", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_that_is_not_a_date_is_reported_at_the_date()
    {
        var e = Fails("""{ "caseId": "x", "members": [ { "id": "a", "role": "Applicant", "entryDate": "last spring" } ] }""");
        Assert.Contains(e.Problems, p => p.Path == "$.members[0].entryDate");
    }

    [Fact]
    public void A_string_for_a_boolean_is_reported_at_the_fact()
    {
        var e = Fails("""{ "caseId": "x", "applicationFiled": "yes", "members": [ { "id": "a", "role": "Applicant" } ] }""");
        Assert.Contains(e.Problems, p => p.Path == "$.applicationFiled");
    }

    [Fact]
    public void A_misspelt_fact_is_an_error_not_a_silently_unknown_fact()
    {
        var e = Fails("""{ "caseId": "x", "members": [ { "id": "a", "role": "Applicant", "germanLevle": "A2" } ] }""");
        var p = Assert.Single(e.Problems);
        Assert.Contains("members[0]", p.Path, StringComparison.Ordinal);
        Assert.Contains("germanLevle", p.Path + " " + p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_members_are_reported()
    {
        var e = Fails("""{ "caseId": "x" }""");
        var p = Assert.Single(e.Problems);
        Assert.Contains("members", p.Path + " " + p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_member_list_is_reported_at_members()
    {
        var e = Fails("""{ "caseId": "x", "members": [] }""");
        Assert.Contains(e.Problems, p => p.Path == "$.members");
    }

    [Fact]
    public void Entry_before_birth_is_reported_at_the_entry_date()
    {
        var e = Fails("""{ "caseId": "x", "members": [ { "id": "a", "role": "Applicant" }, { "id": "b", "role": "Child", "birthDate": "2001-05-01", "entryDate": "2001-04-30" } ] }""");
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.members[1].entryDate", p.Path);
    }

    [Fact]
    public void Problems_in_an_array_of_cases_name_the_case_index()
    {
        var e = Fails("""[ { "caseId": "ok", "members": [ { "id": "a", "role": "Applicant" } ] }, { "caseId": "bad", "members": [ { "id": "a", "role": "Applicant" }, { "id": "a", "role": "Spouse" } ] } ]""");
        Assert.Contains(e.Problems, p => p.Path == "$[1].members[1].id");
    }

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_loads_and_its_case_id_is_the_file_name(string file)
    {
        var h = Assert.Single(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, file)));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), h.CaseId);
        Assert.NotEmpty(h.Members);
    }

    [Fact]
    public void There_are_at_least_fifteen_samples()
        => Assert.True(Directory.GetFiles(RepoPaths.Samples, "*.json").Length >= 15);

    [Fact]
    public void The_committed_schema_is_the_generated_schema()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "case.schema.json")).ReplaceLineEndings("\n");
        Assert.Equal(CaseJson.Schema().ReplaceLineEndings("\n"), committed);
    }

    /// <summary>Every fact of the case format is described in the schema (from the property's documentation).</summary>
    [Fact]
    public void Every_property_of_the_case_schema_has_a_description()
    {
        var undescribed = new List<string>();
        void Walk(System.Text.Json.Nodes.JsonNode? node, string path)
        {
            if (node is not System.Text.Json.Nodes.JsonObject obj)
            {
                return;
            }

            if (obj["properties"] is System.Text.Json.Nodes.JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    if (property is System.Text.Json.Nodes.JsonObject p && !p.ContainsKey("description"))
                    {
                        undescribed.Add($"{path}.{name}");
                    }

                    Walk(property, $"{path}.{name}");
                }
            }

            Walk(obj["items"], path + "[]");
        }

        var schema = System.Text.Json.Nodes.JsonNode.Parse(CaseJson.Schema());
        Walk(schema, "$");
        Assert.Empty(undescribed);
        Assert.Contains("erwerbsunfähig", schema!["properties"]!["members"]!["items"]!["properties"]!["unableToWork"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_and_reading_a_case_gives_the_same_facts()
    {
        var h = TestCases.Family().With("spouse", p => p with { Convictions = null, GermanLevel = null });
        var back = Assert.Single(CaseJson.Read(CaseJson.Write(h)));
        Assert.Equal(CaseJson.Write(h), CaseJson.Write(back));
        Assert.Null(back.Members[1].Convictions);
        Assert.NotNull(back.Members[0].Convictions);
    }
}
