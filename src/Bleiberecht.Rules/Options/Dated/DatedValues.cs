using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Options.Dated;

/// <summary>
/// The values of one parameter over time: ordered by <see cref="Dated{T}.From"/>, each valid from its date until the
/// day before the next one's (so they never overlap). The decision date selects the value. Without a decision date
/// the value is known only if every candidate agrees (<see cref="AllAgree"/>); otherwise the caller must say that it
/// depends on the date rather than guess. Immutable.
/// </summary>
/// <typeparam name="T">The value type; candidates are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
public sealed class DatedValues<T>
{
    /// <summary>Builds the sequence.</summary>
    /// <param name="values">At least one value, with strictly increasing <see cref="Dated{T}.From"/> dates.</param>
    /// <exception cref="ArgumentException">No values, or two values share a date or are out of order.</exception>
    public DatedValues(IEnumerable<Dated<T>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("a dated parameter needs at least one value", nameof(values));
        }

        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].From <= list[i - 1].From)
            {
                throw new ArgumentException($"dated values must have strictly increasing dates: {list[i].From:yyyy-MM-dd} follows {list[i - 1].From:yyyy-MM-dd}", nameof(values));
            }
        }

        Values = list.AsReadOnly();
    }

    /// <summary>The values, earliest first.</summary>
    public IReadOnlyList<Dated<T>> Values { get; }

    /// <summary>The value in force on <paramref name="date"/>, or null before the first value's date.</summary>
    public Dated<T>? At(DateOnly date)
    {
        // Indexed rather than foreach: the bulk path asks this per household (the § 104a extension's IMK decision),
        // and enumerating the interface would allocate an enumerator each time.
        Dated<T>? found = null;
        var values = Values;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].From > date)
            {
                break;
            }

            found = values[i];
        }

        return found;
    }

    /// <summary>The last day <paramref name="value"/> is in force, or null for the last value (open-ended).</summary>
    public DateOnly? Until(Dated<T> value)
    {
        var i = Values.ToList().IndexOf(value);
        return i >= 0 && i + 1 < Values.Count ? Values[i + 1].From.AddDays(-1) : null;
    }

    /// <summary>
    /// True when every value is the same, so that an unknown decision date does not matter; <paramref name="value"/>
    /// is then that value. False when the value depends on the date (<paramref name="value"/> is then default).
    /// </summary>
    public bool AllAgree(out T value)
    {
        var first = Values[0].Value;
        if (Values.All(v => EqualityComparer<T>.Default.Equals(v.Value, first)))
        {
            value = first;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// The value on <paramref name="decisionDate"/>; without a date, the value only if all candidates agree. False
    /// (and no value) before the first date, or when the date is unknown and the candidates differ.
    /// </summary>
    public bool TryResolve(DateOnly? decisionDate, out T value)
    {
        if (decisionDate is { } date)
        {
            if (At(date) is { } v)
            {
                value = v.Value;
                return true;
            }

            value = default!;
            return false;
        }

        return AllAgree(out value);
    }

    /// <summary>The citations of every value, in order, without repeats.</summary>
    public IReadOnlyList<Citation> Citations => Values.Select(v => v.Citation).Distinct().ToList();
}
