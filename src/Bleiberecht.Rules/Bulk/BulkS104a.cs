using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;
using Bleiberecht.Rules.Regimes.S104a;
using Bleiberecht.Rules.Regimes.S104aExtension;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The bulk loop over the § 104a regimes' own elements: their kernels (<see cref="InForceKernel"/>,
/// <see cref="ResidenceTimeKernel"/>, <see cref="Abs2Kernel"/>, <see cref="OralGermanKernel"/>,
/// <see cref="IdentityKernels.Passport"/> for the restated passport; the extension's <see cref="ExtensionKernels"/> with
/// the Abs. 6 groups as <see cref="LivelihoodKernel.ExceptionRoute"/>) on the batch's columns, written into the
/// members' masks at the bits <see cref="CompiledRuleSet"/> found — so the A31 transition decides a household under
/// § 104a without its object graph. No rule logic here: the same kernels run the explanation's leaves.
/// </summary>
internal static class BulkS104a
{
    /// <summary>
    /// Writes the verdicts of household <paramref name="h"/>'s members <paramref name="first"/>.. (<paramref name="m"/>
    /// and <paramref name="adults"/> sliced to the household); <paramref name="family"/> is the household's family verdict,
    /// <paramref name="decision"/> its decision day.
    /// </summary>
    public static void Write(HouseholdBatch b, CompiledRuleSet c, int h, int first, Span<MemberState> m, ReadOnlySpan<Truth> adults, Truth family, int decision)
    {
        var n = adults.Length;
        var noTrace = default(NoTrace);
        if (c.BitInForce104a >= 0)
        {
            var household = new BatchHouseholdFacts(b, h);
            var inForce = InForceKernel.InForce(ref household, ref noTrace);
            for (var i = 0; i < n; i++)
            {
                DecisionProcedure.File(ref m[i], RegimePlan.Bit(c.BitInForce104a), inForce);
            }
        }

        if (c.BitProbationRoute >= 0 || c.BitHardship >= 0)
        {
            // The extension (§ 104a Abs. 5/6): the Abs. 6 groups are IMK Punkt 3.3, read for the household.
            var livelihood = new BatchLivelihoodFacts(b, c, h);
            var household = new BatchHouseholdFacts(b, h);
            var hardship = LivelihoodKernel.ExceptionRoute(ref livelihood, ref noTrace, c.Options);
            var route = c.BitProbationRoute >= 0 ? ExtensionKernels.ProbationRoute(ref household, ref noTrace, hardship) : Truth.False;
            for (var i = 0; i < n; i++)
            {
                if (c.BitProbationRoute >= 0)
                {
                    DecisionProcedure.File(ref m[i], RegimePlan.Bit(c.BitProbationRoute), route);
                }

                if (c.BitHardship >= 0)
                {
                    DecisionProcedure.File(ref m[i], RegimePlan.Bit(c.BitHardship), hardship);
                }
            }
        }

        var parents = 0;
        for (var i = 0; i < n; i++)
        {
            parents += ResidenceTimeKernel.IsParent(b.Persons[first + i].Role) ? 1 : 0;
        }

        // The time of every member (the Abs. 2 adult child reads whether a parent meets it).
        var residence = c.Options.Residence;
        var parentTime = Truth.False;
        if (c.BitTime104a >= 0 || c.BitAbs2 >= 0)
        {
            for (var i = 0; i < n; i++)
            {
                var f = new BatchPersonFacts(b, first + i);
                var time = ResidenceTimeKernel.Time(ref f, ref noTrace, residence, c.ResidenceCountCivil, c.ReferenceCivil, c.AgeOfMajority, family, parents);
                parentTime = ResidenceTimeKernel.ParentMeetsTime(parentTime, f.Role, time);
                if (c.BitTime104a >= 0)
                {
                    DecisionProcedure.File(ref m[i], RegimePlan.Bit(c.BitTime104a), time);
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            var f = new BatchPersonFacts(b, first + i);
            if (c.BitAbs2 >= 0)
            {
                DecisionProcedure.File(ref m[i], RegimePlan.Bit(c.BitAbs2), Abs2Kernel.Abs2(ref f, ref noTrace, residence, c.ResidenceCountCivil, c.ReferenceCivil, c.AgeOfMajority, parents, parentTime));
            }

            if (c.BitOralGerman >= 0)
            {
                DecisionProcedure.File(ref m[i], RegimePlan.Bit(c.BitOralGerman), OralGermanKernel.ForAdult(ref f, ref noTrace, decision, adults[i]));
            }

            if (c.BitPassport104a >= 0)
            {
                DecisionProcedure.File(ref m[i], RegimePlan.Bit(c.BitPassport104a), IdentityKernels.Passport(ref f, ref noTrace, c.Options.Passport));
            }
        }
    }
}
