using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Profiles;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using FsCheck;
using Outcome = Bleiberecht.Rules.Evaluation.Outcome;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Properties;

/// <summary>A household whose member <paramref name="Index"/> has a birth-date range, and the rule set to decide it under.</summary>
public sealed record BirthRanged(Household Household, int Index, RuleSet RuleSet)
{
    /// <summary>The range of the member.</summary>
    public DateRange Range => Household.Members[Index].BirthDateRange!;

    public override string ToString() => $"rule set {RuleSet.Name}, member {Index}:\n{CaseJson.Write(Household)}";
}

/// <summary>Generated households with one member's birth date replaced by a range of one or two age edges (up to about five years).</summary>
public static class BirthRangeGenerators
{
    /// <summary>The rule sets the range laws are checked under (also for several ranged members).</summary>
    internal static readonly RuleSet[] RuleSets =
    [
        RuleSet.Imk2006,
        RuleSet.Imk2006.Under(Regime.S104a),
        RuleSet.Imk2006.Under(Regime.S104aExtension),
        ProfileCatalog.RuleSetFor("BY"),
        ProfileCatalog.RuleSetFor("BE"),
    ];

    public static Arbitrary<BirthRanged> Ranged() => Arb.From(Gen.Frequency((2, AnyRanged()), (1, SchoolChild())));

    /// <summary>
    /// The family's child, its range reaching from about its sixth birthday on the decision date to about its third
    /// on 17.11.2006 (A01): both ends can be refused (school age without attending / no family) with a permit between.
    /// </summary>
    private static Gen<BirthRanged> SchoolChild() =>
        from h in Eligible().Where(h => h.Members.Count == 3)
        from rules in Gen.Elements(RuleSets)
        from a in Gen.Choose(-20, 20)
        from b in Gen.Choose(-20, 20)
        let from_ = h.DecisionDate!.Value.AddYears(-6).AddDays(a)
        let to = new DateOnly(2003, 11, 17).AddDays(b)
        select new BirthRanged(h.With("child", p => p with { BirthDate = null, BirthDateRange = new DateRange { From = from_, To = to } }), 2, rules);

    private static Gen<BirthRanged> AnyRanged() =>
        from h in Gen.Frequency((1, Generators.HouseholdGen()), (2, Eligible()))
        from i in Gen.Choose(0, h.Members.Count - 1)
        from rules in Gen.Elements(RuleSets)
        from edge1 in Edge(h)
        from edge2 in Edge(h)
        from two in Gen.Elements(false, true)
        from before in Gen.Choose(0, 20)
        from after in Gen.Choose(0, 20)
        // One age edge ± 20 days, or two edges (of different reference dates and ages, up to a few years apart) so
        // that the range can hold an outcome that neither end has.
        let from_ = (two && edge2 < edge1 ? edge2 : edge1).AddDays(-before)
        let latest = (two && edge2 > edge1 ? edge2 : edge1).AddDays(after)
        let entry = h.Members[i].EntryDate
        let to = entry is { } e && e < latest ? e : latest
        where from_ <= to && to.DayNumber - from_.DayNumber <= 5 * 366
        select new BirthRanged(
            h with { Members = [.. h.Members.Select((p, k) => k == i ? p with { BirthDate = null, BirthDateRange = new DateRange { From = from_, To = to } } : p)] },
            i,
            rules);

    /// <summary>
    /// A single person or a family meeting every requirement but perhaps school attendance (TestCases), decided on a
    /// day of 2007-2008, whose members' ages alone then decide; the child entered as late as 2010, so the entry
    /// date does not cut the range.
    /// </summary>
    private static Gen<Household> Eligible() =>
        from family in Gen.Elements(false, true)
        from attends in Gen.Elements(false, true)
        from decision in Gen.Choose(0, 600).Select(d => new DateOnly(2007, 3, 1).AddDays(d))
        let h = family ? TestCases.Family() : TestCases.Single()
        select h.With("child", p => p with { EntryDate = new DateOnly(2010, 1, 1), Schooling = new Schooling { AttendsSchool = attends, PositiveSchoolPrognosis = true } }) with { DecisionDate = decision };

    /// <summary>The last birth date with a given age on a reference date the rules read.</summary>
    private static Gen<DateOnly> Edge(Household h) =>
        from reference in Gen.Elements(new DateOnly(2006, 11, 17), new DateOnly(2007, 7, 1), new DateOnly(2009, 12, 31), h.DecisionDate ?? new DateOnly(2007, 6, 15))
        from age in Gen.Elements(0, 3, 6, 14, 18, 65)
        select reference.AddYears(-age);

