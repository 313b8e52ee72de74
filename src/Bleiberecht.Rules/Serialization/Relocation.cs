namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Maps a problem found in one household of a stream (paths from <c>$</c>, lines from 1) to its place in the whole
/// stream: the household's index and the line and column where it starts.
/// </summary>
/// <param name="Index">The household's index in an array of cases, or null where paths start at the case itself.</param>
/// <param name="Line">1-based line of the household's first byte.</param>
/// <param name="Column">1-based column of the household's first byte.</param>
internal readonly record struct Relocation(int? Index, long Line, long Column)
{
    /// <summary>No mapping: the text is the whole document.</summary>
    public static readonly Relocation None = new(null, 1, 1);

    /// <summary>The problem at its place in the stream.</summary>
    public JsonProblem Apply(JsonProblem p)
    {
        var path = Index is { } index && p.Path.StartsWith('$') ? $"$[{index}]{p.Path[1..]}" : p.Path;
        return p with
        {
            Path = path,
            Line = p.Line is { } l ? l + Line - 1 : null,
            Column = p.Line is 1 && p.Column is { } c ? c + Column - 1 : p.Column,
        };
    }
}
