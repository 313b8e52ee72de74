namespace Bleiberecht.Rules.Serialization;

/// <summary>One problem found in a JSON document: where it is and what is wrong.</summary>
/// <param name="Path">JSON path, e.g. <c>$.members[1].birthDate</c>.</param>
/// <param name="Line">1-based line, where known.</param>
/// <param name="Column">1-based column, where known.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record JsonProblem(string Path, long? Line, long? Column, string Message)
{
    /// <inheritdoc />
    public override string ToString()
        => Line is { } l ? $"{Path} (line {l}, column {Column ?? 0}): {Message}" : $"{Path}: {Message}";
}

/// <summary>Thrown when a case or variant document is invalid; carries every problem found.</summary>
public sealed class JsonDocumentException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonDocumentException(string source, IReadOnlyList<JsonProblem> problems)
        : base($"{source}: {problems.Count} problem(s): " + string.Join("; ", problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>The document (file name) the problems are in.</summary>
    public new string Source { get; }

    /// <summary>The problems, each with its JSON path.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }
}
