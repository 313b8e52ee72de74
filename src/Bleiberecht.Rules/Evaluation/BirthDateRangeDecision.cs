using System.Globalization;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// The explain path's decision of a household with a birth-date range (<see cref="BirthDateRanges"/>): the agreed
/// decision, or the decision with the birth date unknown, with one more node under the root that says which it is,
/// how many birth dates were tried and, where they disagree, which days give which outcome.
/// </summary>
/// <remarks>
/// Where the days disagree, the outcomes and the tree are those of the household with the ranged birth dates unknown
/// (sound: never definite where the days disagree), but the grounds of a pending member are what fails or stays open
/// on some day (the union of the days' grounds; the bulk path ORs the days' masks alike) and the questions are only
/// those that can matter inside the range (ADR 0013 item 6): the exact birth date of each ranged
/// member whose day changes the outcome with the other days held (<see cref="BirthDateRanges.Matters{TSummary}"/>),
/// then every question some candidate day still asks (their union, in order of first appearance) — not what only a
/// wholly unknown birth date would ask (a school question for a child under school age on every day of the range,
/// an adult's language for a member who is a minor throughout). A member's list holds the birth dates that change
/// its own outcome and the questions the candidate days ask about it. Where the days agree the decision is the first
/// day's and the questions again the union over the days (all Pending, the days may be open for different reasons).
/// </remarks>
internal static class BirthDateRangeDecision
{
    private static readonly RuleMeta Meta = RuleMeta.Of(
        "Facts.BirthDateRange",
        "Geburtsdatum nur als Zeitraum bekannt",
        "birth date known only as a range",
        Citation.Derived("ADR 0013: the household is decided for every birth date in the range at which an age the rules read changes; definite only if all agree"));

    /// <summary>Most stretches of days listed in the node; the rest are counted.</summary>
    internal const int MaxStretchesShown = 12;

    /// <summary>What one candidate decision contributes: the outcomes compared and the questions asked.</summary>
    private sealed record Summary(Outcome Household, Outcome[] Members, IReadOnlyList<MissingFact> Missing, IReadOnlyList<MissingFact>[] MemberMissing, IReadOnlyList<string>[] MemberGrounds)
    {
        public static Summary Of(HouseholdDecision d) => new(d.Outcome, [.. d.Members.Select(m => m.Outcome)], d.Missing, [.. d.Members.Select(m => m.Missing)], [.. d.Members.Select(m => m.Grounds)]);
    }

