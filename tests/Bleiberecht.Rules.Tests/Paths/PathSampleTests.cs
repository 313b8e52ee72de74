using Bleiberecht.Rules.Analysis.Paths;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Paths;

/// <summary>
/// Paths of the samples, derived by hand from the law: a refused case (language), a pending case (open questions,
/// answered first), a job-search-Duldung case (livelihood), and cases no change can help (a job after the work
/// take-up deadline, too short a stay, a spouse's conviction).
/// </summary>
public sealed class PathSampleTests
{
    private static Household Sample(string name) => CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, name + ".json"))[0];

    private static string Keys(EligibilityPath p) => string.Join("+", p.Changes.Select(c => c.Key));

    [Fact]
    public void Refused_for_German_below_A2_is_one_German_course_away()
    {
        // Sample 14 meets everything but A2 (L4179-4180): the job (950 net) covers the need (750), housing is
        // sufficient, 8 years on 17.11.2006. The only changeable fact the language element reads is the level.
        var found = PathSearch.Find(Sample("14-language-below-a2"), RuleSet.Imk2006);
        Assert.Equal(Outcome.Refusal, found.Outcome);
        Assert.Empty(found.Questions);
        var path = Assert.Single(found.Paths);
        Assert.Equal("ReachGermanLevel(applicant)", Keys(path));
        Assert.Equal(PathCostModel.Default.ReachGermanLevel, path.Cost);
        Assert.Equal(Outcome.ResidencePermit, path.Outcome);
        Assert.Equal(["IMK.Integration.Language"], path.ElementsTurnedMet);
        Assert.Equal(1, found.ShortestLength);
    }

    [Fact]
    public void Pending_case_answers_its_questions_first_and_needs_no_change()
    {
        // Sample 13 is sample 14's applicant with four facts unknown; answered favourably (no interruption, no
        // conviction, sufficient housing, A2) every requirement is met, so the path is the answers alone.
        var found = PathSearch.Find(Sample("13-unknown-facts-pending"), RuleSet.Imk2006);
        Assert.Equal(Outcome.Pending, found.Outcome);
        Assert.Equal(
            ["$.housing.sufficient", "$.members[0].convictions", "$.members[0].germanLevel", "$.members[0].interruptions"],
            found.Questions.Select(q => q.Question.Path).Order(StringComparer.Ordinal));
        var path = Assert.Single(found.Paths);
        Assert.Empty(path.Changes);
        Assert.Equal(4, path.Answers.Count);
        Assert.All(path.Answers, a => Assert.True(a.Favourable));
        Assert.Equal(Outcome.ResidencePermit, path.Outcome);

        // Unfavourable answers: insufficient housing refuses (L3547); A1 refuses under the base rule as in sample 14.
        Assert.Equal(Outcome.Refusal, found.Questions.Single(q => q.Question.Path == "$.housing.sufficient").OutcomeIfUnfavourable);
        Assert.Equal(Outcome.Refusal, found.Questions.Single(q => q.Question.Path == "$.members[0].germanLevel").OutcomeIfUnfavourable);
    }

    [Fact]
    public void Pending_case_with_known_insufficient_housing_answers_first_then_moves()
    {
        var h = Sample("13-unknown-facts-pending");
        h = h with { Housing = h.Housing! with { Sufficient = false } };
        var found = PathSearch.Find(h, RuleSet.Imk2006);
        var path = Assert.Single(found.Paths);
        Assert.Equal(3, path.Answers.Count);
        Assert.Equal("AdequateHousing", Keys(path));
        Assert.Contains("IMK.Integration.Housing", path.ElementsTurnedMet);
        Assert.Equal(Outcome.ResidencePermit, path.Outcome);
    }

    [Fact]
    public void Job_search_Duldung_family_is_one_job_away_either_parent()
    {
        // Sample 04: need 1,450 EUR, no jobs, benefits — livelihood not secured, so a Duldung for the job search
        // (Punkt 9, L620-621). A job of either parent paying the need, taken up on 15.6.2007 (before the deadline of
        // 30.9.2007), secures it (L4303-4307); both jobs together are not minimal.
        var found = PathSearch.Find(Sample("04-family-job-search-duldung"), RuleSet.Imk2006);
        Assert.Equal(Outcome.JobSearchDuldung, found.Outcome);
        Assert.Equal(["TakeUpJob(father)", "TakeUpJob(mother)"], found.Paths.Select(Keys));
        Assert.All(found.Paths, p =>
        {
            Assert.Equal(Outcome.ResidencePermit, p.Outcome);
            Assert.Equal(["IMK.Livelihood.Secured"], p.ElementsTurnedMet);
            Assert.Equal(PathCostModel.Default.TakeUpJob, p.Cost);
        });
    }

    [Fact]
    public void The_cost_model_orders_the_paths_and_can_be_overridden()
    {
        // Sample 04's paths are single jobs: under a model where a job costs 0.5, each costs exactly that.
        var cheapJobs = PathCostModel.Default with { TakeUpJob = 0.5m };
        var found = PathSearch.Find(Sample("04-family-job-search-duldung"), RuleSet.Imk2006, new PathSearchOptions(CostModel: cheapJobs));
        Assert.All(found.Paths, p => Assert.Equal(0.5m, p.Cost));
    }

    [Fact]
    public void A_job_after_the_work_take_up_deadline_cannot_help()
    {
        // Sample 16 is decided on 15.10.2007: a job taken up on the decision date starts after the deadline of
        // 30.9.2007 (Punkt 9, L620-621), so no change of at most three helps — the decision date matters.
        var found = PathSearch.Find(Sample("16-job-after-deadline-refusal"), RuleSet.Imk2006);
        Assert.Equal(Outcome.Refusal, found.Outcome);
        Assert.Empty(found.Paths);
        Assert.Null(found.ShortestLength);

        // The same case decided on 15.9.2007: the job counts again.
        var early = Sample("16-job-after-deadline-refusal") with { DecisionDate = new DateOnly(2007, 9, 15) };
        Assert.NotEmpty(PathSearch.Find(early, RuleSet.Imk2006).Paths);
    }

    [Theory]
    [InlineData("05-too-short-residence", null)]          // residence time at the Stichtag: waiting does not help (L792)
    [InlineData("08-conviction-above-threshold", null)]   // convictions are not changeable (L184)
    [InlineData("11-family-spouse-conviction", "father")] // the mother's conviction excludes the family (L2198-2201)
    public void No_change_helps_against_unchangeable_grounds(string sample, string? member)
    {
        var found = PathSearch.Find(Sample(sample), RuleSet.Imk2006, new PathSearchOptions(MemberId: member));
        Assert.Equal(Outcome.Refusal, found.Outcome);
        Assert.Empty(found.Paths);
    }

    [Fact]
    public void A_granted_case_returns_the_empty_path()
    {
        var found = PathSearch.Find(Sample("01-family-permit"), RuleSet.Imk2006, new PathSearchOptions(MemberId: "child-1"));
        Assert.True(found.GrantsAsIs);
        var path = Assert.Single(found.Paths);
        Assert.Empty(path.Changes);
        Assert.Empty(path.Answers);
    }

    [Fact]
    public void Where_agrees_with_the_search_under_each_rule_set()
    {
        var h = Sample("04-family-job-search-duldung");
        var ruleSets = WhereQualifies.AllRuleSets();
        Assert.Equal(1 + 16 + Rules.Profiles.ProfileCatalog.All.Count(p => p.Kind == Rules.Profiles.ProfileKind.Kommune), ruleSets.Count);
        var rows = WhereQualifies.Run(h, ruleSets);
        Assert.Equal(ruleSets.Select(r => r.Name), rows.Select(r => r.RuleSet));
        foreach (var (row, rs) in rows.Zip(ruleSets))
        {
            var found = PathSearch.Find(h, rs);
            Assert.Equal(found.ShortestLength, row.ShortestLength);
            Assert.Equal(PermitOutcomes.IsPermit(Evaluator.Evaluate(h, rs).Outcome), row.GrantsAsIs);
            Assert.All(row.ShortestPaths, p => Assert.Equal(row.ShortestLength, p.Changes.Count));
        }
    }

    [Fact]
    public void Unknown_member_and_out_of_range_options_are_clear_errors()
    {
        var h = Sample("04-family-job-search-duldung");
        var e = Assert.Throws<ArgumentException>(() => PathSearch.Find(h, RuleSet.Imk2006, new PathSearchOptions(MemberId: "nobody")));
        Assert.Contains("nobody", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PathSearch.Find(h, RuleSet.Imk2006, new PathSearchOptions(MaxChanges: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathSearch.Find(h, RuleSet.Imk2006, new PathSearchOptions(MaxChanges: 7)));
    }

    [Fact]
    public void A_birth_year_only_is_answered_by_the_exact_birth_date()
    {
        // Sample 43 in Berlin (A01 = 2, L804-807): the toddler "born in 2004" is 2 on 17.11.2006 if born by
        // 17.11.2004 (a family: 6 years suffice, every other requirement met as in sample 21) and 1 if born later
        // (8 years needed, the parents have 6 y 191 d: refusal). The path answers the open birth date with a day of
        // the first stretch and needs no change; a day of the second is the unfavourable answer.
        var found = PathSearch.Find(Sample("43-family-toddler-birth-year-only"), Rules.Profiles.ProfileCatalog.RuleSetFor("BE"));
        Assert.Equal(Outcome.Pending, found.Outcome);
        var birth = found.Questions.Single(q => q.Question.Path == "$.members[2].birthDate");
        var favourable = DateOnly.ParseExact(birth.Favourable!.Value.Trim('"'), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var unfavourable = DateOnly.ParseExact(birth.Unfavourable!.Value.Trim('"'), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(favourable, new DateOnly(2004, 1, 1), new DateOnly(2004, 11, 17));
        Assert.InRange(unfavourable, new DateOnly(2004, 11, 18), new DateOnly(2004, 12, 31));
        Assert.Equal(Outcome.Refusal, birth.OutcomeIfUnfavourable);
        var path = Assert.Single(found.Paths);
        Assert.Empty(path.Changes);
        Assert.Equal(Outcome.ResidencePermit, path.Outcome);
        Assert.Contains(path.Answers, a => a.Path == "$.members[2].birthDate" && a.Value == birth.Favourable.Value);

        // The explanation names the range (de and en) in the node that says how it was decided.
        var node = Assert.Single(Evaluator.Evaluate(Sample("43-family-toddler-birth-year-only"), Rules.Profiles.ProfileCatalog.RuleSetFor("BE")).Explanation.Children, c => c.ElementId == "Facts.BirthDateRange");
        Assert.StartsWith("child-1: born between 2004-01-01 and 2004-12-31", node.Detail!.En, StringComparison.Ordinal);
        Assert.StartsWith("child-1: geboren zwischen 2004-01-01 und 2004-12-31", node.Detail.De, StringComparison.Ordinal);
    }
}
