using System.Text;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary>
/// HTML escaping for every text that goes into a page (case ids, facts, labels, study lines): all of it is data, and
/// some of it comes from the user's case file, so nothing is written unescaped. The pages quote every attribute with
/// <c>"</c>, so escaping <c>&amp; &lt; &gt; " '</c> is enough for text and attribute values alike.
/// </summary>
internal static class HtmlText
{
    /// <summary>The text with the five HTML-special characters replaced by entities.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    /// <summary>The shared page frame: doctype, UTF-8, title, the stylesheet; no scripts, no external resources.</summary>
    public static void Open(StringBuilder sb, string lang, string title)
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Escape(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
    }

    /// <summary>Closes the page.</summary>
    public static void Close(StringBuilder sb) => sb.Append("</body>\n</html>\n");

    // One stylesheet for all pages: readable tables, a tree with markers coloured by verdict, hoverable citations.
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; line-height: 1.4; color: #222; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05em; }
        table { border-collapse: collapse; margin: .5em 0 1em; } th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        details { margin-left: 1.2em; } details > summary { cursor: pointer; margin-left: -1.2em; }
        .leaf { margin-left: 1.2em; }
        .m-true { color: #116611; font-weight: bold; } .m-false { color: #aa1111; font-weight: bold; } .m-unknown { color: #aa6600; font-weight: bold; }
        .id { font-family: ui-monospace, monospace; font-size: .9em; } .subject { color: #555; } .detail { color: #333; }
        .cite { font-size: .85em; color: #225; border-bottom: 1px dotted #225; margin-left: .3em; }
        .cite.background { color: #855; } .cite.derived { color: #585; }
        .note { color: #555; font-size: .9em; }
        .lines { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: .85em; background: #f6f6f6; padding: .4em; margin: .2em 0 .8em; }
        .element { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1em; border-top: 1px solid #ddd; padding: .5em 0; }
        .hook { border: 1px dashed #999; padding: .5em; color: #666; }
        .wide { overflow-x: auto; } .wide table { font-size: .85em; } .wide td:last-child { min-width: 8em; }
        """;
}
