using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Tests.Serialization;

/// <summary>Error messages say what was expected and what was found, so a user can fix the file without the source.</summary>
public class CaseJsonErrorTextTests
{
    private static JsonProblem Single(string json) => Assert.Single(Assert.Throws<JsonDocumentException>(() => CaseJson.Read(json, "t")).Problems);

    [Fact]
    public void Invalid_date_names_the_format_and_the_value()
    {
        var p = Single("""{"caseId":"x","members":[{"id":"a","role":"Applicant","birthDate":"1970-13-01"}]}""");
        Assert.Equal("$.members[0].birthDate", p.Path);
        Assert.Contains("YYYY-MM-DD", p.Message, StringComparison.Ordinal);
        Assert.Contains("1970-13-01", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_value_lists_the_allowed_values()
    {
        var p = Single("""{"caseId":"x","members":[{"id":"a","role":"Boss"}]}""");
        Assert.Equal("$.members[0].role", p.Path);
        Assert.Contains("Applicant, Spouse, Child, OtherRelative", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_property_gets_a_suggestion()
    {
        var p = Single("""{"caseId":"x","members":[{"id":"a","role":"Applicant","germanLevl":"A2"}]}""");
        Assert.Equal("$.members[0].germanLevl", p.Path);
        Assert.Contains("did you mean 'germanLevel'", p.Message, StringComparison.Ordinal);
    }
}
