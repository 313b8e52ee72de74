namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>One step of a generosity chain of an option of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The option's value type.</typeparam>
/// <param name="Label">The value in readable form with its source, e.g. <c>2 (BE)</c>; "(base)" marks the base value.</param>
/// <param name="Update">Maps the current value to this step's value (a record option may keep its other fields).</param>
public sealed record GenerosityValue<T>(string Label, Func<T, T> Update)
{
    /// <summary>A step that sets the value to <paramref name="value"/>.</summary>
    public static GenerosityValue<T> Is(T value, string label) => new(label, _ => value);
}
