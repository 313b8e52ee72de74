using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Options.Dated;

/// <summary>
/// A value in force from a date, with its source (like one entry of OpenFisca's dated YAML parameters): it holds
/// until the next value of its <see cref="DatedValues{T}"/> takes over.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="From">First day the value applies (a decree's or statute's date).</param>
/// <param name="Value">The value.</param>
/// <param name="Citation">Where the value and its date come from (study lines, statute).</param>
public sealed record Dated<T>(DateOnly From, T Value, Citation Citation);
