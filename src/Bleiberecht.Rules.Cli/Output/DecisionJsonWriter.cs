using System.Buffers;
using System.Text;
using System.Text.Json;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Cli.Output;

/// <summary>
/// Streams decisions as JSON, one household at a time (issue 11, item 5): a <see cref="Utf8JsonWriter"/> writes each
/// decision into a reused buffer, which goes to the output and is cleared before the next household, so memory does
/// not grow with the number of households. Either one JSON array (the format <c>--json</c> always had) or JSON Lines
/// (<c>--jsonl</c>: one compact decision per line, for line-oriented tools).
/// </summary>
internal sealed class DecisionJsonWriter : IDisposable
{
    private readonly TextWriter _output;
    private readonly bool _lines;
    private readonly ExplanationDetail _detail;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;
    private bool _started;
    private bool _first = true;

    /// <summary>A writer to <paramref name="output"/>.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="lines">JSON Lines instead of one array.</param>
    /// <param name="detail">How much of each explanation to include.</param>
    public DecisionJsonWriter(TextWriter output, bool lines, ExplanationDetail detail)
    {
        _output = output;
        _lines = lines;
        _detail = detail;

        // Indented and escaped like the former one-string output.
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = !lines });
    }

    /// <summary>Writes one decision and hands it to the output at once.</summary>
    public void Write(HouseholdDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!_lines && !_started)
        {
            _json.WriteStartArray();
            _started = true;
        }

        if (_lines && !_first)
        {
            // One document per line: a fresh writer state, so no separator comma is written between them.
            _json.Reset();
            _output.Write('\n');
        }

        _first = false;
        switch (_detail)
        {
            case ExplanationDetail.Full:
                JsonSerializer.Serialize(_json, decision, RulesJsonContext.Default.HouseholdDecision);
                break;
            case ExplanationDetail.Failed:
                JsonSerializer.Serialize(_json, WithFailedOnly(decision), RulesJsonContext.Default.HouseholdDecision);
                break;
            default:
                WithoutExplanation(decision);
                break;
        }

        Drain();
    }

    /// <summary>Closes the array (or the last line); an empty input gives <c>[]</c> or nothing.</summary>
    public void Complete()
    {
        if (!_lines)
        {
            if (!_started)
            {
                _json.WriteStartArray();
            }

            _json.WriteEndArray();
        }

        Drain();
        if (!_lines || !_first)
        {
            _output.Write('\n');
        }

        _output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();

    /// <summary>The decision with only the nodes that are not met (and the path to them).</summary>
    internal static HouseholdDecision WithFailedOnly(HouseholdDecision d) => d with
    {
        Explanation = Prune(d.Explanation),
        Members = d.Members.Select(m => m with { Explanation = Prune(m.Explanation) }).ToList(),
    };

    private static ExplanationNode Prune(ExplanationNode node) => node with
    {
        Children = node.Children.Where(c => c.Result != Truth.True).Select(Prune).ToList(),
    };

    private void WithoutExplanation(HouseholdDecision d)
    {
        // The same property names as the full format, without "explanation".
        _json.WriteStartObject();
        _json.WriteString("caseId", d.CaseId);
        _json.WriteString("ruleSet", d.RuleSet);
        _json.WriteString("outcome", d.Outcome.ToString());
        _json.WriteStartArray("members");
        foreach (var m in d.Members)
        {
            _json.WriteStartObject();
            _json.WriteString("personId", m.PersonId);
            _json.WriteString("outcome", m.Outcome.ToString());
            WriteStrings("grounds", m.Grounds);
            WriteMissing(m.Missing);
            if (m.ValidUntil is { } until)
            {
                _json.WriteString("validUntil", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        WriteStrings("grounds", d.Grounds);
        WriteMissing(d.Missing);
        _json.WriteEndObject();
    }

    private void WriteStrings(string name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var v in values)
        {
            _json.WriteStringValue(v);
        }

        _json.WriteEndArray();
    }

    private void WriteMissing(IReadOnlyList<MissingFact> missing)
    {
        _json.WriteStartArray("missing");
        foreach (var f in missing)
        {
            _json.WriteStartObject();
            _json.WriteString("path", f.Path);
            _json.WriteStartObject("question");
            _json.WriteString("de", f.Question.De);
            _json.WriteString("en", f.Question.En);
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void Drain()
    {
        _json.Flush();
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
            _output.Flush();
        }
    }
}
