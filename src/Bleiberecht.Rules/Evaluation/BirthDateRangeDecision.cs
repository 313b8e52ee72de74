using System.Globalization;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// The explain path's decision of a household with a birth-date range (<see cref="BirthDateRanges"/>): the agreed
/// decision, or the decision with the birth date unknown, with one more node under the root that says which it is
/// and how many birth dates were tried, and the question for the birth date where they disagree.
/// </summary>
internal static class BirthDateRangeDecision
{
    private static readonly RuleMeta Meta = RuleMeta.Of(
        "Facts.BirthDateRange",
        "Geburtsdatum nur als Zeitraum bekannt",
        "birth date known only as a range",
        Citation.Derived("ADR 0013: the household is decided for every birth date in the range at which an age the rules read changes; definite only if all agree"));

    /// <summary>Decides the household under the rule set, resolving the ranges.</summary>
    internal static HouseholdDecision Evaluate(Household household, RuleSet ruleSet)
    {
        var r = BirthDateRanges.Resolve(household, ruleSet, h => Evaluator.Evaluate(h, ruleSet), Same);
        var d = r.Decision;
        var questions = new List<MissingFact>();
        var members = d.Members.ToArray();
        if (!r.Agreed)
        {
            foreach (var i in r.Ranged)
            {
                var q = new MissingFact($"$.members[{i}].birthDate", new Label("Geburtsdatum (genau)?", "Exact date of birth?"));
                questions.Add(q);
                if (!members[i].Missing.Any(m => m.Path == q.Path))
                {
                    members[i] = members[i] with { Missing = [.. members[i].Missing, q] };
                }
            }
        }

        var outcome = r.Agreed
            ? new Label(string.Create(CultureInfo.InvariantCulture, $"{r.Decisions} mögliche Geburtsdaten geprüft, gleiches Ergebnis"), string.Create(CultureInfo.InvariantCulture, $"{r.Decisions} possible birth dates tried, the same outcome"))
            : r.Decisions == 0
                ? new Label($"zu viele mögliche Geburtsdaten (mehr als {BirthDateRanges.MaxDecisions} Entscheidungen): als unbekannt behandelt", $"too many possible birth dates (over {BirthDateRanges.MaxDecisions} decisions): treated as unknown")
                : new Label("mögliche Geburtsdaten führen zu verschiedenen Ergebnissen: als unbekannt behandelt", "possible birth dates lead to different outcomes: treated as unknown");
        if (r.Agreed)
        {
            // The agreed tree is the first candidate's (each range's earliest day, clipped): its age details are that
            // day's, so the node says which day the tree shows rather than letting them read as known facts.
            var shown = r.Ranged.Select(i => (household.Members[i].Id, Day: BirthDateRanges.Candidates(household, household.Members[i], household.Members[i].BirthDateRange!, ruleSet)[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
            outcome = new Label(
                outcome.De + "; der Baum zeigt " + string.Join(", ", shown.Select(x => $"{x.Id} geboren am {x.Day}")),
                outcome.En + "; the tree shows " + string.Join(", ", shown.Select(x => $"{x.Id} born {x.Day}")));
        }

        // Which member's birth date is a range and what it holds, so that the node reads on its own (explain, HTML).
        var ranges = r.Ranged.Select(i => Describe(household.Members[i])).ToList();
        var detail = new Label(
            string.Join("; ", ranges.Select(x => x.De)) + " — " + outcome.De,
            string.Join("; ", ranges.Select(x => x.En)) + " — " + outcome.En);
        var node = new ExplanationNode(Meta, r.Agreed ? Truth.True : Truth.Unknown, null, detail, questions, []);
        var missing = d.Missing.ToList();
        foreach (var q in questions)
        {
            if (!missing.Any(m => m.Path == q.Path))
            {
                missing.Add(q);
            }
        }

        var root = d.Explanation with { Missing = missing, Children = [.. d.Explanation.Children, node] };
        return d with { Members = members, Missing = missing, Explanation = root };
    }

    /// <summary>"child-1: geboren zwischen 2004-01-01 und 2004-12-31" (ISO dates, as the other details); an open end reads "spätestens" / "frühestens".</summary>
    private static Label Describe(Person p)
    {
        var (from, to) = (p.BirthDateRange!.From, p.BirthDateRange.To);
        static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (from, to) switch
        {
            ({ } a, { } z) => new Label($"{p.Id}: geboren zwischen {Iso(a)} und {Iso(z)}", $"{p.Id}: born between {Iso(a)} and {Iso(z)}"),
            (null, { } z) => new Label($"{p.Id}: geboren spätestens am {Iso(z)}", $"{p.Id}: born on or before {Iso(z)}"),
            ({ } a, null) => new Label($"{p.Id}: geboren frühestens am {Iso(a)}", $"{p.Id}: born on or after {Iso(a)}"),
            _ => new Label($"{p.Id}: Geburtsdatum offen", $"{p.Id}: birth date open"),
        };
    }

    /// <summary>The same outcome for the household and every member.</summary>
    private static bool Same(HouseholdDecision a, HouseholdDecision b)
    {
        if (a.Outcome != b.Outcome)
        {
            return false;
        }

        for (var i = 0; i < a.Members.Count; i++)
        {
            if (a.Members[i].Outcome != b.Members[i].Outcome)
            {
                return false;
            }
        }

        return true;
    }
}
