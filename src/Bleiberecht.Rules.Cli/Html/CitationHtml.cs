using System.Text;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary>Citations as HTML: the study's cited lines in the <c>title</c> (shown on hover), the kind as a class.</summary>
internal static class CitationHtml
{
    /// <summary>Appends one citation span per citation.</summary>
    public static void Append(StringBuilder sb, IReadOnlyList<Citation> citations, StudyText? study)
    {
        foreach (var c in citations)
        {
            var kind = c.Kind switch
            {
                CitationKind.Background => " background",
                CitationKind.Derived => " derived",
                _ => string.Empty,
            };
            sb.Append("<span class=\"cite").Append(kind).Append('"');
            var title = c.Kind switch
            {
                CitationKind.Source => study?.Lines(c),
                CitationKind.Background => "general legal knowledge the study does not print: a default to verify",
                CitationKind.Derived => "our own inference from the source",
                _ => null,
            };
            if (title is not null)
            {
                sb.Append(" title=\"").Append(HtmlText.Escape(title)).Append('"');
            }

            sb.Append('>').Append(HtmlText.Escape(c.ToString())).Append("</span>");
        }
    }

    /// <summary>The note on where line texts come from (or that they are absent).</summary>
    public static string StudyNote(StudyText? study, bool german) => study is null
        ? german
            ? "Der Text der Studie wurde nicht gefunden (--study oder BLEIBERECHT_STUDY): Zitate ohne Zeilentext."
            : "The study's text was not found (--study or BLEIBERECHT_STUDY): citations are shown without their line text."
        : german
            ? "Zeilenangaben (L…) beziehen sich auf die Studie von 2008; der zitierte Text erscheint beim Überfahren mit der Maus."
            : "Line references (L…) are to the 2008 study; hover over one to read the cited lines.";
}
