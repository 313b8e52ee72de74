using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Properties;

/// <summary>
/// Laws every decision must obey, whatever the facts (rules.md 5.3: Unknown never becomes False; the household is a
/// set of members; a conviction can only hurt; a longer stay can only help).
/// </summary>
public class DecisionLawTests
{
    private static bool Definite(Outcome o) => o is Outcome.ResidencePermit or Outcome.JobSearchDuldung or Outcome.Refusal;

    /// <summary>How favourable an outcome is for the person: refusal &lt; pending &lt; Duldung &lt; permit.</summary>
    private static int Rank(Outcome o) => o switch
    {
        Outcome.Refusal => 0,
        Outcome.Pending => 1,
        Outcome.JobSearchDuldung => 2,
        Outcome.ResidencePermit => 3,
        _ => -1,
    };

    private static Dictionary<string, Outcome> ById(Household h) =>
        Evaluator.Evaluate(h).Members.ToDictionary(m => m.PersonId, m => m.Outcome, StringComparer.Ordinal);

    [Property(MaxTest = 300, Arbitrary = [typeof(Generators)])]
    public bool Filling_an_unknown_fact_never_contradicts_a_definite_outcome(Filled f)
    {
        var before = ById(f.Before);
        var after = ById(f.After);
        return before.All(kv => !Definite(kv.Value) || after[kv.Key] == kv.Value);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Generators)])]
    public bool Member_order_does_not_matter(Permuted p)
    {
        var a = ById(p.Original);
        var b = ById(p.Shuffled);
        return a.Count == b.Count && a.All(kv => b[kv.Key] == kv.Value);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Generators)])]
    public bool Json_round_trip_preserves_every_decision(Case c)
    {
        var back = Assert.Single(CaseJson.Read(CaseJson.Write(c.Household)));
        var a = Evaluator.Evaluate(c.Household).Members;
        var b = Evaluator.Evaluate(back).Members;
        return a.Count == b.Count && a.Zip(b).All(x =>
            x.First.PersonId == x.Second.PersonId
            && x.First.Outcome == x.Second.Outcome
            && x.First.Grounds.SequenceEqual(x.Second.Grounds)
            && x.First.Missing.Select(m => m.Path).SequenceEqual(x.Second.Missing.Select(m => m.Path)));
    }

    private static readonly Conviction SixtyDayFines = new()
    {
        Date = new DateOnly(2005, 6, 1),
        InGermany = true,
        Culpability = Culpability.Intentional,
        ForeignerOnlyOffence = false,
        Sentence = SentenceKind.DayFines,
        DayFines = 60,
    };

    [Property(MaxTest = 200, Arbitrary = [typeof(Generators)])]
    public bool A_conviction_above_the_threshold_never_improves_any_outcome(Case c)
    {
        var h = c.Household;
        var before = ById(h);
        for (var i = 0; i < h.Members.Count; i++)
        {
            var p = h.Members[i];
            var convicted = h with { Members = h.Members.Select((m, j) => j == i ? p with { Convictions = [.. p.Convictions ?? [], SixtyDayFines] } : m).ToList() };
            var after = ById(convicted);
            foreach (var (id, outcome) in before)
            {
                var ok = Rank(outcome) < 0 ? after[id] == outcome : Rank(after[id]) <= Rank(outcome);
                if (!ok)
                {
                    return false;
                }
            }

            if (!before.Where(kv => kv.Value == Outcome.Refusal).All(kv => after[kv.Key] == Outcome.Refusal))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Generators)])]
    public bool Entering_a_year_earlier_never_worsens_a_definite_outcome(Case c)
    {
        var h = c.Household;

        // Nobody can enter before birth: children born in Germany keep their entry on the birth date.
        var earlier = h with
        {
            Members = h.Members.Select(p => p with
            {
                EntryDate = p.EntryDate is { } e ? (p.BirthDate is { } b && e.AddYears(-1) < b ? b : e.AddYears(-1)) : null,
            }).ToList(),
        };
        var before = ById(h);
        var after = ById(earlier);
        return before.All(kv => !Definite(kv.Value) || Rank(after[kv.Key]) >= Rank(kv.Value));
    }
}
