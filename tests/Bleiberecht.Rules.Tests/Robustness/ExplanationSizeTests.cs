using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using Bleiberecht.Rules.Tests.Bulk;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Robustness;

/// <summary>
/// The explanation grows linearly with the household: another member's exclusion is referred to by a small node
/// (at most three per member) instead of its whole subtree being attached to every member, which made 400 excluded
/// members run out of memory.
/// </summary>
public class ExplanationSizeTests
{
    private static Household Excluded(int members)
    {
        var fine = new Conviction { Date = D("2005-01-01"), InGermany = true, Culpability = Culpability.Intentional, ForeignerOnlyOffence = false, Sentence = SentenceKind.DayFines, DayFines = 90 };
        var people = Enumerable.Range(0, members)
            .Select(i => Adult($"member-{i}", i == 0 ? HouseholdRole.Applicant : HouseholdRole.OtherRelative, "1996-11-17") with { Convictions = [fine], Employments = [Job()] })
            .ToArray();
        return Household("many", people);
    }

    [Fact]
    public void Doubling_the_excluded_members_doubles_the_explanation_not_quadruples_it()
    {
        int Nodes(int n) => Evaluator.Evaluate(Excluded(n), RuleSet.Imk2006).Explanation.Descendants().Count();
        int Json(int n) => CaseJson.Write([Evaluator.Evaluate(Excluded(n), RuleSet.Imk2006)]).Length;

        // Linear: f(2n) ≈ 2 f(n) + constant. The re-attached subtrees gave f(2n) ≈ 4 f(n).
        Assert.True(Nodes(80) < 2.2 * Nodes(40), $"{Nodes(40)} nodes for 40 members, {Nodes(80)} for 80");
        Assert.True(Json(80) < 2.2 * Json(40), $"{Json(40)} characters for 40 members, {Json(80)} for 80");
    }

    [Fact]
    public void Each_member_refers_to_at_most_three_other_members_exclusions_and_still_counts_them_all()
    {
        var d = Evaluator.Evaluate(Excluded(10), RuleSet.Imk2006);
        var scopes = d.Explanation.Descendants().Where(n => n.ElementId == "IMK.Exclusion.FamilyScope").ToList();
        Assert.Equal(10, scopes.Count);
        Assert.All(scopes, s =>
        {
            Assert.Equal(Logic.Truth.False, s.Result);
            Assert.InRange(s.Children.Count, 1, 3);
            Assert.All(s.Children, c => Assert.Empty(c.Children));
            Assert.DoesNotContain(s.Children, c => c.Subject == s.Subject);
        });
        Assert.All(d.Members, m => Assert.Equal(Outcome.Refusal, m.Outcome));
        Assert.Empty(BulkEquivalenceTests.Differences([Excluded(10)], RuleSet.Imk2006));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    public void A_single_excluded_member_reaches_every_other_member_but_not_itself(int members)
    {
        // 10 members take the direct scan, 40 the household tally: the same verdicts and references either way.
        var h = Excluded(members);
        h = h with { Members = [.. h.Members.Select((p, i) => i == 3 ? p : p with { Convictions = [] })] };
        var scopes = Evaluator.Evaluate(h, RuleSet.Imk2006).Explanation.Descendants().Where(n => n.ElementId == "IMK.Exclusion.FamilyScope").ToList();
        Assert.Equal(members, scopes.Count);
        var own = Assert.Single(scopes, s => s.Subject == "member-3");
        Assert.Equal(Logic.Truth.True, own.Result);
        Assert.Empty(own.Children);
        Assert.All(scopes.Where(s => s.Subject != "member-3"), s =>
        {
            Assert.Equal(Logic.Truth.False, s.Result);
            var reference = Assert.Single(s.Children);
            Assert.Equal("member-3", reference.Subject);
            Assert.Equal("IMK.Exclusion.Conviction", reference.ElementId);
        });
    }

    [Fact]
    public void A_member_open_only_through_others_still_gets_their_questions()
    {
        // The applicant's convictions are unknown; the spouse's verdict is open through the family scope.
        var h = Family().With("applicant", p => p with { Convictions = null });
        var spouse = h.Evaluate().For("spouse");
        Assert.Equal(Outcome.Pending, spouse.Outcome);
        Assert.Contains("$.members[0].convictions", spouse.Missing.Select(m => m.Path));
    }
}
