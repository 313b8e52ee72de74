using System.Collections.ObjectModel;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Options.Dated;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>Dated option values and the provenance of each option value (issue 9, item 3).</summary>
public sealed partial record RuleSet
{
    /// <summary>
    /// Options whose value this rule set dates (a decree changed it, or it applied only for a time); on a decision
    /// date they take precedence over <see cref="Options"/>. Empty for the base rule.
    /// </summary>
    public IReadOnlyList<DatedOption> DatedOptions { get; init; } = [];

    /// <summary>For each option id the profile or variant sets: where its value comes from (profile id, lines, decree date).</summary>
    public IReadOnlyDictionary<string, OptionSource> OptionSources { get; init; } = NoSources.Instance;

    /// <summary>
    /// The options in force on <paramref name="decisionDate"/>: <see cref="Options"/> with every dated option set to
    /// its value on that date (a date before an option's first dated value keeps the undated value). A null date
    /// gives <see cref="Options"/> unchanged — the regime's fixed parameters (<see cref="Regimes.Regime.S104a"/>: its
    /// reference date, years and thresholds) applied in either case — check <see cref="OptionsDependingOnDate"/> to know which of them an
    /// unknown date leaves open.
    /// </summary>
    public ImkOptions OptionsOn(DateOnly? decisionDate)
    {
        if (decisionDate is not { } date || DatedOptions.Count == 0)
        {
            return Regime.Adapt(Options);
        }

        var options = Options;
        foreach (var dated in DatedOptions)
        {
            options = dated.On(options, date);
        }

        return Regime.Adapt(options);
    }

    /// <summary>
    /// The ids of the dated options whose values differ over time: without a decision date their value is not
    /// known, and an explanation must say so rather than use the undated value as if it were certain.
    /// </summary>
    public IReadOnlyList<string> OptionsDependingOnDate =>
        DatedOptions.Where(d => !d.AgreesWithoutDate).Select(d => d.OptionId).ToList();

    /// <summary>Holder of the empty map, so it exists before <see cref="Imk2006"/> (initialised in the other part) uses it.</summary>
    private static class NoSources
    {
        public static readonly IReadOnlyDictionary<string, OptionSource> Instance =
            new ReadOnlyDictionary<string, OptionSource>(new Dictionary<string, OptionSource>(StringComparer.Ordinal));
    }
}
