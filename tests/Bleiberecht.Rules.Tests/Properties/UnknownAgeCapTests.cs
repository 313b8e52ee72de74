using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Properties;

/// <summary>
/// The counterexample of <see cref="DecisionLawTests.Filling_an_unknown_fact_never_contradicts_a_definite_outcome"/>
/// (seed hunt, shrunk by hand): a child whose birth date is unknown was capped as a minor, and the other minors were
/// capped by the parents alone; but if it is of age at the reference date (17.11.2006) it decides its own case and
/// its outcome caps the others. Their refusal was definite although filling the birth date could lift it.
/// </summary>
public sealed class UnknownAgeCapTests
{
    // Parents who entered on 15.1.2005 (under 6 years at 17.11.2006: refused, L5-6), a minor child (born 1996) whose
    // own case would succeed, and an elder child (role child) who entered in 1998 — 8 years at the reference date —
    // and otherwise has the spouse's facts (German, passport, no grounds).
    private static Household Case(DateOnly? elderBirth) => Household(
        "unknown-age",
        Adult("applicant", HouseholdRole.Applicant, "2005-01-15") with { Employments = [Job()] },
        Adult("spouse", HouseholdRole.Spouse, "2005-01-15", "1975-02-20"),
        Child("child", "1996-09-01", "2005-01-15"),
        Adult("elder", HouseholdRole.Child, "1998-01-15") with { BirthDate = elderBirth });

    private static Outcome[] Bulk(Household h)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(RuleSet.Imk2006), results, parallel: false);
        return [.. results.Select(r => r.Outcome)];
    }

    [Fact]
    public void A_minor_elder_child_leaves_the_parents_refusal_as_the_cap()
    {
        // Born 1.1.1990: 16 at the reference date, a minor; the minors share the parents' refusal (rules.md 5.2).
        var d = Case(new DateOnly(1990, 1, 1)).Evaluate();
        Assert.Equal(Outcome.Refusal, d.For("applicant").Outcome);
        Assert.Equal(Outcome.Refusal, d.For("child").Outcome);
        Assert.Equal(Outcome.Refusal, d.For("elder").Outcome);
    }

    [Fact]
    public void An_elder_child_of_age_decides_its_own_case_and_lifts_the_cap_of_the_minor()
    {
        // Born 17.11.1988: 18 on the reference date, of age (IMK correction 2). It has 8 years of residence (L5-6)
        // and the spouse's facts: its own permit; the minor is capped by the best-placed adult, now the elder child.
        var d = Case(new DateOnly(1988, 11, 17)).Evaluate();
        Assert.Equal(Outcome.Refusal, d.For("applicant").Outcome);
        Assert.Equal(Outcome.ResidencePermit, d.For("elder").Outcome);
        Assert.Equal(Outcome.ResidencePermit, d.For("child").Outcome);
    }

    [Fact]
    public void With_the_elder_childs_birth_date_unknown_the_minor_is_pending_and_asked_for_it()
    {
        // Refusal (minor elder) and permit (adult elder) are both possible: neither may be given (ADR 0002).
        var h = Case(null);
        var d = h.Evaluate();
        var child = d.For("child");
        Assert.Equal(Outcome.Pending, child.Outcome);
        Assert.Contains(child.Missing, m => m.Path == "$.members[3].birthDate");
        Assert.Equal(Outcome.Refusal, d.For("applicant").Outcome);
        Assert.Equal(d.Members.Select(m => m.Outcome), Bulk(h));
    }
}
