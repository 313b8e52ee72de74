using System.Text;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Explanation;

/// <summary>
/// Renders an explanation tree as indented plain text: <c>[+]</c> met, <c>[-]</c> not met, <c>[?]</c> unknown;
/// each line names the element id, its label, for whom, the facts behind the verdict and its citations.
/// </summary>
public static class TextRenderer
{
    /// <summary>Renders a tree.</summary>
    /// <param name="root">The tree.</param>
    /// <param name="language">Label language.</param>
    /// <param name="maxDepth">Deeper nodes are summarised; null = everything.</param>
    public static string Render(ExplanationNode root, Language language = Language.De, int? maxDepth = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var sb = new StringBuilder();
        Write(sb, root, language, string.Empty, true, 0, maxDepth, isRoot: true, parentCitations: []);
        return sb.ToString();
    }

    /// <summary>The marker for a verdict.</summary>
    public static string Marker(Truth result) => result switch
    {
        Truth.True => "[+]",
        Truth.False => "[-]",
        _ => "[?]",
    };

    private static void Write(StringBuilder sb, ExplanationNode node, Language language, string indent, bool last, int depth, int? maxDepth, bool isRoot, IReadOnlyList<Citation> parentCitations)
    {
        var branch = isRoot ? string.Empty : last ? "└─ " : "├─ ";
        sb.Append(indent).Append(branch).Append(Marker(node.Result)).Append(' ').Append(node.ElementId)
          .Append(" — ").Append(node.Label.In(language));
        if (node.Subject is not null)
        {
            sb.Append(" {").Append(node.Subject).Append('}');
        }

        if (node.Detail is not null)
        {
            sb.Append(": ").Append(node.Detail.In(language));
        }

        // Sub-requirements share their element's citations; repeating them on every line only hides the facts.
        if (node.Citations.Count > 0 && !node.Citations.SequenceEqual(parentCitations))
        {
            sb.Append("  (").Append(string.Join("; ", node.Citations)).Append(')');
        }

        sb.Append('\n');
        var childIndent = indent + (isRoot ? string.Empty : last ? "   " : "│  ");
        if (maxDepth is { } max && depth >= max && node.Children.Count > 0)
        {
            sb.Append(childIndent).Append("└─ … ").Append(node.Children.Count).Append(" sub-checks\n");
            return;
        }

        for (var i = 0; i < node.Children.Count; i++)
        {
            Write(sb, node.Children[i], language, childIndent, i == node.Children.Count - 1, depth + 1, maxDepth, isRoot: false, node.Citations);
        }
    }
}
