using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Element 13 (household livelihood) over a <see cref="HouseholdBatch"/>: whether each job counts
/// (JobElements: quality, annotation, Residenzpflicht, BA consent, deadline, current), the income test
/// (Punkt 3.2) and the exception groups (Punkt 3.3, groups b-e in <see cref="ExceptionGroupsKernel"/>) — the verdicts of LivelihoodElements without explanation nodes.
/// </summary>
internal static class BulkLivelihood
{
    /// <summary>Element 13 for household <paramref name="h"/>, <paramref name="hh"/> its packed facts.</summary>
    public static Truth Secured(HouseholdBatch b, CompiledRuleSet c, ref readonly HouseholdFacts hh, int h)
    {
        var anyJobCounts = hh.EmploymentsUnknown ? Truth.Unknown : Truth.False;
        var jobs = b.Jobs.AsSpan(hh.JobStart, hh.JobEnd - hh.JobStart);
        Span<Truth> jobTrainee = jobs.Length <= 64 ? stackalloc Truth[jobs.Length] : new Truth[jobs.Length];
        var single = hh.MemberEnd - hh.MemberStart == 1;
        var manyChildren = c.NotionalBenefits ? ManyChildren(b, c, in hh) : Truth.False;
        var income = hh.CentsExact
            ? IncomeInCents(b, c, in hh, h, jobs, single, manyChildren, jobTrainee, ref anyJobCounts)
            : Income(b, c, in hh, h, jobs, single, manyChildren, jobTrainee, ref anyJobCounts);

        // A10 only for families (more than one member), as A09 (LivelihoodElements.IsFamily).
        var noBenefits = hh.ReceivesBenefits.Not();
        if (noBenefits == Truth.False && c.TemporaryBenefitsTolerated && !single)
        {
            noBenefits = hh.BenefitsTemporary;
        }

        // Punkt 3.3: trainees (group a), or the other groups.
        var trainee = c.Training == TrainingAcceptance.No ? Truth.False : Trainees(b, c, in hh, jobTrainee);
        var secured = income.And(noBenefits).Or(trainee);
        if (secured == Truth.True)
        {
            return secured;
        }

        var facts = new BatchLivelihoodFacts(b, c, hh.MemberStart, hh.MemberEnd - hh.MemberStart, h, anyJobCounts);
        var trace = default(NoTrace);
        return secured.Or(ExceptionGroupsKernel.Any(ref facts, ref trace, c.Options.ExceptionGroups));
    }

    /// <summary>LivelihoodElements.ManyChildren: at least three minor children at the reference date (A11).</summary>
    private static Truth ManyChildren(HouseholdBatch b, CompiledRuleSet c, ref readonly HouseholdFacts hh)
    {
        int sure = 0, possible = 0;
        for (var p = hh.MemberStart; p < hh.MemberEnd; p++)
        {
            var minor = BulkPersonElements.IsMinorChild(b, p, BulkPersonElements.Age(b, p, c.ReferenceCivil), c.AgeOfMajority);
            sure += minor == Truth.True ? 1 : 0;
            possible += minor != Truth.False ? 1 : 0;
        }

        const int many = Regimes.Imk2006.LivelihoodElements.ManyChildrenCount;
        return sure >= many ? Truth.True : possible >= many ? Truth.Unknown : Truth.False;
    }

