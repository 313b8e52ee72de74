using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Element 22: an exclusion ground of one member excludes the whole family in the base rule (Wuppertal: no ground
/// "in ihrer Person und der eines Familienangehörigen", L2198-2201); <c>Family.ExclusionScope = PersonOnly</c>
/// limits it to the person.
/// </summary>
public class FamilyExclusionTests
{
    private const string Conviction = "IMK.Exclusion.Conviction";
    private const string FamilyScope = "IMK.Exclusion.FamilyScope";

    private static Household SpouseConvicted() => Family().With("spouse", p => p with
    {
        Convictions =
        [
            new Facts.Conviction
            {
                Date = D("2005-05-05"), InGermany = true, Culpability = Culpability.Intentional,
                ForeignerOnlyOffence = false, Sentence = SentenceKind.DayFines, DayFines = 60,
            },
        ],
    });

    [Fact]
    public void A_spouses_conviction_refuses_applicant_and_children_through_the_family_scope()
    {
        var d = SpouseConvicted().Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains(Conviction, d.For("spouse").Grounds);
        Assert.Contains(FamilyScope, d.For("applicant").Grounds);
        Assert.Contains(FamilyScope, d.For("child").Grounds);
        Assert.Equal(Outcome.Refusal, d.For("applicant").Outcome);
        Assert.Equal(Outcome.Refusal, d.For("child").Outcome);
    }

    [Fact]
    public void With_person_only_scope_only_the_spouse_is_refused_and_the_household_is_mixed()
    {
        var options = ImkOptions.Base with { Family = ImkOptions.Base.Family with { ExclusionScope = ExclusionScope.PersonOnly } };
        var d = SpouseConvicted().Evaluate(options);
        Assert.Equal(Outcome.Mixed, d.Outcome);
        Assert.Equal(Outcome.Refusal, d.For("spouse").Outcome);
        Assert.Contains(Conviction, d.For("spouse").Grounds);
        Assert.Equal(Outcome.ResidencePermit, d.For("applicant").Outcome);
        Assert.Equal(Outcome.ResidencePermit, d.For("child").Outcome);
    }

    [Fact]
    public void The_explanation_of_the_applicants_refusal_names_the_convicted_member()
    {
        var d = SpouseConvicted().Evaluate();
        var nodes = d.For("applicant").Explanation.Descendants().ToList();
        Assert.Contains(nodes, n => n.ElementId == Conviction && n.Subject == "spouse" && n.Result == Truth.False);
        Assert.Contains(nodes, n => n.ElementId == FamilyScope && n.Subject == "applicant" && n.Result == Truth.False);
    }

    [Fact]
    public void A_childs_exclusion_ground_also_reaches_the_parents()
    {
        var d = Family().With("child", p => p with { ExtremismLinks = true }).Evaluate();
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains("IMK.Exclusion.Extremism", d.For("child").Grounds);
        Assert.Contains(FamilyScope, d.For("applicant").Grounds);
        Assert.Contains(FamilyScope, d.For("spouse").Grounds);
    }

    [Fact]
    public void A_spouses_unknown_conviction_record_keeps_the_whole_family_pending()
    {
        var d = Family().With("spouse", p => p with { Convictions = null }).Evaluate();
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[1].convictions", d.For("applicant").Missing.Select(m => m.Path));
    }
}
