using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>Each remaining element of rules.md 4.1 once: the failing fact and the outcome the element causes.</summary>
public class OtherElementTests
{
    private static void AssertRefused(HouseholdDecision d, string person, string ground)
    {
        Assert.Equal(Outcome.Refusal, d.For(person).Outcome);
        Assert.Contains(ground, d.For(person).Grounds);
    }

    [Fact]
    public void Baseline_single_and_family_are_granted()
    {
        Assert.Equal(Outcome.ResidencePermit, Single().Evaluate().Outcome);
        Assert.Equal(Outcome.ResidencePermit, Family().Evaluate().Outcome);
    }

    [Fact]
    public void Scope_without_a_Duldung_is_refused()
        => AssertRefused(Single().With("applicant", p => p with { Tolerated = false }).Evaluate(), "applicant", "IMK.Scope.ToleratedAndDeportable");

    [Fact]
    public void Scope_someone_not_obliged_to_leave_is_refused()
        => AssertRefused(Single().With("applicant", p => p with { ObligedToLeave = false }).Evaluate(), "applicant", "IMK.Scope.ToleratedAndDeportable");

    [Fact]
    public void Housing_insufficient_refuses_the_household()
    {
        var d = (Family() with { Housing = new Housing { Sufficient = false, CommunalShelter = false } }).Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        AssertRefused(d, "applicant", "IMK.Integration.Housing");
    }

    [Fact]
    public void Housing_a_communal_shelter_counts_only_where_the_Land_accepts_it()
    {
        var h = Single() with { Housing = new Housing { Sufficient = false, CommunalShelter = true } };
        AssertRefused(h.Evaluate(), "applicant", "IMK.Integration.Housing");
        var sh = ImkOptions.Base with { Housing = new HousingOptions { CommunalShelterAccepted = CommunalShelterAcceptance.FirstGrantOnly } };
        Assert.Equal(Outcome.ResidencePermit, h.Evaluate(sh).Outcome);
    }

    [Fact]
    public void Language_A2_is_enough()
        => Assert.Equal(Outcome.ResidencePermit, Single().With("applicant", p => p with { GermanLevel = CefrLevel.A2 }).Evaluate().Outcome);

    [Fact]
    public void Language_A1_is_below_the_required_A2()
        => AssertRefused(Single().With("applicant", p => p with { GermanLevel = CefrLevel.A1 }).Evaluate(), "applicant", "IMK.Integration.Language");

    [Fact]
    public void Language_is_not_required_of_a_minor_child()
        => Assert.Equal(Outcome.ResidencePermit, Family().With("child", p => p with { GermanLevel = CefrLevel.None }).Evaluate().Outcome);

    [Fact]
    public void School_a_school_age_child_not_attending_school_refuses_the_family()
    {
        var d = Family().With("child", p => p with { Schooling = new Schooling { AttendsSchool = false, PositiveSchoolPrognosis = true } }).Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        AssertRefused(d, "applicant", "IMK.Integration.SchoolAttendance");
    }

    [Fact]
    public void School_attendance_is_not_asked_of_a_child_below_school_age()
    {
        // Aged 4 on the reference date: a qualifying child (>= 3), but not of compulsory school age (6).
        var d = Family(childBirth: "2002-06-01").With("child", p => p with { Schooling = new Schooling { AttendsSchool = false, PositiveSchoolPrognosis = false } }).Evaluate();
        Assert.Equal(Outcome.ResidencePermit, d.Outcome);
    }

    [Fact]
    public void School_a_negative_prognosis_refuses_the_family_in_the_base_rule()
    {
        var h = Family().With("child", p => p with { Schooling = new Schooling { AttendsSchool = true, PositiveSchoolPrognosis = false } });
        var d = h.Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        AssertRefused(d, "spouse", "IMK.Integration.SchoolPrognosis");

        // Schleswig-Holstein: the prognosis should not decide the family's stay (L3201-3203).
        var sh = ImkOptions.Base with { School = ImkOptions.Base.School with { PrognosisRequiredForFamily = false } };
        Assert.Equal(Outcome.ResidencePermit, h.Evaluate(sh).Outcome);
    }

