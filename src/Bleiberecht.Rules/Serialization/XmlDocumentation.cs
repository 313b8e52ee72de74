using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// The summaries of the library's XML documentation, so that the generated case schema describes each fact in the
/// words of the code that reads it — one text, no second copy in attributes to drift.
/// </summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocumentation(Dictionary<string, string> summaries) => _summaries = summaries;

    /// <summary>
    /// The documentation file next to <paramref name="assembly"/> (as the build and the NuGet package place it), or
    /// <c>null</c> where it is absent (single-file apps, trimmed deployments).
    /// </summary>
    public static XmlDocumentation? For(Assembly assembly)
    {
        var location = assembly.Location;
        if (string.IsNullOrEmpty(location))
        {
            return null;
        }

        var path = Path.ChangeExtension(location, ".xml");
        if (!File.Exists(path))
        {
            return null;
        }

        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name && member.Element("summary") is { } summary)
            {
                summaries[name] = Flatten(summary);
            }
        }

        return new XmlDocumentation(summaries);
    }

    /// <summary>The summary of a property or type, if documented.</summary>
    public string? Summary(MemberInfo member)
    {
        var key = member switch
        {
            Type t => "T:" + t.FullName,
            PropertyInfo p => $"P:{p.DeclaringType?.FullName}.{p.Name}",
            FieldInfo f => $"F:{f.DeclaringType?.FullName}.{f.Name}",
            _ => null,
        };
        return key is not null && _summaries.TryGetValue(key, out var text) ? text : null;
    }

    /// <summary>Plain text of a summary: code and references by their name, whitespace collapsed.</summary>
    private static string Flatten(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" or "seealso" } e => Reference(e),
                XElement { Name.LocalName: "paramref" or "typeparamref" } e => e.Attribute("name")?.Value,
                XElement e => e.Value,
                _ => null,
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    /// <summary><c>&lt;see cref="P:A.B.C"/&gt;</c> reads as <c>B.C</c>; <c>langword</c> as the word.</summary>
    private static string? Reference(XElement see)
    {
        if (see.Attribute("langword")?.Value is { } word)
        {
            return word;
        }

        if (!string.IsNullOrWhiteSpace(see.Value))
        {
            return see.Value;
        }

        var cref = see.Attribute("cref")?.Value;
        if (cref is null)
        {
            return null;
        }

        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        var parts = name.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : name;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
