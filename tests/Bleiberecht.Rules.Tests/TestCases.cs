using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Tests;

/// <summary>
/// Builds households in which every fact is known and every requirement of the base rule is met with some
/// margin, so that a test changes exactly one fact and observes its effect.
/// </summary>
public static class TestCases
{
    /// <summary>The reference date (Stichtag) of the residence time: the date of the resolution.</summary>
    public static readonly DateOnly Reference = new(2006, 11, 17);

    /// <summary>A date from ISO text.</summary>
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A regular, permanent, insured job starting after the BA checks were dropped (26.4.2007).</summary>
    public static Employment Job(string start = "2007-05-01", decimal net = 1800m, EmploymentKind kind = EmploymentKind.Regular) => new()
    {
        Kind = kind,
        Start = D(start),
        FixedTerm = false,
        SocialInsurance = kind != EmploymentKind.MiniJob,
        GrossMonthlyEur = net * 1.4m,
        NetMonthlyEur = net,
        WithinPermittedArea = true,
        PrivilegedWorkerAvailable = false,
        ConditionsComparable = true,
    };

    /// <summary>An adult member who meets every personal requirement.</summary>
    public static Person Adult(string id, HouseholdRole role, string entry, string birth = "1972-04-10") => new()
    {
        Id = id,
        Role = role,
        BirthDate = D(birth),
        EntryDate = D(entry),
        Interruptions = [],
        Tolerated = true,
        ObligedToLeave = true,
        DuldungForbidsEmployment = false,
        GermanLevel = CefrLevel.B1,
        Employments = [],
        Identity = new IdentityDocuments { ValidPassport = true },
        CooperationBreached = false,
        Convictions = [],
        Misconduct = [],
        ExtremismLinks = false,
    };

    /// <summary>A minor child who attends school with a positive prognosis.</summary>
    public static Person Child(string id, string birth, string? entry = null) => Adult(id, HouseholdRole.Child, entry ?? birth, birth) with
    {
        GermanLevel = null,
        Schooling = new Schooling { AttendsSchool = true, PositiveSchoolPrognosis = true },
    };

    /// <summary>Household-level facts of a timely application decided on 15.6.2007 with enough income.</summary>
    public static Household Household(string caseId, params Person[] members) => new()
    {
        CaseId = caseId,
        ApplicationFiled = true,
        ApplicationDate = D("2007-02-01"),
        ApplicationWithdrawn = false,
        DecisionDate = D("2007-06-15"),
        Housing = new Housing { Sufficient = true, CommunalShelter = false },
        Livelihood = new Livelihood { MonthlyNeedEur = 1000m, ReceivesBenefits = false, SecuredOtherwiseWithoutPublicFunds = false },
        Members = members,
    };

    /// <summary>A single applicant, in Germany since <paramref name="entry"/> (default: ten years at the reference date).</summary>
    public static Household Single(string entry = "1996-11-17") =>
        Household("single", Adult("applicant", HouseholdRole.Applicant, entry) with { Employments = [Job()] });

    /// <summary>
    /// Applicant, spouse and a child born in <paramref name="childBirth"/> (default: aged 10 at the reference
    /// date); everyone entered on <paramref name="entry"/> (default: 6 years 10 months before the reference date,
    /// enough for a family but not for a single person). The applicant's job covers the household's need.
    /// </summary>
    public static Household Family(string entry = "2000-01-15", string childBirth = "1996-09-01") => Household(
        "family",
        Adult("applicant", HouseholdRole.Applicant, entry) with { Employments = [Job()] },
        Adult("spouse", HouseholdRole.Spouse, entry, "1975-02-20"),
        Child("child", childBirth, LaterOf(childBirth, entry)));

    /// <summary>Replaces one member.</summary>
    public static Household With(this Household h, string id, Func<Person, Person> change) =>
        h with { Members = h.Members.Select(p => p.Id == id ? change(p) : p).ToList() };

    /// <summary>Evaluates under the base rule or under modified options.</summary>
    public static HouseholdDecision Evaluate(this Household h, ImkOptions? options = null) =>
        Evaluator.Evaluate(h, options is null ? RuleSet.Imk2006 : RuleSet.Imk2006 with { Options = options });

    /// <summary>The decision for one member.</summary>
    public static PersonDecision For(this HouseholdDecision d, string id) => d.Members.Single(m => m.PersonId == id);

    /// <summary>The base options with a changed exclusion group.</summary>
    public static ImkOptions Exclusion(Func<ExclusionOptions, ExclusionOptions> change) =>
        ImkOptions.Base with { Exclusion = change(ImkOptions.Base.Exclusion) };

    private static string LaterOf(string a, string b) => string.CompareOrdinal(a, b) >= 0 ? a : b;
}
