using System.Globalization;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Options.Declarations;

namespace Bleiberecht.Rules.Explanation;

/// <summary>
/// Formats the value an option has in a rule set, with where it comes from, for an explanation (like OpenFisca's
/// tracing parameter node): <c>Family.MinChildAge = 2 (BE, L804-807)</c>. An engine lists, per decision, the options
/// each element read with this.
/// </summary>
public static class OptionTrace
{
    /// <summary>
    /// The value of <paramref name="optionId"/> in <paramref name="ruleSet"/> on <paramref name="decisionDate"/>,
    /// with its source: the profile or variant and lines that set it, the dated period it falls in, or "base" with
    /// the base's citation. Without a decision date, an option whose dated values differ is described as depending
    /// on the date, with every period — never as one of them.
    /// </summary>
    /// <exception cref="ArgumentException">No option has this id.</exception>
    public static Label Describe(RuleSet ruleSet, string optionId, DateOnly? decisionDate)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(optionId);
        var declaration = OptionDeclarations.Find(optionId) is { } d && string.Equals(d.Id, optionId, StringComparison.Ordinal)
            ? d
            : throw new ArgumentException($"unknown option id '{optionId}'", nameof(optionId));
        var dated = ruleSet.DatedOptions.FirstOrDefault(o => o.OptionId == declaration.Id);
        ruleSet.OptionSources.TryGetValue(declaration.Id, out var source);
        var origin = source?.Origin ?? ruleSet.Name;

        if (dated is not null && decisionDate is null && !dated.AgreesWithoutDate)
        {
            var periods = string.Join("; ", dated.Periods);
            return new Label(
                $"{declaration.Id} hängt vom Entscheidungsdatum ab: {periods} ({origin})",
                $"{declaration.Id} depends on the decision date: {periods} ({origin})");
        }

        if (dated is not null && decisionDate is { } date && dated.Entry(date) is { } entry)
        {
            var from = entry.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new Label(
                $"{declaration.Id} = {entry.Value} ({origin}, {entry.Citation}, ab {from})",
                $"{declaration.Id} = {entry.Value} ({origin}, {entry.Citation}, from {from})");
        }

        var value = declaration.Format(ruleSet.OptionsOn(decisionDate));
        if (source is not null)
        {
            var decree = source.DecreeDate is { } dd ? dd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var kept = source.KeptBase;
            return new Label(
                $"{declaration.Id} = {value} ({source}{(decree is null ? string.Empty : $", Erlass vom {decree}")}{(kept ? ", Basisregel ausdrücklich beibehalten" : string.Empty)})",
                $"{declaration.Id} = {value} ({source}{(decree is null ? string.Empty : $", decree of {decree}")}{(kept ? ", base rule kept explicitly" : string.Empty)})");
        }

        if (value != declaration.Format(Options.ImkOptions.Base))
        {
            // Set in code (e.g. RuleSet.Imk2006 with { Options = ... }): the rule set is the only source there is.
            return new Label($"{declaration.Id} = {value} ({ruleSet.Name})", $"{declaration.Id} = {value} ({ruleSet.Name})");
        }

        var cited = declaration.BaseCitation is { } c ? $", {c}" : string.Empty;
        return new Label($"{declaration.Id} = {value} (Basis{cited})", $"{declaration.Id} = {value} (base{cited})");
    }
}
