using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 1 S. 1 [background]: 8 years uninterrupted on 1.7.2007 (geduldet, gestattet or with a humanitarian
/// permit), 6 for a person living with a minor unmarried child — read as the parents (applicant and spouse) living
/// with their own minor children. An adult child or another relative needs 8 years (or Abs. 2). A minor child on
/// 1.7.2007 has no time of its own to meet ([background]: verify; it follows its parents, who are measured).
/// </summary>
internal static class ResidenceTime
{
    private static readonly Label Unaccompanied = new("minderjährig ohne Eltern im Haushalt: nur Abs. 2 S. 2", "minor without parents in the household: only Abs. 2 S. 2");

    private static readonly Label MinorNoOwnTime = new("minderjährig am 1.7.2007: kein eigenes Zeiterfordernis", "minor on 1.7.2007: no own time requirement");

    /// <summary>The element: the IMK time kernel (<see cref="ResidenceKernel"/>) with the statute's years, date and family reading.</summary>
    public static readonly Rule<MemberContext> Rule = new Condition<MemberContext>(
        S104aMeta.MinYears,
        m =>
        {
            // A minor without a parent in the household is not one "living with" parents: Abs. 1 does not reach it;
            // Abs. 2 S. 2 (unaccompanied minors, discretionary) does.
            if (Members.IsMinorChild(m) == Truth.True && !m.Household.Members.Any(static o => o.Person.Role is HouseholdRole.Applicant or HouseholdRole.Spouse))
            {
                return Check.Of(Truth.False, Unaccompanied);
            }

            return ResidenceElements.MinYears(m, m.Person.Role is HouseholdRole.Applicant or HouseholdRole.Spouse ? m.Household.Family : Truth.False, Members.IsAdult(m), MinorNoOwnTime);
        },
        m => m.Person.Id);
}
