namespace Bleiberecht.Rules.Explanation;

/// <summary>A plain-language text in German (the language of the law) and English.</summary>
/// <remarks>
/// Explanation details are produced for every node of every decision but read only when someone looks, so a label
/// can defer formatting (<see cref="Later"/>): the texts are built on first access and then kept. Equality is by
/// text, as for a value.
/// </remarks>
public sealed class Label : IEquatable<Label>
{
    private Func<(string De, string En)>? _format;
    private string? _de;
    private string? _en;

    /// <summary>A label with both texts given.</summary>
    /// <param name="de">German text; the authoritative wording where the source is German.</param>
    /// <param name="en">English text.</param>
    public Label(string de, string en)
    {
        _de = de;
        _en = en;
    }

    private Label(Func<(string De, string En)> format) => _format = format;

    /// <summary>German text.</summary>
    public string De
    {
        get
        {
            Resolve();
            return _de!;
        }
    }

    /// <summary>English text.</summary>
    public string En
    {
        get
        {
            Resolve();
            return _en!;
        }
    }

    /// <summary>A label whose texts are formatted only when first read (explanation details on the hot path).</summary>
    public static Label Later(Func<(string De, string En)> format) => new(format);

    /// <summary>A label with the same text in both languages (numbers, names).</summary>
    public static Label Same(string text) => new(text, text);

    /// <summary>The text in the requested language.</summary>
    public string In(Language language) => language == Language.De ? De : En;

    /// <inheritdoc />
    public bool Equals(Label? other) => other is not null && (ReferenceEquals(this, other) || (De == other.De && En == other.En));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Label);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(De, En);

    /// <inheritdoc />
    public override string ToString() => $"{De} / {En}";

    private void Resolve()
    {
        // Formatting is pure, so a race between two readers only formats twice; both store equal texts.
        if (_format is { } format)
        {
            var (de, en) = format();
            _de = de;
            _en = en;
            _format = null;
        }
    }
}

/// <summary>Output language of explanations.</summary>
public enum Language
{
    /// <summary>German.</summary>
    De,

    /// <summary>English.</summary>
    En,
}