    /// <summary>Punkt 3.2 (income covers the need) in <see cref="decimal"/>, and whether a job makes a trainee (Punkt 3.3).</summary>
    private static Truth Income(HouseholdBatch b, CompiledRuleSet c, ref readonly HouseholdFacts hh, int h, ReadOnlySpan<JobFacts> jobs, bool single, Truth manyChildren, Span<Truth> jobTrainee, ref Truth anyJobCounts)
    {
        var decision = hh.DecisionDate;
        var upperUnbounded = hh.EmploymentsUnknown;
        decimal lower = 0, upper = 0, bestInsuredLower = 0, bestInsuredUpper = 0;
        for (var k = 0; k < jobs.Length; k++)
        {
            ref readonly var jf = ref jobs[k];
            var j = hh.JobStart + k;
            var counts = Counts(b, c, in jf, j, decision, single, out var access);
            anyJobCounts = anyJobCounts.Or(counts);
            if (counts != Truth.False)
            {
                var net = b.JobNet[j];
                if (net is null)
                {
                    upperUnbounded = true;
                }

                upper = Saturating.Add(upper, net ?? 0);
                if (counts == Truth.True)
                {
                    lower = Saturating.Add(lower, net ?? 0);
                }

                var insured = jf.SocialInsurance;
                if (insured != Truth.False)
                {
                    bestInsuredUpper = Math.Max(bestInsuredUpper, net ?? decimal.MaxValue / 4);
                    if (counts == Truth.True && insured == Truth.True)
                    {
                        bestInsuredLower = Math.Max(bestInsuredLower, net ?? 0);
                    }
                }
            }

            jobTrainee[k] = Trainee(c, in jf, access);
        }

        // Punkt 3.2: income covers the need, and no public benefits.
        Truth income;
        if (!hh.NeedKnown)
        {
            // An unknown need may be 0 (the validator only bars a negative one), which even no income covers.
            income = Truth.Unknown;
        }
        else
        {
            var notional = manyChildren != Truth.False ? b.NotionalBenefits[h] : 0m;
            var sureNotional = manyChildren == Truth.True ? notional : 0m;
            var notionalOpen = manyChildren != Truth.False && b.NotionalUnknown[h];
            var n = b.Need[h];
            income = Saturating.Add(lower, sureNotional) >= n ? Truth.True : (upperUnbounded || notionalOpen || Saturating.Add(upper, notional) >= n) ? Truth.Unknown : Truth.False;

            // A09: one insured job covering more than the majority share is an additional route, for families.
            if (c.MajorityCoverage && income != Truth.True && !single)
            {
                var threshold = Saturating.Multiply(n, c.MajorityShare);
                income = income.Or(bestInsuredLower > threshold ? Truth.True : (upperUnbounded || bestInsuredUpper > threshold) ? Truth.Unknown : Truth.False);
            }
        }

        return income;
    }

    /// <summary>
    /// <see cref="Income"/> in whole cents, for households whose amounts all have at most two decimals
    /// (<see cref="HouseholdFacts.CentsExact"/>): the same sums and comparisons, exactly, without <see cref="decimal"/>.
    /// </summary>
    private static Truth IncomeInCents(HouseholdBatch b, CompiledRuleSet c, ref readonly HouseholdFacts hh, int h, ReadOnlySpan<JobFacts> jobs, bool single, Truth manyChildren, Span<Truth> jobTrainee, ref Truth anyJobCounts)
    {
        var decision = hh.DecisionDate;
        var upperUnbounded = hh.EmploymentsUnknown;
        long lower = 0, upper = 0, bestInsuredLower = 0, bestInsuredUpper = 0;
        for (var k = 0; k < jobs.Length; k++)
        {
            ref readonly var jf = ref jobs[k];
            var counts = Counts(b, c, in jf, hh.JobStart + k, decision, single, out var access);
            anyJobCounts = anyJobCounts.Or(counts);
            if (counts != Truth.False)
            {
                var net = jf.NetCents;
                var known = net != HouseholdBatch.NoCents;
                if (!known)
                {
                    upperUnbounded = true;
                    net = 0;
                }

                upper = Saturating.Add(upper, net);
                if (counts == Truth.True)
                {
                    lower = Saturating.Add(lower, net);
                }

                var insured = jf.SocialInsurance;
                if (insured != Truth.False)
                {
                    // An unknown net bounds nothing: upperUnbounded is then set and decides before this maximum is read.
                    bestInsuredUpper = Math.Max(bestInsuredUpper, net);
                    if (counts == Truth.True && insured == Truth.True)
                    {
                        bestInsuredLower = Math.Max(bestInsuredLower, net);
                    }
                }
            }

            jobTrainee[k] = Trainee(c, in jf, access);
        }

        Truth income;
        if (!hh.NeedKnown)
        {
            // An unknown need may be 0 (the validator only bars a negative one), which even no income covers.
            income = Truth.Unknown;
        }
        else
        {
            var notional = manyChildren != Truth.False ? hh.NotionalCents : 0L;
            var sureNotional = manyChildren == Truth.True ? notional : 0L;
            var notionalOpen = manyChildren != Truth.False && b.NotionalUnknown[h];
            var n = hh.NeedCents;
            income = Saturating.Add(lower, sureNotional) >= n ? Truth.True : (upperUnbounded || notionalOpen || Saturating.Add(upper, notional) >= n) ? Truth.Unknown : Truth.False;

            if (c.MajorityCoverage && income != Truth.True && !single)
            {
                var threshold = b.Need[h] * c.MajorityShare;
                income = income.Or(bestInsuredLower / 100m > threshold ? Truth.True : (upperUnbounded || bestInsuredUpper / 100m > threshold) ? Truth.Unknown : Truth.False);
            }
        }

        return income;
    }

