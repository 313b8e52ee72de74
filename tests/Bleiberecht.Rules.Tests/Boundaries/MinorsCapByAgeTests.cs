using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// IMK correction 2: a minor child cannot obtain more than its parents (rules.md 5.2), but "minor" is an age at the
/// reference date (17.11.2006 for the IMK regime), not the role "child" — an adult child is decided on its own.
/// </summary>
public class MinorsCapByAgeTests
{
    /// <summary>
    /// Parents below A2 (refused on language, a requirement of each adult), a child born on <paramref name="birth"/>
    /// with A2 and its own job; everybody entered 15.11.1996 (ten years), so nobody needs the family's 6 years.
    /// </summary>
    private static Household Case(string birth)
    {
        var child = Child("child", birth, "1996-11-15") with { GermanLevel = CefrLevel.A2, Employments = [Job()], Schooling = null };
        return Household(
            "cap",
            Adult("applicant", HouseholdRole.Applicant, "1996-11-15") with { GermanLevel = CefrLevel.A1 },
            Adult("spouse", HouseholdRole.Spouse, "1996-11-15", "1975-02-20") with { GermanLevel = CefrLevel.A1 },
            child);
    }

    private static Outcome[] Both(Household h)
    {
        var explain = Evaluator.Evaluate(h).Members.Select(m => m.Outcome).ToArray();
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(RuleSet.Imk2006), results, parallel: false);
        Assert.Equal(explain, results.Select(r => r.Outcome));
        return explain;
    }

    [Theory]
    // 18 on 16.11.2006, the day before the reference date: of age, decided on its own — granted.
    [InlineData("1988-11-16", Outcome.ResidencePermit)]
    // 18 on 17.11.2006 itself: of age on the reference date (§ 187 Abs. 2 S. 2 BGB: the birthday counts).
    [InlineData("1988-11-17", Outcome.ResidencePermit)]
    // 18 only on 18.11.2006: still 17 on the reference date — a minor, capped by the refused parents.
    [InlineData("1988-11-18", Outcome.Refusal)]
    public void An_adult_child_is_not_capped_by_its_parents(string birth, Outcome child)
    {
        Assert.Equal([Outcome.Refusal, Outcome.Refusal, child], Both(Case(birth)));
    }

    /// <summary>
    /// IMK correction 9: the cap of a minor by its parents cites the decision procedure it rests on (rules.md 5.2), not
    /// L2198-2201, which is Wuppertal's advice practice on the family scope of exclusion grounds.
    /// </summary>
    [Fact]
    public void The_cap_of_a_minor_cites_the_decision_procedure_not_Wuppertal()
    {
        var d = Evaluator.Evaluate(Case("1988-11-18"));
        var cap = Assert.Single(d.Explanation.Descendants(), n => n.ElementId == "IMK.Exclusion.FamilyScope/Parents" && n.Subject == "child");
        Assert.Contains(cap.Citations, c => c.Kind == Rules.Explanation.CitationKind.Derived && c.Reference.Contains("rules.md 5.2", StringComparison.Ordinal));
        Assert.DoesNotContain(cap.Citations, c => c.Reference.Contains("L2198-2201", StringComparison.Ordinal));
    }
}
