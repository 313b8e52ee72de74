using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Punkt 3.3 groups (b)-(e) over a <see cref="HouseholdBatch"/>: the verdicts of <c>Regimes/Imk2006/ExceptionGroups</c>
/// without explanation nodes (keep them in step; the equivalence property is the guard). Reached only by households
/// whose standard route and trainee exception are not already met.
/// </summary>
internal static class BulkExceptionGroups
{
    /// <summary>Any of the groups holds; <paramref name="anyJobCounts"/> is "some member's job counts" from the income test.</summary>
    public static Truth Any(HouseholdBatch b, CompiledRuleSet c, ref readonly HouseholdFacts hh, Truth anyJobCounts)
    {
        var receives = hh.ReceivesBenefits;
        var secured = hh.SecuredOtherwise;
        var temporary = hh.BenefitsTemporary;

        // One pass over the members: minor children, adults, the spouse, and each group's per-person condition.
        var minorChild = Truth.False;
        var anyAdult = Truth.False;
        var spouse = false;
        var applicantsCannotWork = Truth.True;
        var adultsUnableToWork = Truth.True;
        var adultsElderly = Truth.True;
        for (var p = hh.MemberStart; p < hh.MemberEnd; p++)
        {
            var role = b.Role[p];
            var age = BulkPersonElements.Age(b, p, c.ReferenceCivil);
            var minor = BulkPersonElements.IsMinorChild(b, p, age, c.AgeOfMajority);
            var adult = minor.Not();
            minorChild = minorChild.Or(minor);
            anyAdult = anyAdult.Or(adult);
            spouse |= role == HouseholdRole.Spouse;
            if (role == HouseholdRole.Applicant)
            {
                applicantsCannotWork = applicantsCannotWork.And(b.WorkNotReasonable[p]);
            }

            var notAdult = minor;
            adultsUnableToWork = adultsUnableToWork.And(notAdult.Or(b.UnableToWork[p]));
            var old = age == int.MinValue ? Truth.Unknown : (age >= c.ElderlyMinAge).ToTruth();
            adultsElderly = adultsElderly.And(notAdult.Or(old.And(b.NoFamilyInOrigin[p]).And(b.DescendantsSettled[p])));
        }

        var result = Truth.False;
        if (c.FamiliesGroup)
        {
            result = result.Or(temporary.And(minorChild).And(anyJobCounts));
        }

        if (c.SingleParentsGroup && !spouse)
        {
            // A single parent is an adult: a household of minors alone is not in group (c) (docs/adr/0012, item 11).
            result = result.Or(anyAdult.And(temporary).And(minorChild).And(applicantsCannotWork));
        }

        if (c.UnableToWorkGroup)
        {
            result = result.Or(secured.And(anyAdult).And(adultsUnableToWork));
        }

        if (c.ElderlyGroup)
        {
            result = result.Or(receives.Not().And(secured).And(anyAdult).And(adultsElderly));
        }

        return result;
    }
}
