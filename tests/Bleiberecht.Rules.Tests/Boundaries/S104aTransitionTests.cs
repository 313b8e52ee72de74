using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// A31 through the § 104a regime itself (issue 10): the household is decided again under § 104a with the statute's
/// own requirements, dates and family scope — the statute's outcome replaces the IMK one, its open questions keep the
/// case pending, its refusal leaves the IMK outcome standing. Expected values from § 104a AufenthG [background].
/// </summary>
public class S104aTransitionTests
{
    private static readonly RuleSet Converting = RuleSet.Imk2006 with
    {
        Name = "converting",
        Options = ImkOptions.Base with { Fallback = new FallbackOptions { Convert104a = Convert104a.ConvertPending } },
    };

    private static Outcome[] Both(Household h)
    {
        var explain = Evaluator.Evaluate(h, Converting).Members.Select(m => m.Outcome).ToArray();
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(Converting), results, parallel: false);
        Assert.Equal(explain, results.Select(r => r.Outcome));
        return explain;
    }

    [Fact]
    public void A_job_search_duldung_becomes_a_permit_on_probation_not_a_regular_permit()
    {
        // 10 years, everything met, no job, decided 1.9.2007 (before the IMK work deadline): IMK gives the
        // job-search Duldung (Punkt 9); § 104a gives the permit "auf Probe" (Abs. 1 S. 2), not the regular one.
        var h = Single() with { DecisionDate = D("2007-09-01") };
        h = h.With("applicant", p => p with { Employments = [] });
        Assert.Equal([Outcome.JobSearchDuldung], h.Evaluate().Members.Select(m => m.Outcome));
        Assert.Equal([Outcome.ProbationPermit104a], Both(h));
    }

    [Fact]
    public void A_refusal_on_a_requirement_the_statute_does_not_have_is_granted_under_the_statute()
    {
        // Filed 1.6.2007, after the IMK deadline of 18.5.2007: refused under IMK; § 104a has no application deadline.
        var h = Single() with { ApplicationDate = D("2007-06-01"), DecisionDate = D("2007-09-01") };
        Assert.Equal([Outcome.Refusal], h.Evaluate().Members.Select(m => m.Outcome));
        Assert.Equal([Outcome.StatutoryPermit104a], Both(h));
    }

    [Fact]
    public void A_refusal_the_statute_shares_stands()
    {
        // Deliberate deception is a ground of both (L182-184; § 104a Abs. 1 S. 1 Nr. 4): the IMK refusal stands.
        var h = Single() with { DecisionDate = D("2007-09-01") };
        h = h.With("applicant", p => p with { Misconduct = [new MisconductRecord { Kind = MisconductKind.Deception, From = D("2000-01-01"), To = D("2003-01-01"), Deliberate = true }] });
        Assert.Equal([Outcome.Refusal], Both(h));
        Assert.Contains("IMK.Exclusion.Deception", Evaluator.Evaluate(h, Converting).Grounds);
    }

    [Fact]
    public void The_statutes_own_family_scope_decides_a_converted_family()
    {
        // The child's deception bars the whole family under the IMK base scope (A19), but not under § 104a, where
        // only Nr. 6 convictions spread (Abs. 3 S. 1): the parents are granted under the statute, the child is not.
        var h = Family() with { DecisionDate = D("2007-09-01") };
        h = h.With("child", p => p with { BirthDate = D("1990-01-01"), Misconduct = [new MisconductRecord { Kind = MisconductKind.Deception, From = D("2005-01-01"), To = D("2006-01-01"), Deliberate = true }] });
        Assert.Equal([Outcome.Refusal, Outcome.Refusal, Outcome.Refusal], h.Evaluate().Members.Select(m => m.Outcome));
        Assert.Equal([Outcome.StatutoryPermit104a, Outcome.StatutoryPermit104a, Outcome.Refusal], Both(h));
    }

    [Fact]
    public void A_statute_question_keeps_the_converted_case_pending_with_that_question()
    {
        // Decided after 1.7.2008 below A2 with the exemption unknown: the IMK refusal (A2) is open under § 104a.
        var h = Single() with { DecisionDate = D("2008-09-01") };
        h = h.With("applicant", p => p with { GermanLevel = CefrLevel.A1 });
        Assert.Equal([Outcome.Pending], Both(h));
        Assert.Contains(Evaluator.Evaluate(h, Converting).Members[0].Missing, m => m.Path.EndsWith("languageExemption", StringComparison.Ordinal));
    }
}
