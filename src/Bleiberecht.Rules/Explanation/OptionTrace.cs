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

    /// <summary>
    /// The options a decision read, with their values and sources: every option whose catalogue entry says it affects
    /// an element that appears in the decision's explanation, described as <see cref="Describe"/> does on the case's
    /// decision date. Computed on demand, so the explain path pays nothing for it when nobody asks.
    /// </summary>
    public static IReadOnlyList<OptionRead> Read(RuleSet ruleSet, HouseholdDecision decision, DateOnly? decisionDate)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(decision);
        var elements = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<ExplanationNode>();
        stack.Push(decision.Explanation);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var id = node.ElementId;
            var slash = id.IndexOf('/', StringComparison.Ordinal);
            elements.Add(slash < 0 ? id : id[..slash]);
            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }

        var read = new List<OptionRead>();
        foreach (var option in Profiles.OptionCatalog.All)
        {
            if (option.IsApplied && option.Affects.Any(elements.Contains))
            {
                ruleSet.OptionSources.TryGetValue(option.Id, out var source);
                read.Add(new OptionRead(option.Id, Describe(ruleSet, option.Id, decisionDate), source is not null || ruleSet.DatedOptions.Any(d => d.OptionId == option.Id)));
            }
        }

        // Dated parameters of a regime (the IMK decision of 4.12.2009) are listed like a profile's dated options.
        read.AddRange(Regimes.S104aExtension.ExtensionDatedParameters.Read(elements, decisionDate));
        return read;
    }
}

/// <summary>An option a decision read.</summary>
/// <param name="OptionId">The option id (discretion-options catalogue).</param>
/// <param name="Value">Its value and where it comes from, e.g. <c>Family.MinChildAge = 2 (BE, L804-807)</c>.</param>
/// <param name="FromRuleSet">True if the profile or variant set or dated it; false for the base rule's value.</param>
public sealed record OptionRead(string OptionId, Label Value, bool FromRuleSet);
