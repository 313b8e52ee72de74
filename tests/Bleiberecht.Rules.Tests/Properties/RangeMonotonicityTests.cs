using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Properties;

/// <summary>
/// ADR 0013: a fact known only as a range (entry date, day-fines) or an interruption of unknown end is judged at both
/// ends, so narrowing it — to a sub-range or an exact value — never flips a definite outcome, on the explain path and
/// on the bulk path alike (the bulk path is read from its own result, not from the explanation).
/// </summary>
public class RangeMonotonicityTests
{
    private static bool Definite(Outcome o) => o is Outcome.ResidencePermit or Outcome.JobSearchDuldung or Outcome.Refusal;

    private static Outcome[] Explain(Household h) => [.. Evaluator.Evaluate(h).Members.Select(m => m.Outcome)];

    private static Outcome[] Bulk(Household h)
    {
        var batch = HouseholdBatch.Create([h]);
        var results = new BulkResult[batch.PersonCount];
        var households = new BulkHouseholdResult[1];
        BulkEvaluator.Evaluate(batch, CompiledRuleSet.Compile(RuleSet.Imk2006), results, households, parallel: false);
        return [.. results.Select(r => r.Outcome)];
    }

    private static bool NeverFlips(Outcome[] before, Outcome[] after) =>
        before.Length == after.Length && before.Zip(after).All(x => !Definite(x.First) || x.First == x.Second);

    [Property(MaxTest = 300, Arbitrary = [typeof(Generators)])]
    public bool Narrowing_a_range_never_flips_a_definite_outcome_explain(Narrowed f) => NeverFlips(Explain(f.Before), Explain(f.After));

    [Property(MaxTest = 300, Arbitrary = [typeof(Generators)])]
    public bool Narrowing_a_range_never_flips_a_definite_outcome_bulk(Narrowed f) => NeverFlips(Bulk(f.Before), Bulk(f.After));

    /// <summary>
    /// The narrowings above are narrowings of a possible world: a case the validator accepts stays acceptable (an entry
    /// before the earliest date of birth, say, is no narrowing of an entry range but a contradiction, and an evaluation
    /// of contradictory facts says nothing about monotonicity).
    /// </summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(Generators)])]
    public bool A_narrowed_consistent_case_stays_consistent(Narrowed f) =>
        CaseValidator.Validate(f.Before).Count > 0 || CaseValidator.Validate(f.After) is { Count: 0 };
}