    /// <summary>Punkt 3.3: job <paramref name="jf"/> makes its holder a trainee.</summary>
    private static Truth Trainee(CompiledRuleSet c, ref readonly JobFacts jf, Truth access)
    {
        if (jf.Kind != EmploymentKind.Training || c.Training == TrainingAcceptance.No)
        {
            return Truth.False;
        }

        var kindOk = c.Training == TrainingAcceptance.ApprenticeshipOrEducationMeasure ? Truth.True : jf.RecognisedApprenticeship;
        return kindOk.And(access);
    }

    /// <summary>
    /// Group (a) for the household (LivelihoodElements.Trainee): every adult is a trainee, or every member where
    /// there is no adult; <paramref name="jobTrainee"/> holds, per job of the household, whether it makes its holder one.
    /// </summary>
    private static Truth Trainees(HouseholdBatch b, CompiledRuleSet c, ref readonly HouseholdFacts hh, ReadOnlySpan<Truth> jobTrainee)
    {
        if (hh.MemberEnd == hh.MemberStart)
        {
            return Truth.False;
        }

        var anyAdult = Truth.False;
        for (var p = hh.MemberStart; p < hh.MemberEnd; p++)
        {
            anyAdult = anyAdult.Or(BulkPersonElements.IsMinorChild(b, p, BulkPersonElements.Age(b, p, c.ReferenceCivil), c.AgeOfMajority).Not());
        }

        var result = Truth.True;
        for (var p = hh.MemberStart; p < hh.MemberEnd; p++)
        {
            var adult = BulkPersonElements.IsMinorChild(b, p, BulkPersonElements.Age(b, p, c.ReferenceCivil), c.AgeOfMajority).Not();
            var considered = adult.Or(anyAdult.Not());
            if (considered == Truth.False)
            {
                continue;
            }

            var trainee = b.PersonEmploymentsUnknown[p] ? Truth.Unknown : Truth.False;
            for (var k = 0; k < jobTrainee.Length; k++)
            {
                if (b.JobOwner[hh.JobStart + k] == p)
                {
                    trainee = trainee.Or(jobTrainee[k]);
                }
            }

            result = result.And(considered.Not().Or(trainee));
        }

        return result;
    }

