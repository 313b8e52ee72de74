using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>The result of a leaf test: verdict, the facts behind it, and what to ask when it is unknown.</summary>
/// <param name="Result">The verdict.</param>
/// <param name="Detail">Facts and arithmetic behind the verdict, for the explanation.</param>
/// <param name="Missing">Facts to ask for; only meaningful when <paramref name="Result"/> is Unknown.</param>
public readonly record struct Check(Truth Result, Label? Detail, IReadOnlyList<MissingFact> Missing)
{
    /// <summary>A definite or unknown verdict with an explanatory detail.</summary>
    public static Check Of(Truth result, Label? detail = null) => new(result, detail, []);

    /// <summary>An unknown verdict naming the facts to ask for.</summary>
    public static Check Unknown(Label? detail, params MissingFact[] missing) => new(Truth.Unknown, detail, missing);

    /// <summary>A requirement that does not apply to this subject: it is met by definition (vacuous truth).</summary>
    public static Check NotApplicable(Label why) => new(Truth.True, why, []);
}
