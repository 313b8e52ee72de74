using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// Look-backs for obstruction (A34), absconding (A35) and extremist links (A36), ADR 0013: with a look-back of
/// 5 years and the decision on 15.6.2007, conduct that ended on 15.6.2002 still lies within it (15.6.2002 + 5 years =
/// 15.6.2007, not before the decision) and one that ended on 14.6.2002 does not — the same count as A15 for
/// deception. Without a look-back (the base) nothing changes: ended conduct still counts.
/// </summary>
public class LookbackTests
{
    private static readonly ImkOptions FiveYears = Exclusion(e => e with { ObstructionLookbackYears = 5, AbscondingLookbackYears = 5, ExtremismLookbackYears = 5 });

    private static Household With(MisconductKind kind, string? from, string? to) => Single().With("applicant", p => p with
    {
        Misconduct = [new MisconductRecord { Kind = kind, From = from is null ? null : D(from), To = to is null ? null : D(to), Deliberate = true }],
    });

    private static Household Links(string? ended) => Single().With("applicant", p => p with { ExtremismLinks = true, ExtremismLinksEndedOn = ended is null ? null : D(ended) });

    [Theory]
    [InlineData(MisconductKind.Obstruction, "IMK.Exclusion.Obstruction")]
    [InlineData(MisconductKind.Absconding, "IMK.Exclusion.Absconding")]
    public void Conduct_counts_while_it_ended_within_the_look_back(MisconductKind kind, string ground)
    {
        var within = With(kind, "2001-01-01", "2002-06-15").Evaluate(FiveYears);
        Assert.Equal(Outcome.Refusal, within.Outcome);
        Assert.Contains(ground, within.For("applicant").Grounds);
        Assert.Equal(Outcome.ResidencePermit, With(kind, "2001-01-01", "2002-06-14").Evaluate(FiveYears).Outcome);
        Assert.Equal(Outcome.Refusal, With(kind, "2001-01-01", "2002-06-14").Evaluate().Outcome);
    }

    [Theory]
    [InlineData(MisconductKind.Obstruction)]
    [InlineData(MisconductKind.Absconding)]
    public void Ongoing_conduct_lies_within_any_look_back_and_undated_conduct_is_asked_for(MisconductKind kind)
    {
        Assert.Equal(Outcome.Refusal, With(kind, "1995-01-01", null).Evaluate(FiveYears).Outcome);
        var d = With(kind, null, null).Evaluate(FiveYears);
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].misconduct[0].to", d.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void Extremist_links_count_while_they_ended_within_the_look_back()
    {
        Assert.Equal(Outcome.Refusal, Links("2002-06-15").Evaluate(FiveYears).Outcome);
        Assert.Equal(Outcome.ResidencePermit, Links("2002-06-14").Evaluate(FiveYears).Outcome);
        Assert.Equal(Outcome.Refusal, Links(null).Evaluate(FiveYears).Outcome);
        Assert.Equal(Outcome.Refusal, Links("1990-01-01").Evaluate().Outcome);
    }

    [Fact]
    public void Ended_links_with_an_unknown_decision_date_are_asked_for()
    {
        var d = (Links("2001-01-01") with { DecisionDate = null }).Evaluate(FiveYears);
        Assert.NotEqual(Outcome.Refusal, d.Outcome);
        Assert.NotEqual(Outcome.ResidencePermit, d.Outcome);
        Assert.Contains("$.decisionDate", d.For("applicant").Missing.Select(m => m.Path));
    }
}
