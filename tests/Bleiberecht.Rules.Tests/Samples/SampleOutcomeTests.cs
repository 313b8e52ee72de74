using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Serialization;

namespace Bleiberecht.Rules.Tests.Samples;

/// <summary>
/// Each bundled sample pins its expected outcome per member under the IMK base rule, and the element that decides it.
/// The expectations are what each sample was written to show (its name), read against the resolution: a change of
/// the engine that moves any of them fails here, on both paths.
/// </summary>
public class SampleOutcomeTests
{
    private const Outcome P = Outcome.ResidencePermit;
    private const Outcome D = Outcome.JobSearchDuldung;
    private const Outcome R = Outcome.Refusal;
    private const Outcome O = Outcome.Pending;

    /// <summary>File → one outcome per member (in file order) and an element among the household's grounds.</summary>
    public static TheoryData<string, Outcome[], string?> Expected => new()
    {
        { "01-family-permit", [P, P, P], null },
        { "02-single-eight-years-permit", [P], null },
        { "03-family-six-years-permit", [P, P, P], null },
        // Everything met but livelihood, decided before 30.9.2007: Duldung for the job search (Punkt 9, L620-621).
        { "04-family-job-search-duldung", [D, D, D], ImkElements.Livelihood.Id },
        { "05-too-short-residence", [R], ImkElements.MinYears.Id },
        { "06-deception", [R], ImkElements.Deception.Id },
        { "07-obstruction", [R], ImkElements.Obstruction.Id },
        { "08-conviction-above-threshold", [R], ImkElements.Conviction.Id },
        { "09-extremism", [R], ImkElements.Extremism.Id },
        { "10-absconding", [R], ImkElements.Absconding.Id },
        // The mother's conviction reaches the whole family under the base scope (A19, L2198-2201): her own ground is
        // the conviction, the others' is the family scope.
        { "11-family-spouse-conviction", [R, R, R], ImkElements.Conviction.Id },
        // A passport not yet presented keeps the case open (rules.md 5.2).
        { "12-missing-passport-pending", [O], ImkElements.Passport.Id },
        { "13-unknown-facts-pending", [O], null },
        // Below A2 with the base deficit outcome Refuse (Barnim, L1031-1032).
        { "14-language-below-a2", [R], ImkElements.Language.Id },
        { "15-school-prognosis-negative", [R, R, R], ImkElements.SchoolPrognosis.Id },
        // Decided on 15.10.2007, after the work take-up deadline of 30.9.2007 (Punkt 9).
        { "16-job-after-deadline-refusal", [R], ImkElements.WorkTakeUp.Id },
        // A mini-job does not secure the livelihood (L2421): before the deadline, Duldung for the job search.
        { "17-mini-job-only", [D], ImkElements.Livelihood.Id },
        { "18-withdrawn", [Outcome.WithdrawnOrSettled], null },
        { "19-no-application", [Outcome.NoApplication], ImkElements.Application.Id },
        // A job outside the permitted area does not count (L712-715): job-search Duldung before the deadline.
        { "20-job-outside-permitted-area", [D], ImkElements.Livelihood.Id },
        // A child of two on the reference date is below the base minimum age of a "Kind im Haushalt" (kindergarten
        // age, [background] L804-807), so the household needs 8 years; Berlin's practice (age 2) grants it (below).
        { "21-family-toddler-six-years", [R, R, R], ImkElements.MinYears.Id },
        // Temp-agency work could not be consented to before the global consent (§ 40 AufenthG, L1480-1482).
        { "22-temp-agency-before-global-consent", [D], ImkElements.Livelihood.Id },
        { "23-absconded-once", [R], ImkElements.Absconding.Id },
        { "24-elderly-exception-group-e", [P], null },
        { "25-single-parent-exception-group-c", [P, P], null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_sample_decides_as_it_was_written_to_show(string file, Outcome[] outcomes, string? ground)
    {
        var households = CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, file + ".json"));
        var household = Assert.Single(households);
        var decision = Evaluator.Evaluate(household);
        Assert.Equal(outcomes, decision.Members.Select(m => m.Outcome));
        if (ground is not null)
        {
            Assert.Contains(ground, decision.Grounds);
        }

        var batch = HouseholdBatch.Create(households);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(RuleSet.Imk2006), results, parallel: false);
        Assert.Equal(outcomes, results.Select(r => r.Outcome));
    }

    [Fact]
    public void The_family_spread_and_the_toddler_read_as_the_samples_show()
    {
        var spread = Evaluator.Evaluate(CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, "11-family-spouse-conviction.json"))[0]);
        Assert.Equal([ImkElements.Conviction.Id], spread.For("mother").Grounds);
        Assert.Equal([ImkElements.FamilyScope.Id], spread.For("father").Grounds);

        // Berlin: "ab dem zweiten Lebensjahr" (L804-807) — the toddler makes the household a family, 6 years suffice.
        var toddler = CaseJson.ReadFile(Path.Combine(RepoPaths.Samples, "21-family-toddler-six-years.json"))[0];
        Assert.All(Evaluator.Evaluate(toddler, Rules.Profiles.ProfileCatalog.RuleSetFor("BE")).Members, m => Assert.Equal(P, m.Outcome));
    }

    [Fact]
    public void Every_sample_is_pinned()
    {
        var files = Directory.GetFiles(RepoPaths.Samples, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, Expected.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }
}