    [Fact]
    public void Passport_not_presented_leaves_the_case_pending_not_refused()
    {
        var d = Single().With("applicant", p => p with { Identity = new IdentityDocuments { ValidPassport = false } }).Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].identity.validPassport", d.For("applicant").Missing.Select(m => m.Path));
        Assert.Contains("IMK.Identity.Passport", d.For("applicant").Grounds);
    }

    [Fact]
    public void Passport_only_needs_no_origin_even_where_a_substitute_rule_names_origins()
    {
        // A12: with a passport alone no substitute counts, whatever origins a substitute rule lists; the origin is then
        // no open fact (it was asked, and element 11 left open, before stop 20).
        var h = Single().With("applicant", p => p with { Identity = new IdentityDocuments { ValidPassport = false, SubstituteDocument = true, Origin = null } });
        var o = ImkOptions.Base with { Passport = ImkOptions.Base.Passport with { SubstituteAccepted = PassportSubstituteMode.PassportOnly, AppliesToOrigins = ["former Yugoslavia"] } };
        var d = h.Evaluate(o);
        Assert.Equal(Outcome.Pending, d.Outcome);   // rules.md 5.2: a missing passport keeps the case pending
        Assert.DoesNotContain("$.members[0].identity.origin", d.For("applicant").Missing.Select(m => m.Path));
        Assert.Equal(Truth.False, d.For("applicant").Explanation.Children.Single(c => c.ElementId == "IMK.Identity.Passport").Result);

        // Under a substitute rule for named origins the origin does matter, and an unknown one is asked.
        var named = o with { Passport = o.Passport with { SubstituteAccepted = PassportSubstituteMode.IdentitySubstituteIfEffortsProven } };
        Assert.Contains("$.members[0].identity.origin", h.Evaluate(named).For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void A_substitute_for_named_origins_fails_on_its_own_requirement_whatever_the_origin()
    {
        // A12 "credible efforts suffice", for named origins only: where the efforts are not documented the substitute
        // fails whether or not the origin is covered (Kleene and), so an unknown origin is no open fact; where they are
        // documented, the origin decides and is asked.
        var o = ImkOptions.Base with { Passport = ImkOptions.Base.Passport with { SubstituteAccepted = PassportSubstituteMode.CredibleEffortsSuffice, AppliesToOrigins = ["former Yugoslavia"] } };
        HouseholdDecision With(bool efforts, string? origin) => Single().With("applicant", p => p with
        {
            Identity = new IdentityDocuments { ValidPassport = false, CredibleEffortsDocumented = efforts, Origin = origin },
        }).Evaluate(o);
        Truth Passport(HouseholdDecision d) => d.For("applicant").Explanation.Children.Single(c => c.ElementId == "IMK.Identity.Passport").Result;

        var noEfforts = With(efforts: false, origin: null);
        Assert.Equal(Truth.False, Passport(noEfforts));
        Assert.DoesNotContain("$.members[0].identity.origin", noEfforts.For("applicant").Missing.Select(m => m.Path));

        var efforts = With(efforts: true, origin: null);
        Assert.Equal(Truth.Unknown, Passport(efforts));
        Assert.Contains("$.members[0].identity.origin", efforts.For("applicant").Missing.Select(m => m.Path));

        Assert.Equal(Truth.True, Passport(With(efforts: true, origin: "Former Yugoslavia")));   // names compared without case
        Assert.Equal(Truth.False, Passport(With(efforts: true, origin: "Kosovo")));
        Assert.Equal(Outcome.ResidencePermit, With(efforts: true, origin: "former Yugoslavia").Outcome);
    }

    [Fact]
    public void Cooperation_breached_deliberately_is_refused()
        => AssertRefused(Single().With("applicant", p => p with { CooperationBreached = true, CooperationBreachDeliberate = true }).Evaluate(), "applicant", "IMK.Identity.Cooperation");

    [Fact]
    public void Extremism_links_exclude()
        => AssertRefused(Single().With("applicant", p => p with { ExtremismLinks = true }).Evaluate(), "applicant", "IMK.Exclusion.Extremism");

    private static Household WithMisconduct(MisconductKind kind, bool? deliberate = true) => Single().With("applicant", p => p with
    {
        Misconduct = [new MisconductRecord { Kind = kind, From = D("2001-01-01"), To = D("2002-01-01"), Deliberate = deliberate }],
    });

    [Fact]
    public void Absconding_excludes_in_the_base_rule_but_not_where_it_is_no_ground()
    {
        AssertRefused(WithMisconduct(MisconductKind.Absconding).Evaluate(), "applicant", "IMK.Exclusion.Absconding");
        var mv = Exclusion(e => e with { AbscondingIsGround = false });
        Assert.Equal(Outcome.ResidencePermit, WithMisconduct(MisconductKind.Absconding).Evaluate(mv).Outcome);
    }

    [Fact]
    public void Deception_deliberate_excludes()
        => AssertRefused(WithMisconduct(MisconductKind.Deception).Evaluate(), "applicant", "IMK.Exclusion.Deception");

    [Fact]
    public void Deception_that_was_not_deliberate_is_no_ground()
        => Assert.Equal(Outcome.ResidencePermit, WithMisconduct(MisconductKind.Deception, deliberate: false).Evaluate().Outcome);

    [Fact]
    public void Deception_of_unknown_intent_leaves_the_case_pending()
    {
        var d = WithMisconduct(MisconductKind.Deception, deliberate: null).Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].misconduct[0].deliberate", d.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void Obstruction_deliberate_excludes()
        => AssertRefused(WithMisconduct(MisconductKind.Obstruction).Evaluate(), "applicant", "IMK.Exclusion.Obstruction");

    [Fact]
    public void Mini_job_never_secures_the_livelihood_even_if_its_pay_covers_the_need()
    {
        var h = Single().With("applicant", p => p with { Employments = [Job(net: 400m, kind: EmploymentKind.MiniJob)] })
            with { Livelihood = new Livelihood { MonthlyNeedEur = 350m, ReceivesBenefits = false, SecuredOtherwiseWithoutPublicFunds = false } };
        var d = h.Evaluate();
        Assert.Equal(Outcome.JobSearchDuldung, d.Outcome);
        Assert.Contains("IMK.Livelihood.Secured", d.For("applicant").Grounds);
    }

    [Fact]
    public void Receiving_benefits_means_the_livelihood_is_not_secured()
    {
        var h = Single() with { Livelihood = new Livelihood { MonthlyNeedEur = 1000m, ReceivesBenefits = true, SecuredOtherwiseWithoutPublicFunds = false } };
        Assert.Equal(Outcome.JobSearchDuldung, h.Evaluate().Outcome);
    }

    private static Household TempAgencyFrom(string start) =>
        Single().With("applicant", p => p with { Employments = [Job(start, kind: EmploymentKind.TempAgency)] });

    [Fact]
    public void Temp_agency_work_starting_on_26_April_2007_is_barred_by_section_40()
    {
        var d = TempAgencyFrom("2007-04-26").Evaluate();
        Assert.Equal(Outcome.JobSearchDuldung, d.Outcome);
        Assert.Contains("IMK.Livelihood.Secured", d.For("applicant").Grounds);

        // The same job as regular employment counts: it is the bar on agency work that fails.
        Assert.Equal(Outcome.ResidencePermit, Single().With("applicant", p => p with { Employments = [Job("2007-04-26")] }).Evaluate().Outcome);
    }

    [Fact]
    public void Temp_agency_work_starting_after_the_global_consent_counts()
        => Assert.Equal(Outcome.ResidencePermit, TempAgencyFrom("2007-04-27").Evaluate().Outcome);

    [Fact]
    public void Withdrawn_application_is_settled()
    {
        var d = (Single() with { ApplicationWithdrawn = true }).Evaluate();
        Assert.Equal(Outcome.WithdrawnOrSettled, d.Outcome);
        Assert.Empty(d.For("applicant").Grounds);
    }

    [Fact]
    public void No_application_means_nothing_to_decide()
    {
        var d = (Single() with { ApplicationFiled = false, ApplicationDate = null }).Evaluate();
        Assert.Equal(Outcome.NoApplication, d.Outcome);
    }
}
