using Bleiberecht.Rules.Cli.Commands;
using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Cli.Output;

/// <summary>Text, one JSON array (<c>--json</c>) or JSON Lines (<c>--jsonl</c>).</summary>
internal enum JsonMode
{
    /// <summary>Text for people.</summary>
    None,

    /// <summary>One JSON array.</summary>
    Array,

    /// <summary>One compact JSON document per line.</summary>
    Lines,
}

/// <summary>Choosing and running a <see cref="JsonMode"/>.</summary>
internal static class JsonModes
{
    /// <summary>The mode for the <c>--json</c> and <c>--jsonl</c> flags; both together are a usage error.</summary>
    public static JsonMode Of(bool json, bool jsonl) => (json, jsonl) switch
    {
        (true, true) => throw new UsageException("give either --json or --jsonl"),
        (true, false) => JsonMode.Array,
        (false, true) => JsonMode.Lines,
        _ => JsonMode.None,
    };

    /// <summary>Streams <paramref name="decisions"/>, each written before the next is computed.</summary>
    public static void Stream(TextWriter output, JsonMode mode, ExplanationDetail detail, IEnumerable<HouseholdDecision> decisions)
    {
        using var writer = new DecisionJsonWriter(output, mode == JsonMode.Lines, detail);
        foreach (var d in decisions)
        {
            writer.Write(d);
        }

        writer.Complete();
    }
}
