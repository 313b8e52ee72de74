using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>What the laws over the § 104a regimes read: which outcomes are titles or definite, and the bulk path's verdicts.</summary>
internal static class RegimeLaws
{
    /// <summary>Any residence title a regime can grant, discretionary ones included (for "no permit while unknown").</summary>
    public static bool IsPermit(Outcome o) => o is Outcome.ResidencePermit or Outcome.StatutoryPermit104a or Outcome.ProbationPermit104a or Outcome.DiscretionaryPermit;

    /// <summary>An outcome that filling an unknown fact must not change.</summary>
    public static bool Definite(Outcome o) => IsPermit(o) || o is Outcome.JobSearchDuldung or Outcome.Refusal;

    /// <summary>The members' outcomes of one household on the bulk path, compiled afresh.</summary>
    public static Outcome[] BulkOutcomes(Household h, RuleSet ruleSet)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(ruleSet), results, parallel: false);
        return [.. results.Select(r => r.Outcome)];
    }

    /// <summary>
    /// The fill law on both paths: explain == bulk before and after an unknown fact was filled, and no definite
    /// outcome turned into another.
    /// </summary>
    public static void AssertFilledKeepsDefinite(Household before, Household after, string what, RuleSet ruleSet)
    {
        var b = Evaluator.Evaluate(before, ruleSet).Members.Select(m => m.Outcome).ToArray();
        var a = Evaluator.Evaluate(after, ruleSet).Members.Select(m => m.Outcome).ToArray();
        Xunit.Assert.Equal(b, BulkOutcomes(before, ruleSet));
        Xunit.Assert.Equal(a, BulkOutcomes(after, ruleSet));
        for (var i = 0; i < b.Length; i++)
        {
            Xunit.Assert.True(!Definite(b[i]) || b[i] == a[i], $"{ruleSet.Name}: filling {what} turned member {i} from {b[i]} into {a[i]}");
        }
    }
}
