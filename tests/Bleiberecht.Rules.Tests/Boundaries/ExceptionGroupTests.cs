using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using Xunit;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Punkt 3.3 groups (b)-(e) [background: IMK 17.11.2006 Nr. 3.3, § 104a Abs. 6 S. 2 AufenthG]: each group grants
/// exactly when all its conditions hold, and each condition is needed. Decisions fall before the work take-up
/// deadline, so a livelihood that is not secured gives the job-search Duldung.
/// </summary>
public sealed class ExceptionGroupTests
{
    private const string Livelihood = "IMK.Livelihood.Secured";

    private static ImkOptions Groups(Func<ExceptionGroupOptions, ExceptionGroupOptions> change)
        => ImkOptions.Base with { ExceptionGroups = change(ImkOptions.Base.ExceptionGroups) };

    private static void AssertNotSecured(HouseholdDecision d)
    {
        Assert.Equal(Outcome.JobSearchDuldung, d.Outcome);
        Assert.All(d.Members, m => Assert.Contains(Livelihood, m.Grounds));
    }

    // (e) persons of 65 and over with their family in Germany.
    private static Household Elderly(string birth = "1941-11-17") => Household(
            "elderly",
            Adult("applicant", HouseholdRole.Applicant, "1996-11-17", birth) with { NoFamilyInCountryOfOrigin = true, DescendantsSettledInGermany = true, UnableToWork = false })
        with { Livelihood = new Livelihood { MonthlyNeedEur = 800m, ReceivesBenefits = false, SecuredOtherwiseWithoutPublicFunds = true } };

    [Fact]
    public void Elderly_aged_65_on_the_reference_date_are_granted_and_a_day_younger_are_not()
    {
        Assert.Equal(Outcome.ResidencePermit, Elderly("1941-11-17").Evaluate().Outcome);
        AssertNotSecured(Elderly("1941-11-18").Evaluate());
    }

    [Fact]
    public void Elderly_need_every_condition()
    {
        AssertNotSecured(Elderly().With("applicant", p => p with { NoFamilyInCountryOfOrigin = false }).Evaluate());
        AssertNotSecured(Elderly().With("applicant", p => p with { DescendantsSettledInGermany = false }).Evaluate());
        AssertNotSecured((Elderly() with { Livelihood = Elderly().Livelihood! with { ReceivesBenefits = true } }).Evaluate());
        AssertNotSecured((Elderly() with { Livelihood = Elderly().Livelihood! with { SecuredOtherwiseWithoutPublicFunds = false } }).Evaluate());
        AssertNotSecured(Elderly().Evaluate(Groups(g => g with { ElderlyWithFamilyInGermany = false })));
        Assert.Equal(Outcome.ResidencePermit, Elderly("1946-11-17").Evaluate(Groups(g => g with { ElderlyMinAge = 60 })).Outcome);
    }

    [Fact]
    public void Elderly_with_an_open_condition_stay_pending_with_the_question()
    {
        // Whether a 65-year-old can work is open too: group (d) could then apply, so the case is pending either way.
        Assert.Equal(Outcome.Pending, Elderly("1941-11-18").With("applicant", p => p with { UnableToWork = null }).Evaluate().Outcome);

        var d = Elderly().With("applicant", p => p with { NoFamilyInCountryOfOrigin = null }).Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains(d.Missing, m => m.Path == "$.members[0].noFamilyInCountryOfOrigin");
    }

    [Fact]
    public void The_group_node_cites_the_resolution_and_section_104a()
    {
        var node = Elderly().Evaluate().Explanation.Descendants().First(n => n.ElementId == "IMK.Livelihood.Punkt3_3/Elderly");
        Assert.Equal(Logic.Truth.True, node.Result);
        Assert.Contains(node.Citations, c => c.Kind == CitationKind.Background && c.Reference.Contains("§ 104a Abs. 6", StringComparison.Ordinal));
    }

    // (d) persons unable to work whose livelihood is secured otherwise.
    private static Household UnableCouple(bool? spouseUnable = true) => Household(
            "unable",
            Adult("applicant", HouseholdRole.Applicant, "1996-11-17") with { UnableToWork = true },
            Adult("spouse", HouseholdRole.Spouse, "1996-11-17", "1975-02-20") with { UnableToWork = spouseUnable })
        with { Livelihood = new Livelihood { MonthlyNeedEur = 1400m, ReceivesBenefits = false, SecuredOtherwiseWithoutPublicFunds = true } };

    [Fact]
    public void Unable_to_work_with_livelihood_secured_otherwise_is_granted_only_if_every_adult_is_unable()
    {
        Assert.Equal(Outcome.ResidencePermit, UnableCouple().Evaluate().Outcome);
        AssertNotSecured(UnableCouple(spouseUnable: false).Evaluate());
        AssertNotSecured((UnableCouple() with { Livelihood = UnableCouple().Livelihood! with { SecuredOtherwiseWithoutPublicFunds = false } }).Evaluate());
        AssertNotSecured(UnableCouple().Evaluate(Groups(g => g with { UnableToWorkSecuredOtherwise = false })));

        var open = UnableCouple(spouseUnable: null).Evaluate();
        Assert.Equal(Outcome.Pending, open.Outcome);
        Assert.Contains(open.Missing, m => m.Path == "$.members[1].unableToWork");
    }

