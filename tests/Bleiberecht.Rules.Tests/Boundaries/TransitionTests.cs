using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Boundaries;

/// <summary>
/// The IMK → § 104a transition (A31, element 37): a refusal resting only on the IMK residence time is re-examined
/// under § 104a once it is in force (28.8.2007, L2598-2601), with the time measured on 1.7.2007 [background] — and an
/// unknown fact never yields the permit (the conversion used to look only at failed elements).
/// </summary>
public class TransitionTests
{
    private static readonly RuleSet Converting = RuleSet.Imk2006 with
    {
        Name = "converting",
        Options = ImkOptions.Base with { Fallback = new FallbackOptions { Convert104a = Convert104a.ConvertPending } },
    };

    /// <summary>
    /// Single, entered 1.6.1999: 7 years 5 months on 17.11.2006 (fails the 8 years of L5-6) but 8 years 1 month on
    /// 1.7.2007 (meets § 104a Abs. 1 S. 1); decided on 1.9.2007, after § 104a entered into force.
    /// </summary>
    private static Household Case() => Single("1999-06-01") with { DecisionDate = D("2007-09-01") };

    private static Outcome Bulk(Household h)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(Converting), results, parallel: false);
        return results[0].Outcome;
    }

    [Fact]
    public void A_refusal_on_time_alone_becomes_a_statutory_permit()
    {
        Assert.Equal(Outcome.Refusal, Evaluator.Evaluate(Case()).For("applicant").Outcome);
        Assert.Equal(Outcome.StatutoryPermit104a, Evaluator.Evaluate(Case(), Converting).For("applicant").Outcome);
        Assert.Equal(Outcome.StatutoryPermit104a, Bulk(Case()));
    }

    [Fact]
    public void Before_the_statute_is_in_force_the_refusal_stands()
    {
        // 27.8.2007 is the day before "ab 28. August 2007" (L2598-2601).
        var h = Case() with { DecisionDate = D("2007-08-27") };
        Assert.Equal(Outcome.Refusal, Evaluator.Evaluate(h, Converting).For("applicant").Outcome);
        Assert.Equal(Outcome.Refusal, Bulk(h));
        var onTheDay = Case() with { DecisionDate = D("2007-08-28") };
        Assert.Equal(Outcome.StatutoryPermit104a, Evaluator.Evaluate(onTheDay, Converting).For("applicant").Outcome);
        Assert.Equal(Outcome.StatutoryPermit104a, Bulk(onTheDay));
    }

    public static TheoryData<string> UnknownFacts => ["convictions", "extremism", "misconduct", "passport"];

    [Theory]
    [MemberData(nameof(UnknownFacts))]
    public void An_unknown_exclusion_or_identity_fact_keeps_the_converted_case_pending(string fact)
    {
        var h = Case().With("applicant", p => fact switch
        {
            "convictions" => p with { Convictions = null },
            "extremism" => p with { ExtremismLinks = null },
            "misconduct" => p with { Misconduct = null },
            _ => p with { Identity = new IdentityDocuments() },
        });

        var member = Evaluator.Evaluate(h, Converting).For("applicant");
        Assert.Equal(Outcome.Pending, member.Outcome);
        Assert.NotEmpty(member.Missing);
        Assert.Equal(Outcome.Pending, Bulk(h));
    }
}
