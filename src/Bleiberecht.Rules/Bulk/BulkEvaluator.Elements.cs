using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The per-member kernel calls of the household loop, in one place for the loop of one rule set
/// (<see cref="Household{TMemo}"/>: every input) and for a rule set of a group that takes the other verdicts over
/// (<see cref="Recompute"/>: only the inputs it does not share). <c>only</c> is a constant for the former, so the JIT
/// drops its tests.
/// </summary>
public static partial class BulkEvaluator
{
    /// <summary>Every <see cref="SharedInput"/>.</summary>
    private const uint AllInputs = uint.MaxValue;

    /// <summary>
    /// In the inputs <see cref="Recompute"/> runs again, beside the <see cref="SharedInput"/> bits: element 5 reads
    /// options equal to the mask donor's, but the family status, which runs again — so element 5 runs again only for a
    /// household whose family status comes out otherwise than the donor's (ADR 0015 item 9).
    /// </summary>
    internal const uint ResidenceIfFamilyDiffers = 1u << 31;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Has(uint inputs, SharedInput input) => (inputs & (1u << (int)input)) != 0;

    /// <summary>
    /// Returns <paramref name="x"/> with the member's exclusion grounds (elements 17-21) and cooperation (24) filed,
    /// those in <paramref name="only"/> that the regime has (the § 104a regimes restate some IMK blocks, not all: a
    /// kernel whose verdict has no bit is not run).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Filed FileExclusion<TShape>(CompiledRuleSet c, ref readonly PersonFacts f, ref BatchPersonFacts facts, ref NoTrace trace, int decision, Filed x, uint only)
        where TShape : struct, IRuleShape
    {
        var exclusion = c.Exclusion;
        if (Has(only, SharedInput.Deception) && TShape.Has(c.BitDeception))
        {
            x = x.With(TShape.Mask(c.MaskDeception, ImkLayout.Deception), c.DeceptionShift >= 0 ? (Truth)((f.NoDeception >> c.DeceptionShift) & 3) : MisconductKernel.Deception(ref facts, ref trace, exclusion, decision));
        }

        if (Has(only, SharedInput.Obstruction) && TShape.Has(c.BitObstruction))
        {
            x = x.With(TShape.Mask(c.MaskObstruction, ImkLayout.Obstruction), c.ObstructionStored ? f.NoObstruction : MisconductKernel.Obstruction(ref facts, ref trace, exclusion, decision));
        }

        if (Has(only, SharedInput.Conviction) && TShape.Has(c.BitConviction))
        {
            x = x.With(TShape.Mask(c.MaskConviction, ImkLayout.Conviction), c.ConvictionStored ? ConvictionKernel.Unless(ref facts, ref trace, exclusion, f.ConvictionThreshold) : ConvictionKernel.Conviction(ref facts, ref trace, exclusion, decision));
        }

        if (Has(only, SharedInput.Extremism) && TShape.Has(c.BitExtremism))
        {
            x = x.With(TShape.Mask(c.MaskExtremism, ImkLayout.Extremism), c.ExtremismStored ? f.Extremism : ExtremismKernel.NoExtremism(ref facts, ref trace, exclusion, decision));
        }

        if (Has(only, SharedInput.Absconding) && TShape.Has(c.BitAbsconding))
        {
            x = x.With(TShape.Mask(c.MaskAbsconding, ImkLayout.Absconding), c.AbscondingStored ? f.NoAbsconding : MisconductKernel.Absconding(ref facts, ref trace, exclusion, decision));
        }

        if (Has(only, SharedInput.Cooperation) && TShape.Has(c.BitCooperation))
        {
            x = x.With(TShape.Mask(c.MaskCooperation, ImkLayout.Cooperation), IdentityKernels.Cooperation(ref facts, ref trace, c.Passport, exclusion.DeceptionWeighing));
        }

        return x;
    }

    /// <summary>Returns <paramref name="x"/> with the member's residence time (element 5) and German (element 8) filed, those in <paramref name="only"/> that the regime has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Filed FileResidenceAndLanguage<TShape>(CompiledRuleSet c, ref readonly PersonFacts f, ref BatchPersonFacts facts, ref NoTrace trace, int decision, Truth family, Truth adult, Truth anyAdult, Filed x, uint only)
        where TShape : struct, IRuleShape
    {
        // Element 5 also binds minors when the household has no adult (ResidenceKernel.Applies).
        if (Has(only, SharedInput.Residence) && TShape.Has(c.BitMinYears))
        {
            x = x.With(TShape.Mask(c.MaskMinYears, ImkLayout.MinYears), ResidenceKernel.WhereApplicable(ref facts, ref trace, c.Residence, c.ResidenceCountCivil, family, ResidenceKernel.Applies(adult, anyAdult.Not()), null));
        }

        if (Has(only, SharedInput.Language) && TShape.Has(c.BitLanguage))
        {
            // The stored requirement where it holds (LanguageReading), made the element for this member as the kernel's
            // ForAdult does (Kleene "adult → requirement": met where the member is not an adult).
            x = x.With(TShape.Mask(c.MaskLanguage, ImkLayout.Language), c.LanguageShift >= 0 && f.GermanSince == Days.None
                ? Applicable.Implies(adult, (Truth)((f.Language >> c.LanguageShift) & 3))
                : LanguageKernel.ForAdult(ref facts, ref trace, c.Language, decision, adult));
        }

        return x;
    }

