using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bleiberecht.Rules.Statistics.Reporting;

/// <summary>Renders a <see cref="StatisticsReport"/> as JSON (System.Text.Json, source-generated). Numbers are invariant by construction.</summary>
public static class JsonReportRenderer
{
    /// <summary>Serialises the full report including findings; missing values are <c>null</c>, never 0.</summary>
    /// <param name="report">The report.</param>
    public static string Render(StatisticsReport report)
    {
        var options = new JsonSerializerOptions(StatisticsJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return JsonSerializer.Serialize(report, new StatisticsJsonContext(options).StatisticsReport);
    }
}
