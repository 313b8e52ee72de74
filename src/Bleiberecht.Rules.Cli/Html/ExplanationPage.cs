using System.Globalization;
using System.Text;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary>
/// <c>explain --html</c>: one self-contained page (no scripts, no external resources) with, per case, the decision
/// per member, the questions for missing facts and the explanation tree as nested <c>&lt;details&gt;</c>: nodes that
/// are not met or unknown start open, met ones closed; each node shows its citations, with the study's cited lines on
/// hover.
/// </summary>
internal static class ExplanationPage
{
    /// <summary>The page for <paramref name="decisions"/>.</summary>
    public static string Render(IReadOnlyList<HouseholdDecision> decisions, Language language, StudyText? study)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var de = language == Language.De;
        var sb = new StringBuilder();
        HtmlText.Open(sb, de ? "de" : "en", de ? "Bleiberecht: Entscheidungen und Begründung" : "Bleiberecht: decisions and explanations");
        sb.Append("<h1>").Append(de ? "Entscheidungen nach der IMK-Bleiberechtsregelung" : "Decisions under the IMK Bleiberecht resolution").Append("</h1>\n");
        sb.Append("<p class=\"note\">").Append(de
            ? "[+] erfüllt, [-] nicht erfüllt, [?] unbekannt (eine Tatsache fehlt; die Fragen stehen unter jeder Entscheidung). [background] markiert allgemeines Rechtswissen, das die Studie nicht abdruckt (zu prüfen)."
            : "[+] met, [-] not met, [?] unknown (a fact is missing; the questions are listed under each decision). [background] marks general legal knowledge the study does not print (to verify).")
          .Append(' ').Append(HtmlText.Escape(CitationHtml.StudyNote(study, de))).Append("</p>\n");

        foreach (var d in decisions)
        {
            AppendDecision(sb, d, language, study);
        }

        if (decisions.Count == 0)
        {
            sb.Append("<p>").Append(de ? "Keine Fälle." : "No cases.").Append("</p>\n");
        }

        HtmlText.Close(sb);
        return sb.ToString();
    }

    private static void AppendDecision(StringBuilder sb, HouseholdDecision d, Language language, StudyText? study)
    {
        var de = language == Language.De;
        sb.Append("<section class=\"case\">\n<h2><span class=\"id\">").Append(HtmlText.Escape(d.CaseId)).Append("</span> — ")
          .Append(HtmlText.Escape(d.Outcome.ToString())).Append(" <span class=\"note\">(").Append(HtmlText.Escape(d.RuleSet)).Append(")</span></h2>\n");
        sb.Append("<table class=\"members\">\n<tr><th>").Append(de ? "Person" : "member").Append("</th><th>").Append(de ? "Ergebnis" : "outcome")
          .Append("</th><th>").Append(de ? "gültig bis" : "valid until").Append("</th><th>").Append(de ? "Gründe / fehlende Tatsachen" : "grounds / missing facts").Append("</th></tr>\n");
        foreach (var p in d.Members)
        {
            var why = p.Outcome == Outcome.Pending
                ? (de ? "fehlt: " : "missing: ") + string.Join(", ", p.Missing.Select(m => m.Path))
                : string.Join(", ", p.Grounds);
            sb.Append("<tr><td class=\"id\">").Append(HtmlText.Escape(p.PersonId)).Append("</td><td>").Append(HtmlText.Escape(p.Outcome.ToString()))
              .Append("</td><td>").Append(HtmlText.Escape(p.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"))
              .Append("</td><td class=\"id\">").Append(HtmlText.Escape(why)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n");
        if (d.Missing.Count > 0)
        {
            sb.Append("<h3>").Append(de ? "Noch zu klären" : "To establish").Append("</h3>\n<ul class=\"questions\">\n");
            foreach (var m in d.Missing)
            {
                sb.Append("<li><span class=\"id\">").Append(HtmlText.Escape(m.Path)).Append("</span>: ").Append(HtmlText.Escape(m.Question.In(language))).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("<h3>").Append(de ? "Begründung" : "Explanation").Append("</h3>\n<div class=\"tree\">\n");
        AppendNode(sb, d.Explanation, language, study, []);
        sb.Append("</div>\n</section>\n");
    }

    private static void AppendNode(StringBuilder sb, ExplanationNode node, Language language, StudyText? study, IReadOnlyList<Citation> parentCitations)
    {
        var hasChildren = node.Children.Count > 0;
        if (hasChildren)
        {
            sb.Append(node.Result == Truth.True ? "<details>" : "<details open>").Append("<summary>");
        }
        else
        {
            sb.Append("<div class=\"leaf\">");
        }

        var (css, marker) = node.Result switch
        {
            Truth.True => ("m-true", "[+]"),
            Truth.False => ("m-false", "[-]"),
            _ => ("m-unknown", "[?]"),
        };
        sb.Append("<span class=\"").Append(css).Append("\">").Append(marker).Append("</span> <span class=\"id\">").Append(HtmlText.Escape(node.ElementId))
          .Append("</span> — ").Append(HtmlText.Escape(node.Label.In(language)));
        if (node.Subject is not null)
        {
            sb.Append(" <span class=\"subject\">{").Append(HtmlText.Escape(node.Subject)).Append("}</span>");
        }

        if (node.Detail is not null)
        {
            sb.Append(": <span class=\"detail\">").Append(HtmlText.Escape(node.Detail.In(language))).Append("</span>");
        }

        // As in the text rendering: sub-requirements that share their element's citations do not repeat them.
        if (node.Citations.Count > 0 && !node.Citations.SequenceEqual(parentCitations))
        {
            CitationHtml.Append(sb, node.Citations, study);
        }

        if (!hasChildren)
        {
            sb.Append("</div>\n");
            return;
        }

        sb.Append("</summary>\n");
        foreach (var child in node.Children)
        {
            AppendNode(sb, child, language, study, node.Citations);
        }

        sb.Append("</details>\n");
    }
}
