using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Analysis;

/// <summary>One member whose decision differs between two rule sets, with the elements whose verdict flipped.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="PersonId">The member.</param>
/// <param name="From">Outcome under rule set A.</param>
/// <param name="To">Outcome under rule set B.</param>
/// <param name="NewlyFailed">Elements among B's grounds that were not among A's.</param>
/// <param name="NoLongerFailed">Elements among A's grounds that are not among B's.</param>
public sealed record ChangedDecision(string CaseId, string PersonId, Outcome From, Outcome To, IReadOnlyList<string> NewlyFailed, IReadOnlyList<string> NoLongerFailed);

/// <summary>How often an element's verdict flipped across the changed decisions.</summary>
/// <param name="ElementId">Stable element id.</param>
/// <param name="Citations">The element's citations, for the report.</param>
/// <param name="NewlyFailed">Members for whom it fails only under B.</param>
/// <param name="NoLongerFailed">Members for whom it fails only under A.</param>
public sealed record ElementAttribution(string ElementId, string Citations, int NewlyFailed, int NoLongerFailed);

/// <summary>
/// The same population decided under rule sets A and B: the outcome transition matrix (per member), the changed
/// decisions with the elements that flipped, and the per-element totals. Members are compared, not households,
/// because the resolution grants per person.
/// </summary>
/// <param name="A">Rule set A.</param>
/// <param name="B">Rule set B.</param>
/// <param name="Members">Number of members compared.</param>
/// <param name="Transitions">Count of members per (outcome under A, outcome under B).</param>
/// <param name="Changed">Every member whose outcome or grounds differ.</param>
/// <param name="Attribution">Per element, how often it flipped, most frequent first.</param>
public sealed record VariantComparison(
    string A,
    string B,
    int Members,
    IReadOnlyDictionary<(Outcome From, Outcome To), int> Transitions,
    IReadOnlyList<ChangedDecision> Changed,
    IReadOnlyList<ElementAttribution> Attribution)
{
    /// <summary>Decides every household under both rule sets and compares them member by member.</summary>
    public static VariantComparison Compare(IReadOnlyList<Household> population, RuleSet a, RuleSet b)
        => Compare(population, a, b, static (_, side) => side);

    /// <summary>
    /// As <see cref="Compare(IReadOnlyList{Household}, RuleSet, RuleSet)"/>, deciding each household under the rule
    /// set <paramref name="route"/> derives from A or B for it — <c>(h, side) =&gt; side.ForCase(h)</c> decides a direct
    /// § 104a or extension application under its own regime on both sides, as <c>bleiberecht evaluate</c> does
    /// (<see cref="RuleSet.ForCase"/>). The comparison is named after A and B.
    /// </summary>
    /// <param name="population">The households.</param>
    /// <param name="a">Rule set A.</param>
    /// <param name="b">Rule set B.</param>
    /// <param name="route">The rule set a household is decided under, given the side's rule set.</param>
    public static VariantComparison Compare(IReadOnlyList<Household> population, RuleSet a, RuleSet b, Func<Household, RuleSet, RuleSet> route)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(route);
        var transitions = new Dictionary<(Outcome, Outcome), int>();
        var changed = new List<ChangedDecision>();
        var members = 0;
        foreach (var household in population)
        {
            var da = Evaluator.Evaluate(household, route(household, a));
            var db = Evaluator.Evaluate(household, route(household, b));
            for (var i = 0; i < da.Members.Count; i++)
            {
                var pa = da.Members[i];
                var pb = db.Members[i];
                members++;
                var key = (pa.Outcome, pb.Outcome);
                transitions[key] = transitions.GetValueOrDefault(key) + 1;
                var newly = pb.Grounds.Except(pa.Grounds).ToList();
                var gone = pa.Grounds.Except(pb.Grounds).ToList();
                if (pa.Outcome != pb.Outcome || newly.Count > 0 || gone.Count > 0)
                {
                    changed.Add(new ChangedDecision(household.CaseId, pa.PersonId, pa.Outcome, pb.Outcome, newly, gone));
                }
            }
        }

        var attribution = changed
            .SelectMany(c => c.NewlyFailed.Select(id => (id, newly: 1, gone: 0)).Concat(c.NoLongerFailed.Select(id => (id, newly: 0, gone: 1))))
            .GroupBy(x => x.id)
            .Select(g => new ElementAttribution(g.Key, string.Join("; ", ImkElements.Find(g.Key)?.Citations ?? []), g.Sum(x => x.newly), g.Sum(x => x.gone)))
            .OrderByDescending(e => e.NewlyFailed + e.NoLongerFailed)
            .ThenBy(e => e.ElementId, StringComparer.Ordinal)
            .ToList();
        return new VariantComparison(a.Name, b.Name, members, transitions, changed, attribution);
    }
}
