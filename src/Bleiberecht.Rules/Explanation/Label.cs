namespace Bleiberecht.Rules.Explanation;

/// <summary>A plain-language text in German (the language of the law) and English.</summary>
/// <remarks>
/// Explanation details are produced for every node of every decision but read only when someone looks, so a label
/// can defer formatting (<see cref="Later"/>): the texts are built on first access and then kept. Equality is by
/// text, as for a value.
/// </remarks>
public class Label : IEquatable<Label>
{
    // Two fields only (each per-household label is one object; a formatter field here cost every label 8 bytes).
    private string? _de;
    private string? _en;

    /// <summary>A label with both texts given.</summary>
    /// <param name="de">German text; the authoritative wording where the source is German.</param>
    /// <param name="en">English text.</param>
    public Label(string de, string en)
    {
        ArgumentNullException.ThrowIfNull(de);
        ArgumentNullException.ThrowIfNull(en);
        _de = de;
        _en = en;
    }

    /// <summary>For deferred labels, which format on first read.</summary>
    private protected Label()
    {
    }

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
    public static Label Later(Func<(string De, string En)> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return new Deferred<Func<(string De, string En)>>(format, static f => f());
    }

    /// <summary>
    /// A label formatted on first read from a state. With a <c>static</c> lambda this costs one object per label
    /// instead of three (label, closure, delegate) — the explain path creates several per household.
    /// </summary>
    /// <typeparam name="TState">What the texts are formatted from (typically a tuple of values).</typeparam>
    /// <param name="state">The values, captured now.</param>
    /// <param name="format">Formats both texts from the state; must be pure.</param>
    public static Label Later<TState>(TState state, Func<TState, (string De, string En)> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return new Deferred<TState>(state, format);
    }

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

    /// <summary>Formats the texts of a deferred label.</summary>
    private protected virtual (string De, string En) Format() => throw new System.Diagnostics.UnreachableException("only a deferred label formats");

    private void Resolve()
    {
        // Formatting is pure, so a race between two readers only formats twice; both store equal texts. The German
        // text is published last (volatile), so whoever sees it also sees the English one on weakly ordered CPUs.
        if (Volatile.Read(ref _de) is null)
        {
            var (de, en) = Format();
            _en = en;
            Volatile.Write(ref _de, de);
        }
    }

    private sealed class Deferred<TState>(TState state, Func<TState, (string De, string En)> format) : Label
    {
        private protected override (string De, string En) Format() => format(state);
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