    [Fact]
    public void Livelihood_secured_otherwise_does_not_help_an_adult_able_to_work()
        => AssertNotSecured((Single() with { Members = [Adult("applicant", HouseholdRole.Applicant, "1996-11-17") with { UnableToWork = false }], Livelihood = new Livelihood { MonthlyNeedEur = 900m, ReceivesBenefits = false, SecuredOtherwiseWithoutPublicFunds = true } }).Evaluate());

    // (c) single parents who cannot reasonably be expected to work.
    private static Household SingleParent() => Household(
            "single-parent",
            Adult("applicant", HouseholdRole.Applicant, "1996-11-17") with { WorkNotReasonable = true },
            Child("child", "2005-03-01"))
        with { Livelihood = new Livelihood { MonthlyNeedEur = 1200m, ReceivesBenefits = true, BenefitsTemporary = true, SecuredOtherwiseWithoutPublicFunds = false } };

    [Fact]
    public void Single_parent_who_cannot_be_expected_to_work_is_granted()
        => Assert.Equal(Outcome.ResidencePermit, SingleParent().Evaluate().Outcome);

    [Fact]
    public void Single_parent_group_needs_every_condition()
    {
        AssertNotSecured(SingleParent().With("applicant", p => p with { WorkNotReasonable = false }).Evaluate());
        AssertNotSecured((SingleParent() with { Livelihood = SingleParent().Livelihood! with { BenefitsTemporary = false } }).Evaluate());
        AssertNotSecured((SingleParent() with { Members = [.. SingleParent().Members, Adult("spouse", HouseholdRole.Spouse, "1996-11-17", "1975-02-20")] }).Evaluate());
        AssertNotSecured((SingleParent() with { Members = [SingleParent().Members[0], Child("child", "1987-03-01") with { GermanLevel = CefrLevel.B1 }] }).Evaluate());
        AssertNotSecured(SingleParent().Evaluate(Groups(g => g with { SingleParentsWorkNotReasonable = false })));
    }

    // (b) families drawing benefits only temporarily, to supplement earnings.
    private static Household Supplemented() => Family() with
    {
        Livelihood = new Livelihood { MonthlyNeedEur = 2500m, ReceivesBenefits = true, BenefitsTemporary = true, SecuredOtherwiseWithoutPublicFunds = false },
    };

    [Fact]
    public void Family_with_a_counting_job_and_temporary_supplementary_benefits_is_granted()
        => Assert.Equal(Outcome.ResidencePermit, Supplemented().Evaluate().Outcome);

    [Fact]
    public void Family_group_is_about_the_need_so_a_family_not_yet_drawing_benefits_is_in_it()
    {
        var notYet = Supplemented() with { Livelihood = Supplemented().Livelihood! with { ReceivesBenefits = false } };
        Assert.Equal(Outcome.ResidencePermit, notYet.Evaluate().Outcome);

        // Whether the dependency is only temporary is the question that decides it.
        var open = notYet with { Livelihood = notYet.Livelihood! with { BenefitsTemporary = null } };
        Assert.Equal(Outcome.Pending, open.Evaluate().Outcome);
        Assert.Contains(open.Evaluate().Missing, m => m.Path == "$.livelihood.benefitsTemporary");
    }

    [Fact]
    public void Family_group_needs_a_counting_job_temporary_benefits_and_a_minor_child()
    {
        AssertNotSecured(Supplemented().With("applicant", p => p with { Employments = [] }).Evaluate());
        AssertNotSecured(Supplemented().With("applicant", p => p with { Employments = [Job(net: 400m, kind: EmploymentKind.MiniJob)] }).Evaluate());
        AssertNotSecured((Supplemented() with { Livelihood = Supplemented().Livelihood! with { BenefitsTemporary = false } }).Evaluate());
        AssertNotSecured(Supplemented().Evaluate(Groups(g => g with { FamiliesOnTemporarySupplementaryBenefits = false })));
    }

    [Fact]
    public void Switching_every_group_off_changes_no_case_the_groups_do_not_reach()
    {
        var off = Groups(_ => new ExceptionGroupOptions { FamiliesOnTemporarySupplementaryBenefits = false, SingleParentsWorkNotReasonable = false, UnableToWorkSecuredOtherwise = false, ElderlyWithFamilyInGermany = false });
        foreach (var h in new[] { Single(), Family(), Single() with { Livelihood = new Livelihood { MonthlyNeedEur = 5000m, ReceivesBenefits = false, SecuredOtherwiseWithoutPublicFunds = false } } })
        {
            Assert.Equal(h.Evaluate().Outcome, h.Evaluate(off).Outcome);
        }
    }
}
