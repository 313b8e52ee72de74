using System.Text;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Tests.Robustness;

/// <summary>
/// <see cref="CaseJson.ReadMany"/> reads households one at a time and reports a problem exactly where the whole-
/// document reader reports it (path, line, column), also when a household straddles the reader's buffer.
/// </summary>
public class StreamingReaderTests
{
    private static string Member(string id, string entry = "1998-01-01")
        => $"{{ \"id\": \"{id}\", \"role\": \"Applicant\", \"birthDate\": \"1970-01-01\", \"entryDate\": \"{entry}\" }}";

    private static string Case(int i, string entry = "1998-01-01")
        => $"{{ \"caseId\": \"c{i}\", \"members\": [ {Member("a", entry)}, {Member("b\u00e4")} ] }}";

    private static Stream Utf8(string s) => new MemoryStream(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void An_array_a_single_case_and_JSON_lines_read_the_same_cases_as_the_whole_document_reader()
    {
        var cases = Enumerable.Range(0, 50).Select(i => Case(i)).ToList();
        var array = "[\n  " + string.Join(",\n  ", cases) + "\n]\n";
        Assert.Equal(CaseJson.Read(array).Select(CaseJson.Write), CaseJson.ReadMany(Utf8(array)).Select(CaseJson.Write));
        Assert.Equal(CaseJson.Read(cases[0]).Select(CaseJson.Write), CaseJson.ReadMany(Utf8(cases[0])).Select(CaseJson.Write));
        Assert.Equal(50, CaseJson.ReadMany(Utf8(string.Join("\n", cases))).Count());
    }

    [Theory]
    [InlineData(true, "1960-01-01")]
    [InlineData(false, "1960-01-01")]
    [InlineData(true, "1998-13-01")]
    [InlineData(false, "not a date")]
    public void A_problem_in_a_later_household_has_the_same_path_line_and_column_as_in_the_whole_document(bool oneLine, string badEntry)
    {
        // 3,000 households (about 450 KB) so that the bad one lies far beyond the reader's first buffer.
        var cases = Enumerable.Range(0, 3_000).Select(i => i == 2_777 ? Case(i, badEntry) : Case(i)).ToList();
        var array = oneLine ? "[" + string.Join(",", cases) + "]" : "[\n" + string.Join(",\n", cases) + "\n]";
        var whole = Assert.Throws<JsonDocumentException>(() => CaseJson.Read(array)).Problems;
        var read = 0;
        var streamed = Assert.Throws<JsonDocumentException>(() =>
        {
            foreach (var _ in CaseJson.ReadMany(Utf8(array)))
            {
                read++;
            }
        }).Problems;
        Assert.Equal(2_777, read);
        Assert.Equal(whole, streamed);
        Assert.StartsWith("$[2777].members[0]", streamed[0].Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("[", "not closed")]
    [InlineData("[{\"caseId\": \"c\", \"members\": [{\"id\": \"a\", \"role\": \"Child\"}]} {}]", "expected ','")]
    [InlineData("[] x", "after the array")]
    [InlineData("[null]", "null")]
    [InlineData("[1]", "expected")]
    public void Malformed_streams_are_document_errors(string text, string fragment)
    {
        var e = Assert.Throws<JsonDocumentException>(() => CaseJson.ReadMany(Utf8(text)).ToList());
        Assert.Contains(fragment, e.Problems[0].Message, StringComparison.OrdinalIgnoreCase);
    }
}
