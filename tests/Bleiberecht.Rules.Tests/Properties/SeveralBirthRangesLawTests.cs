using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Outcome = Bleiberecht.Rules.Evaluation.Outcome;

namespace Bleiberecht.Rules.Tests.Properties;

/// <summary>A household in which the members <paramref name="Indexes"/> have birth-date ranges of a few days each, and the rule set to decide it under.</summary>
public sealed record SeveralRanged(Household Household, int[] Indexes, RuleSet RuleSet)
{
    /// <summary>The range of ranged member number <paramref name="j"/>.</summary>
    public DateRange Range(int j) => Household.Members[Indexes[j]].BirthDateRange!;

    public override string ToString() => $"rule set {RuleSet.Name}, members {string.Join(",", Indexes)}:\n{CaseJson.Write(Household)}";
}

/// <summary>
/// Households with two or three members' birth dates replaced by short ranges, each around an age the rules read
/// (an age on 17.11.2006, 1.7.2007, 31.12.2009 or the decision date), so that every combination of days can be
/// enumerated: two ranges of up to 11 days (121 combinations) or three of up to 5 (125).
/// </summary>
public static class SeveralBirthRangesGenerators
{
    private static readonly RuleSet[] RuleSets = BirthRangeGenerators.RuleSets;

    public static Arbitrary<SeveralRanged> Ranged() => Arb.From(
        from h in Gen.Frequency((1, Generators.HouseholdGen()), (3, Eligible()))
        // Only the ranges drawn here (Generators draws some of its own).
        where h.Members.Count >= 2 && h.Members.All(p => p.BirthDateRange is null)
        from three in Gen.Elements(false, h.Members.Count >= 3)
        // Children first more often (their ages decide most), then any members.
        from childrenFirst in Gen.Elements(false, true)
        from shuffled in Gen.Shuffle(Enumerable.Range(0, h.Members.Count).ToArray())
        let order = childrenFirst ? [.. shuffled.OrderByDescending(k => h.Members[k].Role == HouseholdRole.Child)] : shuffled
        let indexes = order.Take(three ? 3 : 2).Order().ToArray()
        from r0 in RangeFor(h, h.Members[indexes[0]], three ? 4 : 10)
        from r1 in RangeFor(h, h.Members[indexes[1]], three ? 4 : 10)
        from r2 in three ? RangeFor(h, h.Members[indexes[2]], 4) : Gen.Constant<DateRange?>(null)
        let ranges = three ? new[] { r0, r1, r2 } : [r0, r1]
        where ranges.All(r => r is not null)
        from rules in Gen.Elements(RuleSets)
        select new SeveralRanged(
            h with
            {
                Members = [.. h.Members.Select((p, k) => Array.IndexOf(indexes, k) is var j && j >= 0 ? p with { BirthDate = null, BirthDateRange = ranges[j] } : p)],
            },
            indexes,
            rules));

    /// <summary>A range of at most <paramref name="width"/> + 1 days around an age edge, ending no later than the member's entry date; null if the entry cuts it away.</summary>
    private static Gen<DateRange?> RangeFor(Household h, Person p, int width) =>
        from edge in Edge(h, p)
        from before in Gen.Choose(0, width)
        from length in Gen.Choose(0, width)
        let from_ = edge.AddDays(-before)
        let latest = from_.AddDays(length)
        let to = p.EntryDate is { } e && e < latest ? e : latest
        select from_ <= to ? new DateRange { From = from_, To = to } : null;

    /// <summary>
    /// The last birth date with a given age on a reference date the rules read: for a child mostly the ages that
    /// decide for it (A01's 2 or 3 on 17.11.2006, school age 6 on the decision date, § 104b's 14 and majority on
    /// 1.7.2007), so that ranges straddle edges that matter and the days often disagree.
    /// </summary>
    private static Gen<DateOnly> Edge(Household h, Person p)
    {
        var decision = h.DecisionDate ?? new DateOnly(2007, 6, 15);
        var any = from reference in Gen.Elements(new DateOnly(2006, 11, 17), new DateOnly(2007, 7, 1), new DateOnly(2009, 12, 31), decision)
                  from age in Gen.Elements(0, 2, 3, 6, 14, 18, 65)
                  select reference.AddYears(-age);
        var child = Gen.Elements(
            new DateOnly(2006, 11, 17).AddYears(-2),
            new DateOnly(2006, 11, 17).AddYears(-3),
            decision.AddYears(-6),
            new DateOnly(2007, 7, 1).AddYears(-14),
            new DateOnly(2007, 7, 1).AddYears(-18));
        return p.Role == HouseholdRole.Child ? Gen.Frequency((3, child), (1, any)) : any;
    }

