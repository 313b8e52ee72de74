using System.Text.Json;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Cli;

/// <summary>The machine-readable explanation carries what the text one does: element id, label and citations.</summary>
public class ExplainJsonTests
{
    [Fact]
    public void Every_explanation_node_in_json_has_id_label_and_citations()
    {
        var stdout = new StringWriter();
        var code = Bleiberecht.Rules.Cli.Program.Run(["explain", Path.Combine(RepoPaths.Samples, "11-family-spouse-conviction.json"), "--json"], stdout, new StringWriter());
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout.ToString());
        var nodes = 0;
        void Walk(JsonElement node)
        {
            nodes++;
            Assert.False(string.IsNullOrEmpty(node.GetProperty("elementId").GetString()));
            Assert.False(string.IsNullOrEmpty(node.GetProperty("label").GetProperty("de").GetString()));
            Assert.True(node.GetProperty("citations").GetArrayLength() > 0);
            foreach (var child in node.GetProperty("children").EnumerateArray())
            {
                Walk(child);
            }
        }

        foreach (var decision in doc.RootElement.EnumerateArray())
        {
            Walk(decision.GetProperty("explanation"));
        }

        Assert.True(nodes > 20);
        Assert.Contains("\"IMK.Exclusion.Conviction\"", stdout.ToString(), StringComparison.Ordinal);
    }
}
