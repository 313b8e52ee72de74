using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// A named, immutable rule set: the IMK 2006 structure with one set of parameters. Variants and Land profiles are
/// new rule sets; the base is never modified (OpenFisca's "reform applied to a baseline").
/// </summary>
/// <param name="Name">Short id, e.g. <c>IMK-2006</c>, <c>BY</c>, <c>variant:my-file</c>.</param>
/// <param name="Description">What the rule set is.</param>
/// <param name="Options">Its parameters.</param>
/// <param name="Citations">Where its parameters come from (decrees, source lines).</param>
public sealed partial record RuleSet(string Name, string Description, ImkOptions Options, IReadOnlyList<Citation> Citations)
{
    /// <summary>
    /// The regime whose elements and decision procedure the options parameterise: <see cref="Regimes.Regime.Imk2006"/> unless
    /// a composed regime is set (<c>ruleSet with { Regime = ... }</c>).
    /// </summary>
    public Regimes.Regime Regime { get; init; } = Regimes.Regime.Imk2006;

    /// <summary>
    /// <see cref="Description"/> in German and English, for output in either language (the CLI prints English, the
    /// explanation trees carry both). Defaults to the description in both languages (a user's variant text is not
    /// translated).
    /// </summary>
    public Label Title
    {
        get => title ?? Label.Same(Description);
        init => title = value;
    }

    private readonly Label? title;

    /// <summary>The resolution of 17.11.2006 with the base values it implies.</summary>
    public static RuleSet Imk2006 { get; } = new(
        "IMK-2006",
        "IMK-Beschluss vom 17.11.2006 (Basisregel)",
        ImkOptions.Base,
        [Citation.Source("L3-4"), Citation.Statute("§ 23 Abs. 1 AufenthG")])
    {
        Title = new Label("IMK-Beschluss vom 17.11.2006 (Basisregel)", "IMK resolution of 17.11.2006 (base rule)"),
    };
}
