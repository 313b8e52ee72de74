using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Explanation;

/// <summary>
/// A rule element together with one verdict: the one field in which an <see cref="ExplanationNode"/> keeps both. Each
/// element makes its three once (<see cref="RuleMeta"/>), so a node holds five references instead of five and a
/// byte — 56 instead of 64 bytes, for the 80 or so nodes of every explained household. Equality is by value, so two
/// nodes compare as they did when they held the element and the verdict themselves.
/// </summary>
/// <param name="Meta">The rule element.</param>
/// <param name="Result">The verdict.</param>
internal sealed record ElementVerdict(RuleMeta Meta, Truth Result)
{
    /// <summary>The element's own instance for a verdict (a new one only for no element or a value outside the three).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ElementVerdict Of(RuleMeta meta, Truth result)
        => meta is null ? new ElementVerdict(meta!, result) : meta.With(result);
}
