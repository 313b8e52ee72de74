using System.Text;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Interactive;

/// <summary>
/// The plain-text display of a decision, for front ends that show no HTML (a terminal REPL, a text-only notebook
/// output): one line per member, the questions, and the explanation as <see cref="TextRenderer"/> draws it.
/// </summary>
public static class DecisionText
{
    /// <summary>A household decision as plain text.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">Language of labels, questions and details.</param>
    public static string Render(HouseholdDecision decision, Language language = Language.En)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var text = new StringBuilder();
        text.Append(decision.CaseId).Append(" under ").Append(decision.RuleSet).Append(": ").Append(decision.Outcome).Append('\n');
        foreach (var member in decision.Members)
        {
            text.Append("  ").Append(member.PersonId).Append(": ").Append(member.Outcome);
            if (member.Grounds.Count > 0)
            {
                text.Append(" (").Append(string.Join(", ", member.Grounds)).Append(')');
            }

            text.Append('\n');
        }

        foreach (var fact in decision.Missing)
        {
            text.Append("  ? ").Append(fact.Path).Append(": ").Append(fact.Question.In(language)).Append('\n');
        }

        return text.Append(TextRenderer.Render(decision.Explanation, language)).ToString();
    }
}
