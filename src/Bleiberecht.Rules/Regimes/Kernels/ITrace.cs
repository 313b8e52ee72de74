using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// What an element kernel reports besides its verdict: the questions for facts it found missing and the detail
/// behind the verdict. A struct type parameter, so the JIT compiles one specialisation per tracer: with
/// <see cref="NoTrace"/> (<see cref="Enabled"/> is a constant false) every <c>if (TTrace.Enabled)</c> block and
/// the label it would build disappear, as dotnet/runtime's <c>SpanHelpers</c> do with <c>INegator&lt;T&gt;</c>;
/// with <see cref="CheckTrace"/> the same kernel builds the explanation leaf (OpenFisca's SimpleTracer/FullTracer).
/// </summary>
internal interface ITrace
{
    /// <summary>Whether the tracer records anything; kernels guard every report (and every label they build) by it.</summary>
    static abstract bool Enabled { get; }

    /// <summary>A fact the verdict needs is missing: the question to ask (member property path, German and English).</summary>
    void Ask(string property, string questionDe, string questionEn);

    /// <summary>A household fact the verdict needs is missing: the question to ask (household property path).</summary>
    void AskHousehold(string property, string questionDe, string questionEn);

    /// <summary>The detail behind the verdict (the last one reported wins; <c>null</c> clears it).</summary>
    void Detail(Label? detail);
}
