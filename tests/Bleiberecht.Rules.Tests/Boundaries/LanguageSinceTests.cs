using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// A German level recorded with the day it was reached (<c>germanLevelSince</c>, ADR 0013) counts from that day; the
/// requirement A2 (L4179-4180) is judged on the decision date, 15.6.2007 here. Before the day the person had at most
/// one level less: A2 reached later means below A2 on the decision date (refused), B1 reached later leaves it open
/// (A2 may already have been reached).
/// </summary>
public class LanguageSinceTests
{
    private static HouseholdDecision With(CefrLevel level, string? since, string? decision = "2007-06-15") =>
        (Single().With("applicant", p => p with { GermanLevel = level, GermanLevelSince = since is null ? null : D(since) })
            with { DecisionDate = decision is null ? null : D(decision) }).Evaluate();

    [Fact]
    public void A2_reached_on_the_decision_date_counts()
        => Assert.Equal(Outcome.ResidencePermit, With(CefrLevel.A2, "2007-06-15").Outcome);

    [Fact]
    public void A2_reached_the_day_after_the_decision_does_not()
    {
        var d = With(CefrLevel.A2, "2007-06-16");
        Assert.Equal(Outcome.Refusal, d.Outcome);
        Assert.Contains("IMK.Integration.Language", d.For("applicant").Grounds);
    }

    [Fact]
    public void B1_reached_after_the_decision_leaves_the_level_on_the_decision_date_open()
    {
        var d = With(CefrLevel.B1, "2007-06-16");
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains("$.members[0].germanLevel", d.For("applicant").Missing.Select(m => m.Path));
    }

    [Fact]
    public void Without_a_day_the_level_holds_throughout()
        => Assert.Equal(Outcome.ResidencePermit, With(CefrLevel.A2, null).Outcome);
}
