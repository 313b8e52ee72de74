using Bleiberecht.Rules.Analysis.Paths;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Paths;

/// <summary>
/// Issue 14's laws of the path search: a returned path does what it promises (explain and bulk path), paths are
/// minimal, a qualifying household gets the empty path, and no path touches a fact a person cannot change.
/// </summary>
public sealed class PathPropertyTests
{
    private static readonly PathSearchOptions Two = new(MaxChanges: 2);

    private static bool Granted(HouseholdDecision d, string? member)
        => member is null ? d.Members.All(m => PermitOutcomes.IsPermit(m.Outcome)) : PermitOutcomes.IsPermit(d.Members.Single(m => m.PersonId == member).Outcome);

    private static bool GrantedBulk(Household h, RuleSet rs, string? member)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(rs), results, parallel: false);
        return member is null
            ? results.All(r => PermitOutcomes.IsPermit(r.Outcome))
            : PermitOutcomes.IsPermit(results[h.Members.ToList().FindIndex(m => m.Id == member)].Outcome);
    }

    [Property(MaxTest = 120, Arbitrary = [typeof(PathGenerators)])]
    public bool Applying_a_path_yields_a_permit_on_the_explain_and_the_bulk_path(PathCase c)
    {
        var found = PathSearch.Find(c.Household, c.RuleSet, Two with { MemberId = c.Member });
        return found.Paths.All(p =>
        {
            var after = p.ApplyTo(c.Household);
            return Granted(Evaluator.Evaluate(after, c.RuleSet), c.Member)
                && GrantedBulk(after, c.RuleSet, c.Member)
                && Granted(p.Decision, c.Member)
                && PermitOutcomes.IsPermit(p.Outcome) == (c.Member is not null || p.Decision.Outcome != Outcome.Mixed);
        });
    }

    [Property(MaxTest = 120, Arbitrary = [typeof(PathGenerators)])]
    public bool Paths_are_minimal(PathCase c)
    {
        var found = PathSearch.Find(c.Household, c.RuleSet, Two with { MemberId = c.Member });
        var sets = found.Paths.Select(p => p.Changes.Select(x => x.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var noSuperset = sets.All(a => sets.All(b => ReferenceEquals(a, b) || !b.IsSubsetOf(a)));

        // Stronger than the issue asks: dropping any one change of a path loses the permit.
        var properSubsetsFail = found.Paths.All(p => p.Changes.All(drop =>
        {
            var answered = p.ApplyTo(c.Household);
            var without = new EligibilityPath(p.Answers, p.Changes.Where(x => !ReferenceEquals(x, drop)).ToList(), 0, p.Outcome, [], p.Decision).ApplyTo(c.Household);
            return !Granted(Evaluator.Evaluate(without, c.RuleSet), c.Member) && answered is not null;
        }));
        return noSuperset && properSubsetsFail && found.PathsFound >= found.Paths.Count;
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(PathGenerators)])]
    public bool A_qualifying_household_returns_exactly_the_empty_path(PathCase c)
    {
        var decision = Evaluator.Evaluate(c.Household, c.RuleSet);
        var found = PathSearch.Find(c.Household, c.RuleSet, Two with { MemberId = c.Member });
        if (!Granted(decision, c.Member))
        {
            return !found.GrantsAsIs && found.Paths.All(p => p.Changes.Count + p.Answers.Count > 0);
        }

        return found.GrantsAsIs && found.ShortestLength == 0
            && found.Paths.Count == 1 && found.Paths[0].Changes.Count == 0 && found.Paths[0].Answers.Count == 0;
    }

    [Property(MaxTest = 120, Arbitrary = [typeof(PathGenerators)])]
    public bool Unchangeable_facts_never_appear_in_a_path(PathCase c)
    {
        var found = PathSearch.Find(c.Household, c.RuleSet, Two with { MemberId = c.Member });
        return found.Paths.All(p =>
        {
            // Compare the household after the answers with the household after the changes: only changeable facts differ.
            var answered = new EligibilityPath(p.Answers, [], 0, p.Outcome, [], p.Decision).ApplyTo(c.Household);
            var after = p.ApplyTo(c.Household);
            var household = answered.ApplicationFiled == after.ApplicationFiled && answered.ApplicationDate == after.ApplicationDate
                && answered.DecisionDate == after.DecisionDate && answered.ApplicationWithdrawn == after.ApplicationWithdrawn
                && answered.Livelihood?.MonthlyNeedEur == after.Livelihood?.MonthlyNeedEur
                && answered.Members.Count == after.Members.Count;
            return household && answered.Members.Zip(after.Members).All(x => SameUnchangeable(x.First, x.Second))
                && p.Changes.All(ch => ch.Facts.All(Changeable));
        });
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(PathGenerators)])]
    public bool The_population_summary_agrees_with_the_exhaustive_search(PathPopulation pop)
    {
        // Several rule sets at once (the generated one, the base rule and BW, whose options equal the base rule's):
        // the summary searches them together and copies equal ones; each row must match the exhaustive search.
        RuleSet[] ruleSets = [pop.RuleSet, RuleSet.Imk2006, Rules.Profiles.ProfileCatalog.RuleSetFor("BW")];
        var summary = PathSummary.Run(pop.Households, ruleSets, new PathSummaryOptions(Two, Resamples: 20, MaxDegreeOfParallelism: 1));
        return summary.Rows.Zip(ruleSets).All(x =>
        {
            var (row, rs) = x;
            var lengths = pop.Households.Select(h => PathSearch.Find(h, rs, Two).ShortestLength).ToList();
            return row.Lengths[0].Households == lengths.Count(l => l == 0)
                && row.Lengths[1].Households == lengths.Count(l => l == 1)
                && row.Lengths[2].Households == lengths.Count(l => l == 2)
                && row.Lengths[3].Households + row.Lengths[4].Households == lengths.Count(l => l is null)
                && row.Lengths.Sum(l => l.Households) == pop.Households.Count
                && row.Lengths.All(l => l.Share.Lower <= l.Share.Share + 1e-12 && l.Share.Share <= l.Share.Upper + 1e-12);
        });
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(PathGenerators)])]
    public bool Settling_every_unknown_grants_whenever_answering_the_questions_grants(PathCase c)
    {
        // The search runs on the settled household; it must not lose a permit that the case's own questions,
        // answered favourably, would give (an answer never overrides a known fact).
        var d = Evaluator.Evaluate(c.Household, c.RuleSet);
        var answered = Evaluator.Evaluate(PathSearch.Answer(c.Household, c.RuleSet, d, -1).Answered, c.RuleSet);
        var settled = Evaluator.Evaluate(FactAnswering.Settle(c.Household), c.RuleSet);
        return !Granted(answered, null) || Granted(settled, null);
    }

    [Fact]
    public void The_generated_cases_reach_paths_with_changes_and_with_answers()
    {
        // Guards the properties above against vacuity: the generator must produce refusals a change cures and
        // pending cases that answers settle.
        var cases = PathGenerators.Cases().Generator.Sample(200, new FsCheck.Rnd(7UL), 20).ToList();
        var results = cases.Select(c => PathSearch.Find(c.Household, c.RuleSet, Two with { MemberId = c.Member })).ToList();
        Assert.True(results.Count(r => r.Paths.Any(p => p.Changes.Count >= 1)) >= 10);
        Assert.True(results.Count(r => r.Paths.Any(p => p.Changes.Count >= 2)) >= 1);
        Assert.True(results.Count(r => r.Paths.Any(p => p.Answers.Count >= 1)) >= 5);
        Assert.True(results.Count(r => r.GrantsAsIs) >= 5);
    }

    private static readonly string[] ChangeableSuffixes =
    [
        ".employments", ".livelihood.receivesBenefits", ".germanLevel", ".germanVerifiedInPerson", ".identity.validPassport",
        ".identity.identityClarified", ".identity.credibleEffortsDocumented", ".schooling.attendsSchool", ".housing.sufficient", ".housing.communalShelter",
    ];

    private static bool Changeable(string fact) => ChangeableSuffixes.Any(s => fact.EndsWith(s, StringComparison.Ordinal));

    private static bool Same<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static bool SameUnchangeable(Person a, Person b) =>
        a.Id == b.Id && a.Role == b.Role && a.BirthDate == b.BirthDate && a.EntryDate == b.EntryDate
        && Same(a.Interruptions, b.Interruptions) && Same(a.StatusHistory, b.StatusHistory)
        && a.Tolerated == b.Tolerated && a.ObligedToLeave == b.ObligedToLeave && a.DuldungForbidsEmployment == b.DuldungForbidsEmployment
        && Same(a.Convictions, b.Convictions) && Same(a.Misconduct, b.Misconduct)
        && a.ExtremismLinks == b.ExtremismLinks && a.CooperationBreached == b.CooperationBreached
        && a.ExceptionalCircumstances == b.ExceptionalCircumstances && a.OtherTitleGranted == b.OtherTitleGranted
        && a.SpouseHardship == b.SpouseHardship && a.UnableToWork == b.UnableToWork && a.WorkNotReasonable == b.WorkNotReasonable
        && a.Schooling?.PositiveSchoolPrognosis == b.Schooling?.PositiveSchoolPrognosis && a.Schooling?.AttendsKita == b.Schooling?.AttendsKita
        && (a.Employments ?? []).SequenceEqual((b.Employments ?? []).Take((a.Employments ?? []).Count));
}
