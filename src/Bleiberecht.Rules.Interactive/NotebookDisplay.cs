using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Microsoft.DotNet.Interactive.Formatting;

namespace Bleiberecht.Rules.Interactive;

/// <summary>
/// Registers the compact displays with .NET Interactive's formatter: <see cref="HouseholdDecision"/>,
/// <see cref="PersonDecision"/> and <see cref="ExplanationNode"/> as collapsible HTML (<see cref="DecisionHtml"/>)
/// and as plain text (<see cref="DecisionText"/>, <see cref="TextRenderer"/>).
/// </summary>
/// <remarks>
/// A notebook that references the package with <c>#r "nuget: Bleiberecht.Rules.Interactive, …"</c> calls
/// <see cref="Register"/> automatically (the package's <c>interactive-extensions/dotnet/extension.dib</c>). Call it
/// again with <see cref="Language.De"/> for German labels; a later registration replaces an earlier one.
/// </remarks>
public static class NotebookDisplay
{
    /// <summary>Registers the formatters for the given label language.</summary>
    /// <param name="language">Language of labels, questions and details.</param>
    public static void Register(Language language = Language.En)
    {
        Formatter.Register<HouseholdDecision>((decision, writer) => writer.Write(DecisionHtml.Render(decision, language)), HtmlFormatter.MimeType);
        Formatter.Register<HouseholdDecision>((decision, writer) => writer.Write(DecisionText.Render(decision, language)), PlainTextFormatter.MimeType);
        Formatter.Register<PersonDecision>((person, writer) => writer.Write(DecisionHtml.Render(person.Explanation, language)), HtmlFormatter.MimeType);
        Formatter.Register<PersonDecision>((person, writer) => writer.Write(TextRenderer.Render(person.Explanation, language)), PlainTextFormatter.MimeType);
        Formatter.Register<ExplanationNode>((node, writer) => writer.Write(DecisionHtml.Render(node, language)), HtmlFormatter.MimeType);
        Formatter.Register<ExplanationNode>((node, writer) => writer.Write(TextRenderer.Render(node, language)), PlainTextFormatter.MimeType);
    }
}
