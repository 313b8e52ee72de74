using System.Text;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Tests.Serialization;
using static Bleiberecht.Rules.Tests.Cli.CliRunner;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>
/// Issue 12, item 4: the HTML pages' content and escaping. That they load and expand in a real browser is checked by
/// tests/html/check-pages.sh in headless Chromium (from .ci/run).
/// </summary>
public sealed class HtmlPageTests
{
    /// <summary>A stand-in study: line n reads "study line n", so the embedded text is known exactly.</summary>
    private static string StudyFile(TempDir dir)
    {
        var file = dir.File("study.txt");
        File.WriteAllText(file, string.Join('\n', Enumerable.Range(1, 6000).Select(n => $"study line {n} <&>")));
        return file;
    }

    [Fact]
    public void Explain_html_shows_each_member_the_questions_and_the_cited_lines_on_hover()
    {
        using var dir = new TempDir();
        var page = dir.File("page.html");
        var (code, output, _) = Run("explain", Path.Combine(RepoPaths.Samples, "13-unknown-facts-pending.json"), "--html", page, "--lang", "en", "--study", StudyFile(dir));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"id\">applicant</td><td>Pending</td>", html, StringComparison.Ordinal);
        Assert.Contains("$.housing.sufficient", html, StringComparison.Ordinal);
        Assert.Contains("<details", html, StringComparison.Ordinal);

        // IMK.Residence.QualifyingChild cites L804-807: the four lines, escaped, in the title.
        Assert.Contains(">L804-807</span>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"804: study line 804 &lt;&amp;&gt;\n805: study line 805 &lt;&amp;&gt;\n806: study line 806 &lt;&amp;&gt;\n807: study line 807 &lt;&amp;&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("study line 803 ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Everything_from_the_case_file_is_escaped()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Samples, "01-family-permit.json"), Encoding.UTF8)
            .Replace("\"caseId\": \"01-family-permit\"", "\"caseId\": \"<script>alert('x')</script>&\"", StringComparison.Ordinal);
        var input = dir.File("case.json");
        File.WriteAllText(input, text);
        var (code, html, _) = Run("explain", input, "--html", "-", "--study", StudyFile(dir));
        Assert.Equal(0, code);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_study_file_named_explicitly_is_a_usage_error()
    {
        using var dir = new TempDir();
        var (code, _, err) = Run("lawbook", "--html", "-", "--study", dir.File("absent.txt"));
        Assert.Equal(2, code);
        Assert.Contains("no such file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_law_book_lists_every_element_with_its_lines_and_the_profiles_that_change_it()
    {
        using var dir = new TempDir();
        var (code, html, _) = Run("lawbook", "--html", "-", "--lang", "en", "--study", StudyFile(dir));
        Assert.Equal(0, code);
        foreach (var element in ImkElements.All.Concat([S104aElements.ToStatute, S104aElements.InForce, S104aElements.MinYears, S104aElements.OnProbation]))
        {
            Assert.Contains($"<article class=\"element\" id=\"{element.Id}\">", html, StringComparison.Ordinal);
        }

        // The qualifying child (L804-807) with its lines beside it, changed by option A01, which Berlin states as 2.
        var child = Section(html, "IMK.Residence.QualifyingChild");
        Assert.Contains("<div class=\"lines\" title=\"L804-807\">804: study line 804 &lt;&amp;&gt;\n805:", child, StringComparison.Ordinal);
        Assert.Contains("A01 Family.MinChildAge", child, StringComparison.Ordinal);
        Assert.Contains("<span class=\"id\">BE</span> Berlin = <span class=\"id\">2</span>", child, StringComparison.Ordinal);

        // § 104a Abs. 1 S. 1 cites only the statute and background knowledge: no study lines.
        Assert.DoesNotContain("class=\"lines\"", Section(html, "S104a.Abs1.MinYears"), StringComparison.Ordinal);
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, id);
        var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