    /// <summary>Decides the household under the rule set, resolving the ranges.</summary>
    internal static HouseholdDecision Evaluate(Household household, RuleSet ruleSet)
    {
        var r = BirthDateRanges.Resolve(household, ruleSet, h => Evaluator.Evaluate(h, ruleSet), Summary.Of, Same, all: true);
        var d = r.Decision;
        var members = d.Members.ToArray();
        var missing = d.Missing.ToList();
        var grounds = d.Grounds;
        var questions = new List<MissingFact>();
        if (!r.Agreed && r.Decisions == 0)
        {
            // Not enumerated (bound exceeded, empty range): the engine's questions with the birth dates unknown, and each one.
            foreach (var i in r.Ranged)
            {
                var q = BirthQuestion(i);
                questions.Add(q);
                members[i] = members[i] with { Missing = Distinct([.. members[i].Missing, q]) };
            }

            missing = [.. Distinct([.. missing, .. questions])];
        }
        else
        {
            // Every combination decided: the birth dates that matter (none where the days agree), then the union of
            // what the days ask — where they agree too, as they may be Pending on every day for different reasons.
            var matters = BirthDateRanges.Matters(r.Candidates, r.Summaries, Same);
            questions.AddRange(r.Ranged.Where((_, j) => matters[j]).Select(BirthQuestion));
            missing = [.. Distinct([.. questions, .. r.Summaries.SelectMany(s => s.Missing)])];
            for (var m = 0; m < members.Length; m++)
            {
                var own = BirthDateRanges.Matters(r.Candidates, r.Summaries, (a, b) => a.Members[m] == b.Members[m]);
                members[m] = members[m] with
                {
                    Missing = Distinct([.. r.Ranged.Where((_, j) => own[j]).Select(BirthQuestion), .. r.Summaries.SelectMany(s => s.MemberMissing[m])]),
                };
                if (!r.Agreed && members[m].Outcome == Outcome.Pending)
                {
                    // What keeps it pending is what fails or stays open on some day, not every element a wholly
                    // unknown birth date leaves open (the bulk path ORs the days' masks alike, BulkBirthDateRanges).
                    members[m] = members[m] with { Grounds = [.. r.Summaries.SelectMany(s => s.MemberGrounds[m]).Distinct(StringComparer.Ordinal)] };
                }
            }

            grounds = [.. members.SelectMany(x => x.Grounds).Distinct(StringComparer.Ordinal)];
        }

        var outcome = r.Agreed
            ? new Label(string.Create(CultureInfo.InvariantCulture, $"{r.Decisions} mögliche Geburtsdaten geprüft, gleiches Ergebnis"), string.Create(CultureInfo.InvariantCulture, $"{r.Decisions} possible birth dates tried, the same outcome"))
            : r.Decisions == 0
                ? new Label($"zu viele mögliche Geburtsdaten (mehr als {BirthDateRanges.MaxDecisions} Entscheidungen): als unbekannt behandelt", $"too many possible birth dates (over {BirthDateRanges.MaxDecisions} decisions): treated as unknown")
                : Stretches(household, r);
        if (r.Agreed)
        {
            // The agreed tree is the first candidate's (each range's earliest day, clipped): its age details are that
            // day's, so the node says which day the tree shows rather than letting them read as known facts.
            var shown = r.Ranged.Select((i, j) => (household.Members[i].Id, Day: Iso(r.Candidates[j][0]))).ToList();
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
        var root = d.Explanation with { Missing = missing, Children = [.. d.Explanation.Children, node] };
        return d with { Members = members, Grounds = grounds, Missing = missing, Explanation = root };
    }

    /// <summary>This node's wording of the birth-date question, one instance, so that it is recognised by reference.</summary>
    private static readonly Label BirthLabel = new("Geburtsdatum (genau)?", "Exact date of birth?");

    private static MissingFact BirthQuestion(int i) => new($"$.members[{i}].birthDate", BirthLabel);

    /// <summary>
    /// The facts in order without duplicates, compared as the engine unites them (path, then question: one path may
    /// carry two questions, e.g. the decision date for erasure and for school age; a list's linear search, so that the
    /// usual same-instance question is never formatted to be compared); a birth-date question of this node is left
    /// out where the list already asks for that path (the engine's own "Date of birth?").
    /// </summary>
    private static List<MissingFact> Distinct(IEnumerable<MissingFact> facts)
    {
        var result = new List<MissingFact>();
        foreach (var f in facts)
        {
            if (!result.Contains(f))
            {
                result.Add(f);
            }
        }

        result.RemoveAll(f => ReferenceEquals(f.Question, BirthLabel) && result.Exists(g => g.Path == f.Path && !ReferenceEquals(g.Question, BirthLabel)));
        return result;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Which days give which outcome: "by birth date child-1 2004-01-01..2004-11-17: ResidencePermit; child-1
    /// 2004-11-18..2004-12-31: Refusal" — each candidate stands for its stretch of days
    /// (<see cref="BirthDateRanges.StretchEnd"/>), neighbouring stretches of the first ranged member with the same
    /// outcomes (and the other members' days held) are joined; a household outcome <see cref="Outcome.Mixed"/> lists the
    /// members' outcomes. At most <see cref="MaxStretchesShown"/> are listed, the rest counted.
    /// </summary>
    private static Label Stretches(Household household, BirthDateRanges.Resolution<HouseholdDecision, Summary> r)
    {
        var rows = new List<string>();
        var first = r.Candidates[0];
        for (var n = 0; n < r.Summaries.Count;)
        {
            // A run along the first ranged member (the fastest-varying index) with the same outcomes.
            var end = n;
            while ((end + 1) % first.Length != 0 && Same(r.Summaries[n], r.Summaries[end + 1]))
            {
                end++;
            }

            var from = BirthDateRanges.Combination(r.Candidates, n);
            var days = new List<string> { $"{household.Members[r.Ranged[0]].Id} {Iso(first[from[0]])}..{Iso(BirthDateRanges.StretchEnd(first, from[0] + (end - n)))}" };
            for (var j = 1; j < r.Ranged.Count; j++)
            {
                days.Add($"{household.Members[r.Ranged[j]].Id} {Iso(r.Candidates[j][from[j]])}..{Iso(BirthDateRanges.StretchEnd(r.Candidates[j], from[j]))}");
            }

            var s = r.Summaries[n];
            var result = s.Household == Outcome.Mixed
                ? $"{s.Household} ({string.Join(", ", household.Members.Select((p, k) => $"{p.Id} {s.Members[k]}"))})"
                : s.Household.ToString();
            rows.Add(string.Join(", ", days) + ": " + result);
            n = end + 1;
        }

        var shown = string.Join("; ", rows.Take(MaxStretchesShown));
        var more = rows.Count > MaxStretchesShown ? rows.Count - MaxStretchesShown : 0;
        return new Label(
            string.Create(CultureInfo.InvariantCulture, $"mögliche Geburtsdaten führen zu verschiedenen Ergebnissen ({r.Decisions} geprüft): als unbekannt behandelt; nach Geburtsdatum {shown}{(more > 0 ? $"; {more} weitere" : "")}"),
            string.Create(CultureInfo.InvariantCulture, $"possible birth dates lead to different outcomes ({r.Decisions} tried): treated as unknown; by birth date {shown}{(more > 0 ? $"; {more} more" : "")}"));
    }

    /// <summary>"child-1: geboren zwischen 2004-01-01 und 2004-12-31" (ISO dates, as the other details); an open end reads "spätestens" / "frühestens".</summary>
    private static Label Describe(Person p)
    {
        var (from, to) = (p.BirthDateRange!.From, p.BirthDateRange.To);
        return (from, to) switch
        {
            ({ } a, { } z) => new Label($"{p.Id}: geboren zwischen {Iso(a)} und {Iso(z)}", $"{p.Id}: born between {Iso(a)} and {Iso(z)}"),
            (null, { } z) => new Label($"{p.Id}: geboren spätestens am {Iso(z)}", $"{p.Id}: born on or before {Iso(z)}"),
            ({ } a, null) => new Label($"{p.Id}: geboren frühestens am {Iso(a)}", $"{p.Id}: born on or after {Iso(a)}"),
            _ => new Label($"{p.Id}: Geburtsdatum offen", $"{p.Id}: birth date open"),
        };
    }

    /// <summary>The same outcome for the household and every member.</summary>
    private static bool Same(Summary a, Summary b) => a.Household == b.Household && a.Members.AsSpan().SequenceEqual(b.Members);
}
