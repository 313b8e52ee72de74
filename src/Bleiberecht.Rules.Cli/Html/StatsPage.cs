using System.Text;
using Bleiberecht.Rules.Statistics.Reporting;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary><c>stats --html</c>: the statistics report as a page (filled in below).</summary>
internal static class StatsPage
{
    /// <summary>The page.</summary>
    public static string Render(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        HtmlText.Open(sb, "en", "Bleiberecht statistics");
        sb.Append("<pre>").Append(HtmlText.Escape(TextReportRenderer.Render(report))).Append("</pre>\n");
        HtmlText.Close(sb);
        return sb.ToString();
    }
}
