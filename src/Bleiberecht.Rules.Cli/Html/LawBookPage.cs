using System.Text;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Cli.Html;

/// <summary>
/// <c>lawbook --html</c>: a generated law book in the literate style of Catala — every rule element of the IMK
/// resolution (<see cref="ImkElements.All"/>) and of § 104a (<see cref="S104aElements"/>), each with its label, its
/// citations and, beside them, the study's cited lines; below, the discretion options of the catalogue that change
/// the element and the Land and Kommune profiles that state a value for those options (with their source lines).
/// Everything is generated from the code's own metadata, so the book cannot drift from the rules.
/// </summary>
internal static class LawBookPage
{
    /// <summary>The § 104a elements, in the order of the statute.</summary>
    public static IReadOnlyList<RuleMeta> S104a { get; } = [S104aElements.ToStatute, S104aElements.InForce, S104aElements.MinYears, S104aElements.OnProbation];

    /// <summary>The page.</summary>
    public static string Render(Language language, StudyText? study)
    {
        var de = language == Language.De;
        var sb = new StringBuilder();
        HtmlText.Open(sb, de ? "de" : "en", de ? "Bleiberecht: Regelbuch" : "Bleiberecht: law book");
        sb.Append("<h1>").Append(de ? "Regelbuch: IMK-Bleiberechtsregelung vom 17.11.2006 und § 104a AufenthG" : "Law book: the IMK Bleiberecht resolution of 17.11.2006 and § 104a AufenthG").Append("</h1>\n");
        sb.Append("<p class=\"note\">").Append(de
            ? "Jedes Element der Regel mit seiner stabilen Kennung, seinen Belegen und daneben den zitierten Zeilen der Studie; darunter die Ermessensoptionen, die es ändern, und die Länder und Kommunen, die dazu einen Wert angeben. [background] markiert allgemeines Rechtswissen, das die Studie nicht abdruckt (zu prüfen)."
            : "Every element of the rule with its stable id and its authorities, the study's cited lines beside it; below, the discretion options that change it and the Länder and Kommunen that state a value for them. [background] marks general legal knowledge the study does not print (to verify).")
          .Append(' ').Append(HtmlText.Escape(CitationHtml.StudyNote(study, de))).Append("</p>\n");

        sb.Append("<nav><ul>\n<li><a href=\"#imk\">").Append(de ? "IMK-Beschluss vom 17.11.2006" : "IMK resolution of 17.11.2006")
          .Append("</a></li>\n<li><a href=\"#s104a\">§ 104a AufenthG</a></li>\n</ul></nav>\n");
        Section(sb, "imk", de ? "IMK-Beschluss vom 17.11.2006" : "IMK resolution of 17.11.2006", ImkElements.All, language, study);
        Section(sb, "s104a", "§ 104a AufenthG", S104a, language, study);
        HtmlText.Close(sb);
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string id, string title, IReadOnlyList<RuleMeta> elements, Language language, StudyText? study)
    {
        sb.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(HtmlText.Escape(title)).Append("</h2>\n");
        foreach (var element in elements)
        {
            Element(sb, element, language, study);
        }

        sb.Append("</section>\n");
    }

    private static void Element(StringBuilder sb, RuleMeta element, Language language, StudyText? study)
    {
        var de = language == Language.De;
        sb.Append("<article class=\"element\" id=\"").Append(HtmlText.Escape(element.Id)).Append("\">\n<div>\n<h3><span class=\"id\">")
          .Append(HtmlText.Escape(element.Id)).Append("</span> — ").Append(HtmlText.Escape(element.Label.In(language))).Append("</h3>\n");
        sb.Append("<p>").Append(de ? "Belege:" : "Authorities:");
        CitationHtml.Append(sb, element.Citations, study);
        sb.Append("</p>\n");

        var options = OptionCatalog.All.Where(o => o.Affects.Contains(element.Id, StringComparer.Ordinal)).ToList();
        if (options.Count == 0)
        {
            sb.Append("<p class=\"note\">").Append(de ? "Keine Ermessensoption des Katalogs ändert dieses Element." : "No discretion option of the catalogue changes this element.").Append("</p>\n");
        }
        else
        {
            sb.Append("<details class=\"options\"><summary>").Append(de ? "Ermessensoptionen und Länder/Kommunen, die sie festlegen" : "Discretion options and the Länder/Kommunen that state them")
              .Append(" (").Append(options.Count).Append(")</summary>\n<ul>\n");
            foreach (var o in options)
            {
                Option(sb, o, language, study);
            }

            sb.Append("</ul>\n</details>\n");
        }

        sb.Append("</div>\n<div class=\"source\">\n");
        var cited = element.Citations.Where(c => c.Kind == CitationKind.Source).ToList();
        if (study is not null && cited.Count > 0)
        {
            foreach (var c in cited)
            {
                sb.Append("<div class=\"lines\" title=\"").Append(HtmlText.Escape(c.Reference)).Append("\">").Append(HtmlText.Escape(study.Lines(c))).Append("</div>\n");
            }
        }
        else if (cited.Count == 0)
        {
            sb.Append("<p class=\"note\">").Append(de ? "Kein Beleg in der Studie (Gesetz oder Hintergrundwissen)." : "No line of the study is cited (statute or background knowledge).").Append("</p>\n");
        }

        sb.Append("</div>\n</article>\n");
    }

    private static void Option(StringBuilder sb, OptionDefinition o, Language language, StudyText? study)
    {
        var de = language == Language.De;
        sb.Append("<li><span class=\"id\">").Append(HtmlText.Escape(o.Number)).Append(' ').Append(HtmlText.Escape(o.Id)).Append("</span> — ")
          .Append(HtmlText.Escape(de ? o.LabelDe : o.Label)).Append("; ").Append(de ? "Basiswert" : "base").Append(": <span class=\"id\">")
          .Append(HtmlText.Escape(o.Base.ValueKind == System.Text.Json.JsonValueKind.Null ? (de ? "nicht festgelegt" : "unspecified") : o.Base.GetRawText()))
          .Append("</span>");
        if (o.BaseLines is { } lines)
        {
            CitationHtml.Append(sb, [lines], study);
        }

        if (!o.IsApplied)
        {
            sb.Append(" <span class=\"note\">(").Append(de ? "Verfahren: nur als Daten erfasst, ändert keine Entscheidung" : "procedure: recorded as data, changes no decision").Append(")</span>");
        }

        var stating = ProfileCatalog.All
            .SelectMany(p => p.Values.Where(v => v.OptionId == o.Id && v.Status == OptionStatus.Stated).Select(v => (Profile: p, Value: v)))
            .ToList();
        if (stating.Count == 0)
        {
            sb.Append("<br><span class=\"note\">").Append(de ? "Kein Land und keine Kommune gibt dazu einen Wert an." : "No Land or Kommune states a value.").Append("</span>");
        }
        else
        {
            sb.Append("<ul class=\"profiles\">\n");
            foreach (var (p, v) in stating)
            {
                sb.Append("<li><span class=\"id\">").Append(HtmlText.Escape(p.Id)).Append("</span> ").Append(HtmlText.Escape(p.Name)).Append(" = <span class=\"id\">")
                  .Append(HtmlText.Escape(v.ValueText)).Append("</span>");
                if (v.Practice)
                {
                    sb.Append(" <span class=\"note\">(").Append(de ? "Praxis" : "practice").Append(")</span>");
                }

                if (v.Lines is { } vl)
                {
                    CitationHtml.Append(sb, [vl], study);
                }

                sb.Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</li>\n");
    }
}
