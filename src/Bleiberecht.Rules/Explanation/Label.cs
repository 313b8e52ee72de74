namespace Bleiberecht.Rules.Explanation;

/// <summary>A plain-language text in German (the language of the law) and English.</summary>
/// <param name="De">German text; the authoritative wording where the source is German.</param>
/// <param name="En">English text.</param>
public sealed record Label(string De, string En)
{
    /// <summary>The text in the requested language.</summary>
    public string In(Language language) => language == Language.De ? De : En;

    /// <summary>A label with the same text in both languages (numbers, names).</summary>
    public static Label Same(string text) => new(text, text);
}

/// <summary>Output language of explanations.</summary>
public enum Language
{
    /// <summary>German.</summary>
    De,

    /// <summary>English.</summary>
    En,
}
