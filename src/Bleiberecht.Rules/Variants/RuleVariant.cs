using System.Text.Json;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Variants;

/// <summary>
/// A rule variant (OpenFisca's "reform"): a named set of option overrides applied to a baseline — the base rule, a
/// Land or a Kommune. Data only: values are option values from the catalogue, never expressions or code.
/// </summary>
/// <param name="Name">Short name; becomes the rule set's name as <c>variant:Name</c>.</param>
/// <param name="Description">What the variant models.</param>
/// <param name="BasedOn">Baseline: <c>base</c> (IMK 2006) or a profile id.</param>
/// <param name="Overrides">Option id → value, in the encoding of profiles.json.</param>
/// <param name="Citations">Sources for the variant's values (study lines, decrees).</param>
public sealed record RuleVariant(string Name, string Description, string BasedOn, IReadOnlyDictionary<string, JsonElement> Overrides, IReadOnlyList<string> Citations)
{
    /// <summary>Ids accepted for the IMK 2006 base rule as <see cref="BasedOn"/>.</summary>
    public static readonly IReadOnlyList<string> BaseIds = ["base", RuleSet.Imk2006.Name];

    /// <summary>
    /// The rule set: the baseline's options with the overrides applied, built anew each time so that no variant
    /// can leak into the baseline or into another variant.
    /// </summary>
    public RuleSet ToRuleSet()
    {
        var baseline = BaseIds.Contains(BasedOn, StringComparer.OrdinalIgnoreCase)
            ? RuleSet.Imk2006
            : ProfileCatalog.ToRuleSet(ProfileCatalog.Find(BasedOn) ?? throw new InvalidOperationException($"unknown basedOn '{BasedOn}'"));
        var options = baseline.Options;
        foreach (var (id, value) in Overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            options = OptionApplier.Apply(options, id, value);
        }

        var citations = baseline.Citations.Concat(Citations.Select(Citation.Source)).Distinct().ToList();
        var name = $"variant:{Name}";
        // An override replaces the baseline's value on every date, so the baseline's dating of it no longer applies.
        var sources = baseline.OptionSources.Values.Where(s => !Overrides.ContainsKey(s.OptionId))
            .Concat(Overrides.Keys.Select(id => new OptionSource(id, name, Citations.Count > 0 ? Citation.Source(string.Join("; ", Citations)) : null, null)))
            .ToDictionary(s => s.OptionId, StringComparer.Ordinal);
        return new RuleSet(name, $"{Description} (basedOn {baseline.Name})", options, citations)
        {
            // A variant changes options, not the regime it is based on (a variant of a composed regime stays composed).
            Regime = baseline.Regime,
            DatedOptions = baseline.DatedOptions.Where(d => !Overrides.ContainsKey(d.OptionId)).ToList().AsReadOnly(),
            OptionSources = new System.Collections.ObjectModel.ReadOnlyDictionary<string, OptionSource>(sources),
        };
    }
}
