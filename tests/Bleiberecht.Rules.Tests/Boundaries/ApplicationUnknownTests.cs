using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>Regressions for decisions that must stay open while the application itself is unknown.</summary>
public class ApplicationUnknownTests
{
    [Fact]
    public void Unknown_application_keeps_a_failing_case_pending_not_refused()
    {
        // Entry one day short of 8 years would refuse a filed application; but only a filed application can be
        // refused (L137-138), so with the filing unknown the case is pending and asks for it (rules.md 5.3).
        var h = Single(entry: "1998-11-18") with { ApplicationFiled = null, ApplicationDate = null };
        var d = h.Evaluate().For("applicant");
        Assert.Equal(Outcome.Pending, d.Outcome);
        Assert.Contains(d.Missing, m => m.Path == "$.applicationFiled");
    }

    [Fact]
    public void Child_grounds_do_not_depend_on_the_order_of_equally_refused_parents()
    {
        var h = Family()
            .With("applicant", p => p with { GermanLevel = CefrLevel.A1 })
            .With("spouse", p => p with { CooperationBreached = true });
        var reversed = h with { Members = h.Members.Reverse().ToList() };
        var child = h.Members.Single(m => m.Role == HouseholdRole.Child).Id;
        Assert.Equal(h.Evaluate().For(child).Grounds, reversed.Evaluate().For(child).Grounds);
    }
}
