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
        var trace = default(NoTrace);
        var upperUnbounded = hh.EmploymentsUnknown;
        decimal lower = 0, upper = 0, bestInsuredLower = 0, bestInsuredUpper = 0;
        for (var k = 0; k < jobs.Length; k++)
        {
            ref readonly var jf = ref jobs[k];
            var j = hh.JobStart + k;
            var job = new BatchJobFacts(b, j, hh.MemberStart, single, decision);
            var counts = JobKernels.Counts(ref job, ref trace, c.Options, out var access);
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
        var trace = default(NoTrace);
        var upperUnbounded = hh.EmploymentsUnknown;
        long lower = 0, upper = 0, bestInsuredLower = 0, bestInsuredUpper = 0;
        for (var k = 0; k < jobs.Length; k++)
        {
            ref readonly var jf = ref jobs[k];
            var job = new BatchJobFacts(b, hh.JobStart + k, hh.MemberStart, single, decision);
            var counts = JobKernels.Counts(ref job, ref trace, c.Options, out var access);
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
}