    /// <summary>
    /// For a rule set of a group whose members' verdicts were put together from earlier rule sets
    /// (<see cref="CompiledRuleSets.MaskDonor"/>) except the inputs in <paramref name="inputs"/> (at the mask bits
    /// <paramref name="bits"/>): runs those kernels and files their verdicts instead. The adulthood is this rule set's
    /// own, taken over with the rest; the family status is <paramref name="family"/> unless it is run again too.
    /// Returns the family status.
    /// </summary>
    private static Truth Recompute(HouseholdBatch b, CompiledRuleSet c, int h, ref readonly HouseholdFacts hh, Span<MemberState> m, ReadOnlySpan<Truth> adults, Truth family, uint inputs, uint bits)
    {
        var decision = hh.DecisionDate;
        var trace = default(NoTrace);
        var householdFacts = new BatchHouseholdFacts(b, h);
        var deadline = Has(inputs, SharedInput.Deadline) ? ProcedureKernel.ApplicationDeadline(ref householdFacts, ref trace, c.Options.Deadline) : Truth.True;
        var housing = Has(inputs, SharedInput.Housing) ? HousingKernel.Housing(ref householdFacts, ref trace, c.Options.Housing) : Truth.True;

        // Elements 6, 9, 10 over the children, as the household loop computes them.
        var school = Truth.True;
        var prognosis = Truth.True;
        if ((inputs & ((1u << (int)SharedInput.Family) | (1u << (int)SharedInput.School) | (1u << (int)SharedInput.Prognosis))) != 0)
        {
            var decisionCivil = hh.DecisionCivil;
            var qualifying = Truth.False;
            for (var i = 0; i < m.Length; i++)
            {
                if (m[i].Role != Facts.HouseholdRole.Child)
                {
                    continue;
                }

                var member = new BatchPersonFacts(b, hh.MemberStart + i);
                qualifying = qualifying.Or(FamilyKernel.QualifyingChild(ref member, ref trace, c.Options.Family, c.ReferenceCivil));
                school = school.And(SchoolKernel.Attendance(ref member, ref trace, c.Options.School, c.AgeOfMajority, decisionCivil));
                if (c.Options.School.PrognosisRequiredForFamily)
                {
                    prognosis = prognosis.And(SchoolKernel.Prognosis(ref member, ref trace, c.Options.School, c.AgeOfMajority, decisionCivil));
                }
            }

            if (Has(inputs, SharedInput.Family))
            {
                var again = c.FamilyIsBuiltIn ? qualifying : Truth.False;
                if ((inputs & ResidenceIfFamilyDiffers) != 0 && again != family)
                {
                    // Element 5 read the donor's family status: with this one's it may come out otherwise.
                    inputs |= 1u << (int)SharedInput.Residence;
                    bits |= c.MaskMinYears;
                }

                family = again;
            }
        }

        var anyAdult = Truth.False;
        foreach (var a in adults)
        {
            anyAdult = anyAdult.Or(a);
        }

        for (var i = 0; i < m.Length; i++)
        {
            ref var x = ref m[i];
            x.False &= ~bits;
            x.Unknown &= ~bits;
            DecisionProcedure.File(ref x, Has(inputs, SharedInput.Deadline) ? c.MaskDeadline : 0u, deadline);
            DecisionProcedure.File(ref x, Has(inputs, SharedInput.Housing) ? c.MaskHousing : 0u, housing);
            DecisionProcedure.File(ref x, Has(inputs, SharedInput.School) ? c.MaskSchool : 0u, school);
            DecisionProcedure.File(ref x, Has(inputs, SharedInput.Prognosis) ? c.MaskPrognosis : 0u, prognosis);
            var p = hh.MemberStart + i;
            var facts = new BatchPersonFacts(b, p);
            var filed = FileExclusion<AnyShape>(c, in b.Persons[p], ref facts, ref trace, decision, default, inputs);
            FileResidenceAndLanguage<AnyShape>(c, in b.Persons[p], ref facts, ref trace, decision, family, adults[i], anyAdult, filed, inputs).Into(ref x);
        }

        return family;
    }
}
