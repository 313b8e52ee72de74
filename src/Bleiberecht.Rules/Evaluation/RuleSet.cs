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

    /// <summary>
    /// This rule set's options (a Land profile, a variant) under another regime: <c>--regime s104a --profile BY</c>.
    /// The regime's fixed parameters (its reference date, years, thresholds) take precedence over the options when
    /// they are read (<see cref="OptionsOn"/>); the name says which regime decides.
    /// </summary>
    public RuleSet Under(Regimes.Regime regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        if (ReferenceEquals(regime, Regime))
        {
            return this;
        }

        return this with
        {
            Regime = regime,
            Name = regime.Id == Regimes.Regime.Imk2006.Id ? Name : $"{Name}@{regime.Id}",
            Description = $"{Description} — {regime.Name.De}",
            Title = new Label($"{Title.De} — {regime.Name.De}", $"{Title.En} — {regime.Name.En}"),
            Citations = [.. Citations, .. regime.Citations],
        };
    }

    /// <summary>
    /// The rule set a case is decided under: this one, except that a direct § 104a application
    /// (<see cref="Facts.Household.ApplicationUnder"/> = <see cref="Facts.ApplicationBasis.S104a"/>) is decided under
    /// the § 104a regime — there is no IMK application to decide, so neither the IMK rule nor its A31 conversion applies;
    /// an extension application (<see cref="Facts.ApplicationBasis.S104aExtension"/>) under the extension regime.
    /// </summary>
    public RuleSet ForCase(Facts.Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        return household.ApplicationUnder switch
        {
            Facts.ApplicationBasis.S104a => Under(Regimes.Regime.S104a),
            Facts.ApplicationBasis.S104aExtension => Under(Regimes.Regime.S104aExtension),
            _ => this,
        };
    }

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