    /// <summary>A household with one member's known birth date as the one-day range [b, b].</summary>
    public static Arbitrary<Case> Collapsed() => Arb.From(
        // Households without other birth ranges (Generators draws some), so the collapsed one is the only range.
        from h in Generators.HouseholdGen().Where(h => h.Members.Any(p => p.BirthDate is not null) && h.Members.All(p => p.BirthDateRange is null))
        from i in Gen.Elements(h.Members.Select((p, k) => (p, k)).Where(x => x.p.BirthDate is not null).Select(x => x.k).ToArray())
        select new Case(h with { Members = [.. h.Members.Select((p, k) => k == i ? p with { BirthDateRange = new DateRange { From = p.BirthDate, To = p.BirthDate }, BirthDate = null } : p)] }));
}

/// <summary>
/// ADR 0013, birth-date ranges: a range of one day decides as the exact birth date; an outcome that is definite with
/// a range is the outcome of every birth date in it (checked by enumerating the range); narrowing a range never
/// flips a definite outcome; both on the explain path and on the bulk path (which decides ranged households through
/// its own engine).
/// </summary>
public class BirthDateRangeLawTests
{
    private static Outcome[] Bulk(Household h, RuleSet rules)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(rules), results, parallel: false);
        return [.. results.Select(r => r.Outcome)];
    }

    private static Household Exact(Household h, int index, DateOnly birth) =>
        h with { Members = [.. h.Members.Select((p, k) => k == index ? p with { BirthDate = birth, BirthDateRange = null } : p)] };

    [Property(MaxTest = 200, Arbitrary = [typeof(BirthRangeGenerators)])]
    public void A_range_of_one_day_decides_as_the_exact_birth_date(Case c)
    {
        var h = c.Household;
        var i = h.Members.ToList().FindIndex(p => p.BirthDateRange is not null);
        var exact = Exact(h, i, h.Members[i].BirthDateRange!.From!.Value);
        foreach (var rules in new[] { RuleSet.Imk2006, RuleSet.Imk2006.Under(Regime.S104a) })
        {
            var ranged = Evaluator.Evaluate(h, rules);
            var known = Evaluator.Evaluate(exact, rules);
            Assert.Equal(known.Outcome, ranged.Outcome);
            Assert.Equal(known.Members.Select(m => (m.Outcome, string.Join(",", m.Grounds))), ranged.Members.Select(m => (m.Outcome, string.Join(",", m.Grounds))));
            Assert.Equal(known.Missing, ranged.Missing);
            Assert.Equal(Bulk(exact, rules), Bulk(h, rules));
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(BirthRangeGenerators)])]
    public void Narrowing_a_birth_range_never_flips_a_definite_outcome(BirthRanged c, NonNegativeInt cutFrom, NonNegativeInt cutTo)
    {
        // A sub-range (possibly one day) of the range: what was definite stays, on both paths.
        var days = c.Range.To!.Value.DayNumber - c.Range.From!.Value.DayNumber;
        var a = cutFrom.Get % (days + 1);
        var b = cutTo.Get % (days - a + 1);
        var narrowed = c.Household with
        {
            Members = [.. c.Household.Members.Select((p, k) => k == c.Index ? p with { BirthDateRange = new DateRange { From = c.Range.From.Value.AddDays(a), To = c.Range.To.Value.AddDays(-b) } } : p)],
        };
        var before = Evaluator.Evaluate(c.Household, c.RuleSet).Members.Select(m => m.Outcome).ToArray();
        var after = Evaluator.Evaluate(narrowed, c.RuleSet).Members.Select(m => m.Outcome).ToArray();
        var bulkBefore = Bulk(c.Household, c.RuleSet);
        var bulkAfter = Bulk(narrowed, c.RuleSet);
        for (var m = 0; m < before.Length; m++)
        {
            Assert.True(before[m] == Outcome.Pending || before[m] == after[m], $"member {m}: {before[m]} with the range, {after[m]} narrowed by {a}/{b} days");
            Assert.True(bulkBefore[m] == Outcome.Pending || bulkBefore[m] == bulkAfter[m], $"bulk member {m}: {bulkBefore[m]} with the range, {bulkAfter[m]} narrowed by {a}/{b} days");
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(BirthRangeGenerators)])]
    public void A_definite_outcome_with_a_range_is_the_outcome_of_every_birth_date_in_it(BirthRanged c)
    {
        var ranged = Evaluator.Evaluate(c.Household, c.RuleSet);
        var bulk = Bulk(c.Household, c.RuleSet);
        Assert.Equal(ranged.Members.Select(m => m.Outcome), bulk);
        for (var day = c.Range.From!.Value; day <= c.Range.To!.Value; day = day.AddDays(1))
        {
            var exact = Evaluator.Evaluate(Exact(c.Household, c.Index, day), c.RuleSet);
            for (var m = 0; m < exact.Members.Count; m++)
            {
                if (ranged.Members[m].Outcome != Outcome.Pending)
                {
                    Assert.True(ranged.Members[m].Outcome == exact.Members[m].Outcome, $"member {m}: {ranged.Members[m].Outcome} with the range, {exact.Members[m].Outcome} born {day:yyyy-MM-dd}");
                }
            }
        }
    }
}