    /// <summary>JobElements.Rule for job <paramref name="j"/> (packed facts <paramref name="jf"/>); <paramref name="access"/> = consent ∧ deadline ∧ current (for trainees).</summary>
    private static Truth Counts(HouseholdBatch b, CompiledRuleSet c, ref readonly JobFacts jf, int j, int decision, bool single, out Truth access)
    {
        var kind = jf.Kind;
        var start = jf.Start;

        // Element 31, and the job still exists at the decision.
        var deadline = c.ExtensionAfterDeadline ? Truth.True : start == HouseholdBatch.NoDate ? Truth.Unknown : (start <= c.WorkTakeUp).ToTruth();
        var end = jf.End;
        var current = end == HouseholdBatch.NoDate ? Truth.True : decision == HouseholdBatch.NoDate ? Truth.Unknown : (end >= decision).ToTruth();

        // Element 25 with 26-28 and the training additionality.
        var consent = WhileCheckApplies(c.PriorityCheckUntil, start, jf.PrivilegedWorker.Not())
            .And(WhileCheckApplies(c.WorkingConditionsCheckUntil, start, jf.ConditionsComparable));
        if (c.HasWageShare || c.HasWageHourly)
        {
            consent = consent.And(WageFloor(b, c, j));
        }

        if (kind == EmploymentKind.TempAgency && !c.TempAgencyAccepted)
        {
            consent = consent.And(WhileCheckApplies(c.AnyCheckUntil, start, Truth.False));
        }

        if (kind == EmploymentKind.Training && c.TrainingAdditionalityCheck)
        {
            consent = consent.And(WhileCheckApplies(c.AnyCheckUntil, start, jf.TrainingPlaceAdditional));
        }

        access = deadline.And(current).And(consent);

        // Element 30 and 29.
        var annotation = c.WorkPermittedAnnotation ? Truth.True : jf.DuldungForbidsEmployment.Not();
        var inside = jf.WithinPermittedArea;
        var residenz = inside == Truth.True ? Truth.True : c.Residenzpflicht switch
        {
            ResidenzpflichtRelief.No => inside,
            ResidenzpflichtRelief.SomeKommunen => Truth.Unknown,
            ResidenzpflichtRelief.ForJobSearchDuldungHolders => inside.Or(jf.HeldJobSearchDuldung),
            _ => Truth.True,
        };

        return Quality(b, c, in jf, j, kind, single).And(annotation).And(residenz).And(access);
    }

    /// <summary>Element 14.</summary>
    private static Truth Quality(HouseholdBatch b, CompiledRuleSet c, ref readonly JobFacts jf, int j, EmploymentKind kind, bool single)
    {
        if (kind == EmploymentKind.MiniJob || (kind == EmploymentKind.SelfEmployed && !c.SelfEmploymentAccepted))
        {
            return Truth.False;
        }

        var result = kind != EmploymentKind.SelfEmployed ? jf.SocialInsurance : Truth.True;
        result = result.And(FixedTermAccepted(c, in jf));
        if (c.HasMinPriorMonths)
        {
            var worked = jf.MonthsWorked;
            result = result.And(worked == int.MinValue ? Truth.Unknown : (worked >= c.MinPriorMonths).ToTruth());
        }

        if (c.HasMinGrossForSingle && single)
        {
            result = result.And(b.JobGross[j] is { } gross ? (gross >= c.MinGrossForSingle).ToTruth() : Truth.Unknown);
        }

        return result;
    }

    /// <summary>A02.</summary>
    private static Truth FixedTermAccepted(CompiledRuleSet c, ref readonly JobFacts jf)
    {
        var fixedTerm = jf.FixedTerm;
        if (fixedTerm == Truth.False)
        {
            return Truth.True;
        }

        var worked = jf.MonthsWorked;
        var accepted = c.FixedTerm switch
        {
            FixedTermAcceptance.YesIfIncomeSufficient => Truth.True,
            FixedTermAcceptance.IfSectorCustomary => jf.FixedTermCustomary,
            FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed => worked == int.MinValue ? Truth.Unknown : (worked > 0).ToTruth(),
            _ => Truth.False,
        };
        return fixedTerm == Truth.Unknown ? Truth.Unknown.Or(accepted) : accepted;
    }

    /// <summary>A08.</summary>
    private static Truth WageFloor(HouseholdBatch b, CompiledRuleSet c, int j)
    {
        var result = Truth.True;
        if (c.HasWageShare)
        {
            result = result.And(b.JobShareOfCollectiveWage[j] is { } s ? (s >= c.WageShare).ToTruth() : Truth.Unknown);
        }

        if (c.HasWageHourly)
        {
            result = result.And(b.JobNetHourly[j] is { } hourly ? (hourly >= c.WageHourly).ToTruth() : Truth.Unknown);
        }

        return result;
    }

    /// <summary>A BA check applies to jobs starting on or before its last day (never if that day is absent).</summary>
    private static Truth WhileCheckApplies(int until, int start, Truth check)
    {
        if (until == HouseholdBatch.NoDate)
        {
            return Truth.True;
        }

        if (start == HouseholdBatch.NoDate)
        {
            return check == Truth.True ? Truth.True : Truth.Unknown;
        }

        return start <= until ? check : Truth.True;
    }
}
