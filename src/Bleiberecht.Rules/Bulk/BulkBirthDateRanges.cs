using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Facts;
using Outcome = Bleiberecht.Rules.Evaluation.Outcome;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The bulk path's decision of a household with a birth-date range: the rare household is decided once per
/// candidate birth date through the bulk path itself (a one-household batch each), under the same wrapper as the
/// explain path (<see cref="BirthDateRanges.Resolve{T, TSummary}"/>), so both agree wherever they agree on exact birth
/// dates. Where the days disagree the outcomes are those of the household with the ranged birth dates unknown, and a
/// pending member's failure mask is the OR of its masks over the days (what fails or stays open on some day), as the
/// explain path's grounds (<see cref="BirthDateRangeDecision"/>, ADR 0013 item 6). Allocates; only households with a
/// range come here.
/// </summary>
internal static class BulkBirthDateRanges
{
    /// <summary>Decides <paramref name="household"/> under <paramref name="rules"/> and writes its members' results.</summary>
    internal static BulkHouseholdResult Decide(Household household, CompiledRuleSet rules, Span<BulkResult> results)
    {
        var r = BirthDateRanges.Resolve(household, rules.RuleSet, h => One(h, rules), x => x, Same, all: true);
        r.Decision.Members.CopyTo(results);
        if (r.Agreed || r.Decisions == 0)
        {
            return r.Decision.Household;
        }

        var householdBits = 0u;
        for (var i = 0; i < r.Decision.Members.Length; i++)
        {
            var own = results[i];
            if (own.Outcome == Outcome.Pending)
            {
                var bits = 0u;
                foreach (var day in r.Summaries)
                {
                    bits |= day.Members[i].Failures.Bits;
                }

                results[i] = own = new BulkResult(own.Outcome, own.HouseholdOutcome, new FailureMask(bits));
            }

            householdBits |= own.Failures.Bits;
        }

        return r.Decision.Household with { Failures = new FailureMask(householdBits) };
    }

    private static (BulkResult[] Members, BulkHouseholdResult Household) One(Household household, CompiledRuleSet rules)
    {
        var batch = HouseholdBatch.Create([household]);
        var members = new BulkResult[batch.PersonCount];
        var households = new BulkHouseholdResult[1];
        BulkEvaluator.EvaluateRange(batch, rules, 0, 1, members, households);
        return (members, households[0]);
    }

    /// <summary>The same outcome for the household and every member (as the explain path compares).</summary>
    private static bool Same((BulkResult[] Members, BulkHouseholdResult Household) a, (BulkResult[] Members, BulkHouseholdResult Household) b)
    {
        if (a.Household.Outcome != b.Household.Outcome)
        {
            return false;
        }

        for (var i = 0; i < a.Members.Length; i++)
        {
            if (a.Members[i].Outcome != b.Members[i].Outcome)
            {
                return false;
            }
        }

        return true;
    }
}
