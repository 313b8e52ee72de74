using System.Text;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary>The law book page (filled in below).</summary>
internal static class LawBookPage
{
    /// <summary>The page.</summary>
    public static string Render(Language language, StudyText? study)
    {
        _ = study;
        var sb = new StringBuilder();
        HtmlText.Open(sb, language == Language.De ? "de" : "en", "Bleiberecht law book");
        HtmlText.Close(sb);
        return sb.ToString();
    }
}