    /// <summary>
    /// A family with two children meeting every requirement but perhaps school attendance (known or not, per
    /// child), decided in 2007-2008, the children entered late enough not to cut a range.
    /// </summary>
    private static Gen<Household> Eligible() =>
        from attends in Gen.Elements<bool?>(false, true, null)
        from attends2 in Gen.Elements<bool?>(false, true, null)
        from decision in Gen.Choose(0, 600).Select(d => new DateOnly(2007, 3, 1).AddDays(d))
        let family = TestCases.Family()
        select family with
        {
            DecisionDate = decision,
            Members =
            [
                .. family.Members.Select(p => p.Role == HouseholdRole.Child ? p with { EntryDate = new DateOnly(2010, 1, 1), Schooling = new Schooling { AttendsSchool = attends, PositiveSchoolPrognosis = true } } : p),
                TestCases.Child("child-2", "2001-03-01", "2010-01-01") with { Schooling = new Schooling { AttendsSchool = attends2, PositiveSchoolPrognosis = true } },
            ],
        };
}

/// <summary>
/// ADR 0013 item 6 with several ranged members at once: a definite outcome is the outcome of every combination of
/// birth dates (enumerated day by day); narrowing all ranges at once never flips a definite outcome; and the
/// questions are those of the days — every question some combination of days asks is asked, nothing that no
/// combination asks, and a member's exact birth date exactly where two combinations differing only in that member's
/// day decide differently. On the explain and the bulk path alike.
/// </summary>
public class SeveralBirthRangesLawTests
{
    private static (BulkResult[] Members, BulkHouseholdResult Household) Bulk(Household h, RuleSet rules)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        var households = new BulkHouseholdResult[1];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(rules), results, households, parallel: false);
        return (results, households[0]);
    }

    /// <summary>Every combination of one day per range, the first ranged member's day varying fastest, with the household it makes.</summary>
    private static List<(DateOnly[] Days, Household Exact)> Combinations(SeveralRanged c)
    {
        var result = new List<(DateOnly[], Household)>();
        var days = new DateOnly[c.Indexes.Length];
        void Fill(int j)
        {
            if (j < 0)
            {
                var exact = c.Household with
                {
                    Members = [.. c.Household.Members.Select((p, k) => Array.IndexOf(c.Indexes, k) is var x && x >= 0 ? p with { BirthDate = days[x], BirthDateRange = null } : p)],
                };
                result.Add(([.. days], exact));
                return;
            }

            for (var d = c.Range(j).From!.Value; d <= c.Range(j).To!.Value; d = d.AddDays(1))
            {
                days[j] = d;
                Fill(j - 1);
            }
        }

        Fill(c.Indexes.Length - 1);
        return result;
    }

    private static string Key(Rules.Explanation.MissingFact f) => f.Path + " | " + f.Question.En;

    private static bool Definite(Outcome o) => o is not (Outcome.Pending or Outcome.Mixed);

    [Property(MaxTest = 100, Arbitrary = [typeof(SeveralBirthRangesGenerators)])]
    public void A_definite_outcome_with_several_ranges_is_the_outcome_of_every_combination_and_the_questions_are_the_days(SeveralRanged c)
    {
        var ranged = Evaluator.Evaluate(c.Household, c.RuleSet);
        var (bulk, bulkHousehold) = Bulk(c.Household, c.RuleSet);
        Assert.Equal(ranged.Members.Select(m => (m.Outcome, c.RuleSet.Regime.MaskOf(m.Grounds))), bulk.Select(b => (b.Outcome, b.Failures)));
        Assert.Equal((ranged.Outcome, c.RuleSet.Regime.MaskOf(ranged.Grounds)), (bulkHousehold.Outcome, bulkHousehold.Failures));

        var combos = Combinations(c).Select(x => (x.Days, Decision: Evaluator.Evaluate(x.Exact, c.RuleSet))).ToList();
        var asked = ranged.Missing.Select(Key).ToHashSet(StringComparer.Ordinal);
        var askedBy = ranged.Members.Select(m => m.Missing.Select(Key).ToHashSet(StringComparer.Ordinal)).ToArray();
        foreach (var (days, exact) in combos)
        {
            var on = string.Join(", ", days.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            for (var m = 0; m < exact.Members.Count; m++)
            {
                if (Definite(ranged.Members[m].Outcome))
                {
                    Assert.True(ranged.Members[m].Outcome == exact.Members[m].Outcome, $"member {m}: {ranged.Members[m].Outcome} with the ranges, {exact.Members[m].Outcome} born {on}");
                }

                // Union law: what a day asks about a member, the ranged decision asks about it.
                Assert.All(exact.Members[m].Missing, q => Assert.True(askedBy[m].Contains(Key(q)), $"member {m} born {on} asks {q.Path}, the ranged decision does not"));
            }

            Assert.All(exact.Missing, q => Assert.True(asked.Contains(Key(q)), $"born {on} asks {q.Path}, the ranged decision does not"));
        }

        // Nothing that no day asks, other than the ranged birth dates.
        var byDays = combos.SelectMany(x => x.Decision.Missing).Select(Key).ToHashSet(StringComparer.Ordinal);
        var births = c.Indexes.Select(i => $"$.members[{i}].birthDate").ToArray();
        Assert.All(ranged.Missing, q => Assert.True(births.Contains(q.Path) || byDays.Contains(Key(q)), $"asks {q.Path}, which no combination of days asks"));

        // A member's exact birth date is asked where two combinations differing only in its day decide differently
        // (the household or any member), and only there (bound: at most 125 combinations, well below MaxDecisions).
        static string Outcomes(HouseholdDecision d) => d.Outcome + ":" + string.Join(",", d.Members.Select(m => m.Outcome));
        for (var j = 0; j < c.Indexes.Length; j++)
        {
            var others = combos.GroupBy(x => string.Join(",", x.Days.Where((_, k) => k != j)), StringComparer.Ordinal);
            var matters = others.Any(g => g.Select(x => Outcomes(x.Decision)).Distinct(StringComparer.Ordinal).Count() > 1);
            Assert.True(matters == ranged.Missing.Any(q => q.Path == births[j]), $"member {c.Indexes[j]}'s day {(matters ? "matters but is not asked" : "does not matter but is asked")}");
        }

        // Never definite where the days disagree: a household outcome the days do not share is not definite.
        if (combos.Select(x => x.Decision.Outcome).Distinct().Count() > 1)
        {
            Assert.False(Definite(ranged.Outcome), $"household {ranged.Outcome} while the days disagree");
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(SeveralBirthRangesGenerators)])]
    public void Narrowing_several_birth_ranges_at_once_never_flips_a_definite_outcome(SeveralRanged c, NonNegativeInt[] cuts)
    {
        // Each range cut from both ends by an arbitrary number of days (at least one day left), all at once.
        var cut = cuts.Select(x => x.Get).Concat(Enumerable.Repeat(0, 2 * c.Indexes.Length)).ToArray();
        var members = c.Household.Members.ToArray();
        for (var j = 0; j < c.Indexes.Length; j++)
        {
            var r = c.Range(j);
            var days = r.To!.Value.DayNumber - r.From!.Value.DayNumber;
            var a = cut[2 * j] % (days + 1);
            var b = cut[(2 * j) + 1] % (days - a + 1);
            members[c.Indexes[j]] = members[c.Indexes[j]] with { BirthDateRange = new DateRange { From = r.From.Value.AddDays(a), To = r.To.Value.AddDays(-b) } };
        }

        var narrowed = c.Household with { Members = members };
        var before = Evaluator.Evaluate(c.Household, c.RuleSet);
        var after = Evaluator.Evaluate(narrowed, c.RuleSet);
        var (bulkBefore, _) = Bulk(c.Household, c.RuleSet);
        var (bulkAfter, _) = Bulk(narrowed, c.RuleSet);
        Assert.Equal(before.Members.Select(m => m.Outcome), bulkBefore.Select(x => x.Outcome));
        Assert.Equal(after.Members.Select(m => m.Outcome), bulkAfter.Select(x => x.Outcome));
        for (var m = 0; m < before.Members.Count; m++)
        {
            var (o, n) = (before.Members[m].Outcome, after.Members[m].Outcome);
            Assert.True(!Definite(o) || o == n, $"member {m}: {o} with the ranges, {n} narrowed");
        }

        Assert.True(!Definite(before.Outcome) || before.Outcome == after.Outcome, $"household: {before.Outcome} with the ranges, {after.Outcome} narrowed");
    }
}
