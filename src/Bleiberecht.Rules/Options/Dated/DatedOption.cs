using System.Globalization;
using Bleiberecht.Rules.Options.Declarations;

namespace Bleiberecht.Rules.Options.Dated;

/// <summary>
/// An option whose value a rule set dates (e.g. Berlin's work take-up deadline before and after the amendment of
/// 7.3.2007): the option's declaration and its values over time. The typed form is <see cref="DatedOption{T}"/>.
/// </summary>
public abstract class DatedOption
{
    private protected DatedOption()
    {
    }

    /// <summary>The option's declaration.</summary>
    public abstract OptionDeclaration Declaration { get; }

    /// <summary>The option id, e.g. <c>Deadline.WorkTakeUp</c>.</summary>
    public string OptionId => Declaration.Id;

    /// <summary>True when all dated values are the same, so an unknown decision date does not matter.</summary>
    public abstract bool AgreesWithoutDate { get; }

    /// <summary>
    /// <paramref name="options"/> with this option set to its value on <paramref name="decisionDate"/>; unchanged
    /// before the first dated value (the undated value then applies).
    /// </summary>
    public abstract ImkOptions On(ImkOptions options, DateOnly decisionDate);

    /// <summary>Each value with its period and citation, e.g. <c>2007-10-01 from 2006-12-04 until 2007-03-06 (L798-801)</c>.</summary>
    public abstract IReadOnlyList<string> Periods { get; }

    /// <summary>The dates from which a dated value applies, in order (the bulk path compiles one rule set per period).</summary>
    public abstract IReadOnlyList<DateOnly> Boundaries { get; }

    /// <summary>The readable value and its entry on <paramref name="decisionDate"/>, or null before the first date.</summary>
    public abstract (string Value, DateOnly From, Explanation.Citation Citation)? Entry(DateOnly decisionDate);
}

/// <summary>An option of type <typeparamref name="T"/> with dated values. See <see cref="DatedOption"/>.</summary>
/// <typeparam name="T">The option's value type.</typeparam>
/// <param name="declaration">The option.</param>
/// <param name="values">Its values over time.</param>
public sealed class DatedOption<T>(OptionDeclaration<T> declaration, DatedValues<T> values) : DatedOption
{
    /// <summary>The typed declaration.</summary>
    public OptionDeclaration<T> TypedDeclaration { get; } = declaration ?? throw new ArgumentNullException(nameof(declaration));

    /// <summary>The values over time.</summary>
    public DatedValues<T> Values { get; } = values ?? throw new ArgumentNullException(nameof(values));

    /// <inheritdoc />
    public override OptionDeclaration Declaration => TypedDeclaration;

    /// <inheritdoc />
    public override bool AgreesWithoutDate => Values.AllAgree(out _);

    /// <inheritdoc />
    public override ImkOptions On(ImkOptions options, DateOnly decisionDate)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Values.At(decisionDate) is { } v ? TypedDeclaration.With(options, v.Value) : options;
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Periods => Values.Values
        .Select(v => Values.Until(v) is { } until
            ? string.Create(CultureInfo.InvariantCulture, $"{TypedDeclaration.Codec.Format(v.Value)} from {v.From:yyyy-MM-dd} until {until:yyyy-MM-dd} ({v.Citation})")
            : string.Create(CultureInfo.InvariantCulture, $"{TypedDeclaration.Codec.Format(v.Value)} from {v.From:yyyy-MM-dd} ({v.Citation})"))
        .ToList();

    /// <inheritdoc />
    public override IReadOnlyList<DateOnly> Boundaries => Values.Values.Select(v => v.From).ToList();

    /// <inheritdoc />
    public override (string Value, DateOnly From, Explanation.Citation Citation)? Entry(DateOnly decisionDate) =>
        Values.At(decisionDate) is { } v ? (TypedDeclaration.Codec.Format(v.Value), v.From, v.Citation) : null;
}
