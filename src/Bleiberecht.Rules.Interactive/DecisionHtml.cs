using System.Net;
using System.Text;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Interactive;

/// <summary>
/// Compact HTML for decisions and explanation trees: a summary table per member, the questions for missing facts,
/// and the tree as nested, collapsed <c>&lt;details&gt;</c> elements with each element's citations. The page needs
/// no script and no external style sheet, so it renders the same in a notebook, a browser or a saved file.
/// </summary>
/// <remarks>
/// The default .NET Interactive formatter walks every property of every node and emits about 180 KB of nested
/// tables for one household; this output is a small fraction of that and reads like the text rendering.
/// Every text from the decision (ids, labels, facts, user-supplied case and member ids) is HTML-encoded.
/// </remarks>
public static class DecisionHtml
{
    /// <summary>A household decision: outcome per member, questions, and the collapsible explanation tree.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">Language of labels, questions and details.</param>
    public static string Render(HouseholdDecision decision, Language language = Language.En)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var html = new StringBuilder();
        html.Append("<div class=\"bleiberecht-decision\">");
        html.Append("<p><strong>").Append(Encode(decision.CaseId)).Append("</strong> under <code>")
            .Append(Encode(decision.RuleSet)).Append("</code>: <strong>").Append(decision.Outcome).Append("</strong></p>");

        html.Append("<table><thead><tr><th>")
            .Append(language == Language.De ? "Person</th><th>Ergebnis</th><th>Gründe</th><th>gültig bis" : "Person</th><th>Outcome</th><th>Grounds</th><th>Valid until")
            .Append("</th></tr></thead><tbody>");
        foreach (var member in decision.Members)
        {
            html.Append("<tr><td>").Append(Encode(member.PersonId)).Append("</td><td>").Append(member.Outcome)
                .Append("</td><td>").Append(Encode(string.Join(", ", member.Grounds)))
                .Append("</td><td>").Append(member.ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (decision.Missing.Count > 0)
        {
            html.Append("<p>").Append(language == Language.De ? "Zu klären:" : "To establish:").Append("</p><ul>");
            foreach (var fact in decision.Missing)
            {
                html.Append("<li><code>").Append(Encode(fact.Path)).Append("</code>: ").Append(Encode(fact.Question.In(language))).Append("</li>");
            }

            html.Append("</ul>");
        }

        AppendTree(html, decision.Explanation, language);
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>An explanation tree as nested <c>&lt;details&gt;</c>; only the root is open.</summary>
    /// <param name="root">The tree.</param>
    /// <param name="language">Language of labels and details.</param>
    public static string Render(ExplanationNode root, Language language = Language.En)
    {
        ArgumentNullException.ThrowIfNull(root);
        var html = new StringBuilder();
        AppendTree(html, root, language);
        return html.ToString();
    }

    private static void AppendTree(StringBuilder html, ExplanationNode root, Language language)
    {
        html.Append("<div class=\"bleiberecht-tree\" style=\"font-family:monospace\">");
        Append(html, root, language, parentCitations: [], open: true);
        html.Append("</div>");
    }

    private static void Append(StringBuilder html, ExplanationNode node, Language language, IReadOnlyList<Citation> parentCitations, bool open)
    {
        // A leaf is a plain line; a node with sub-checks can be expanded. Colour follows the verdict, and the marker
        // ([+], [-], [?]) is repeated as text so the verdict does not depend on colour alone.
        var leaf = node.Children.Count == 0;
        html.Append(leaf ? "<div style=\"margin-left:1.2em\">" : open ? "<details open><summary>" : "<details><summary>");
        html.Append("<span style=\"color:").Append(Colour(node.Result)).Append("\">").Append(TextRenderer.Marker(node.Result)).Append("</span> ");
        html.Append("<span>").Append(Encode(node.ElementId)).Append("</span> — ").Append(Encode(node.Label.In(language)));
        if (node.Subject is not null)
        {
            html.Append(" {").Append(Encode(node.Subject)).Append('}');
        }

        if (node.Detail is not null)
        {
            html.Append(": ").Append(Encode(node.Detail.In(language)));
        }

        // As in the text rendering: sub-requirements share their element's citations, so they are shown once.
        if (node.Citations.Count > 0 && !node.Citations.SequenceEqual(parentCitations))
        {
            html.Append(" <small>(").Append(Encode(string.Join("; ", node.Citations))).Append(")</small>");
        }

        if (leaf)
        {
            html.Append("</div>");
            return;
        }

        html.Append("</summary><div style=\"margin-left:1.2em\">");
        foreach (var child in node.Children)
        {
            Append(html, child, language, node.Citations, open: false);
        }

        html.Append("</div></details>");
    }

    private static string Colour(Truth result) => result switch
    {
        Truth.True => "#1a7f37",
        Truth.False => "#cf222e",
        _ => "#9a6700",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
