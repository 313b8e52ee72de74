using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Element 13 (household livelihood) over a <see cref="HouseholdBatch"/>: whether each job counts
/// (JobElements: quality, annotation, Residenzpflicht, BA consent, deadline, current), the income test
/// (Punkt 3.2) and the exception groups (Punkt 3.3) — the verdicts of LivelihoodElements without explanation nodes.
/// </summary>
internal static class BulkLivelihood
{
    /// <summary>Element 13 for household <paramref name="h"/>.</summary>
    public static Truth Secured(HouseholdBatch b, CompiledRuleSet c, int h)
    {
        var trainee = Truth.False;
        var income = b.CentsExact[h] ? IncomeInCents(b, c, h, ref trainee) : Income(b, c, h, ref trainee);

        var noBenefits = b.ReceivesBenefits[h].Not();
        if (noBenefits == Truth.False && c.TemporaryBenefitsTolerated)
        {
            noBenefits = b.BenefitsTemporary[h];
        }

        // Punkt 3.3: a trainee, or livelihood secured otherwise.
        if (c.Training != TrainingAcceptance.No && trainee == Truth.False && b.EmploymentsUnknown[h])
        {
            trainee = Truth.Unknown;
        }

        return income.And(noBenefits).Or(trainee).Or(b.SecuredOtherwise[h]);
    }

    /// <summary>Punkt 3.2 (income covers the need) in <see cref="decimal"/>, and whether a job makes a trainee (Punkt 3.3).</summary>
    private static Truth Income(HouseholdBatch b, CompiledRuleSet c, int h, ref Truth trainee)
    {
        var decision = b.DecisionDate[h];
        var single = b.MemberStart[h + 1] - b.MemberStart[h] == 1;
        var upperUnbounded = b.EmploymentsUnknown[h];
        decimal lower = 0, upper = 0, bestInsuredLower = 0, bestInsuredUpper = 0;
        for (var j = b.JobStart[h]; j < b.JobStart[h + 1]; j++)
        {
            var counts = Counts(b, c, j, decision, single, out var access);
            if (counts != Truth.False)
            {
                var net = b.JobNet[j];
                if (net is null)
                {
                    upperUnbounded = true;
                }

                upper += net ?? 0;
                if (counts == Truth.True)
                {
                    lower += net ?? 0;
                }

                var insured = b.JobSocialInsurance[j];
                if (insured != Truth.False)
                {
                    bestInsuredUpper = Math.Max(bestInsuredUpper, net ?? decimal.MaxValue / 4);
                    if (counts == Truth.True && insured == Truth.True)
                    {
                        bestInsuredLower = Math.Max(bestInsuredLower, net ?? 0);
                    }
                }
            }

            Trainee(b, c, j, access, ref trainee);
        }

        // Punkt 3.2: income covers the need, and no public benefits.
        Truth income;
        if (!b.NeedKnown[h])
        {
            income = !upperUnbounded && upper == 0 ? Truth.False : Truth.Unknown;
        }
        else
        {
            var notional = c.NotionalBenefits ? b.NotionalBenefits[h] : 0m;
            var n = b.Need[h];
            income = lower + notional >= n ? Truth.True : (upperUnbounded || upper + notional >= n) ? Truth.Unknown : Truth.False;

            // A09: one insured job covering more than the majority share is an additional route.
            if (c.MajorityCoverage && income != Truth.True)
            {
                var threshold = n * c.MajorityShare;
                income = income.Or(bestInsuredLower > threshold ? Truth.True : (upperUnbounded || bestInsuredUpper > threshold) ? Truth.Unknown : Truth.False);
            }
        }

        return income;
    }

    /// <summary>
    /// <see cref="Income"/> in whole cents, for households whose amounts all have at most two decimals
    /// (<see cref="HouseholdBatch.CentsExact"/>): the same sums and comparisons, exactly, without <see cref="decimal"/>.
    /// </summary>
    private static Truth IncomeInCents(HouseholdBatch b, CompiledRuleSet c, int h, ref Truth trainee)
    {
        var decision = b.DecisionDate[h];
        var single = b.MemberStart[h + 1] - b.MemberStart[h] == 1;
        var upperUnbounded = b.EmploymentsUnknown[h];
        long lower = 0, upper = 0, bestInsuredLower = 0, bestInsuredUpper = 0;
        for (var j = b.JobStart[h]; j < b.JobStart[h + 1]; j++)
        {
            var counts = Counts(b, c, j, decision, single, out var access);
            if (counts != Truth.False)
            {
                var net = b.JobNetCents[j];
                var known = net != HouseholdBatch.NoCents;
                if (!known)
                {
                    upperUnbounded = true;
                    net = 0;
                }

                upper += net;
                if (counts == Truth.True)
                {
                    lower += net;
                }

                var insured = b.JobSocialInsurance[j];
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

            Trainee(b, c, j, access, ref trainee);
        }

        Truth income;
        if (!b.NeedKnown[h])
        {
            income = !upperUnbounded && upper == 0 ? Truth.False : Truth.Unknown;
        }
        else
        {
            var notional = c.NotionalBenefits ? b.NotionalCents[h] : 0L;
            var n = b.NeedCents[h];
            income = lower + notional >= n ? Truth.True : (upperUnbounded || upper + notional >= n) ? Truth.Unknown : Truth.False;

            if (c.MajorityCoverage && income != Truth.True)
            {
                var threshold = b.Need[h] * c.MajorityShare;
                income = income.Or(bestInsuredLower / 100m > threshold ? Truth.True : (upperUnbounded || bestInsuredUpper / 100m > threshold) ? Truth.Unknown : Truth.False);
            }
        }

        return income;
    }

    /// <summary>Punkt 3.3: job <paramref name="j"/> makes its holder a trainee.</summary>
    private static void Trainee(HouseholdBatch b, CompiledRuleSet c, int j, Truth access, ref Truth trainee)
    {
        if (b.JobKind[j] == EmploymentKind.Training && c.Training != TrainingAcceptance.No)
        {
            var kindOk = c.Training == TrainingAcceptance.ApprenticeshipOrEducationMeasure ? Truth.True : b.JobRecognisedApprenticeship[j];
            trainee = trainee.Or(kindOk.And(access));
        }
    }

    /// <summary>JobElements.Rule for job <paramref name="j"/>; <paramref name="access"/> = consent ∧ deadline ∧ current (for trainees).</summary>
    private static Truth Counts(HouseholdBatch b, CompiledRuleSet c, int j, int decision, bool single, out Truth access)
    {
        var kind = b.JobKind[j];
        var start = b.JobStartDate[j];

        // Element 31, and the job still exists at the decision.
        var deadline = c.ExtensionAfterDeadline ? Truth.True : start == HouseholdBatch.NoDate ? Truth.Unknown : (start <= c.WorkTakeUp).ToTruth();
        var end = b.JobEndDate[j];
        var current = end == HouseholdBatch.NoDate ? Truth.True : decision == HouseholdBatch.NoDate ? Truth.Unknown : (end >= decision).ToTruth();

        // Element 25 with 26-28 and the training additionality.
        var consent = WhileCheckApplies(c.PriorityCheckUntil, start, b.JobPrivilegedWorker[j].Not())
            .And(WhileCheckApplies(c.WorkingConditionsCheckUntil, start, b.JobConditionsComparable[j]))
            .And(WageFloor(b, c, j));
        if (kind == EmploymentKind.TempAgency && !c.TempAgencyAccepted)
        {
            consent = consent.And(WhileCheckApplies(c.AnyCheckUntil, start, Truth.False));
        }

        if (kind == EmploymentKind.Training && c.TrainingAdditionalityCheck)
        {
            consent = consent.And(WhileCheckApplies(c.AnyCheckUntil, start, b.JobTrainingPlaceAdditional[j]));
        }

        access = deadline.And(current).And(consent);

        // Element 30 and 29.
        var annotation = c.WorkPermittedAnnotation ? Truth.True : b.DuldungForbidsEmployment[b.JobOwner[j]].Not();
        var inside = b.JobWithinPermittedArea[j];
        var residenz = inside == Truth.True ? Truth.True : c.Residenzpflicht switch
        {
            ResidenzpflichtRelief.No => inside,
            ResidenzpflichtRelief.SomeKommunen => Truth.Unknown,
            _ => Truth.True,
        };

        return Quality(b, c, j, kind, single).And(annotation).And(residenz).And(access);
    }

    /// <summary>Element 14.</summary>
    private static Truth Quality(HouseholdBatch b, CompiledRuleSet c, int j, EmploymentKind kind, bool single)
    {
        if (kind == EmploymentKind.MiniJob || (kind == EmploymentKind.SelfEmployed && !c.SelfEmploymentAccepted))
        {
            return Truth.False;
        }

        var result = kind != EmploymentKind.SelfEmployed ? b.JobSocialInsurance[j] : Truth.True;
        result = result.And(FixedTermAccepted(b, c, j));
        if (c.HasMinPriorMonths)
        {
            var worked = b.JobMonthsWorked[j];
            result = result.And(worked == int.MinValue ? Truth.Unknown : (worked >= c.MinPriorMonths).ToTruth());
        }

        if (c.HasMinGrossForSingle && single)
        {
            result = result.And(b.JobGross[j] is { } gross ? (gross >= c.MinGrossForSingle).ToTruth() : Truth.Unknown);
        }

        return result;
    }

    /// <summary>A02.</summary>
    private static Truth FixedTermAccepted(HouseholdBatch b, CompiledRuleSet c, int j)
    {
        var fixedTerm = b.JobFixedTerm[j];
        if (fixedTerm == Truth.False)
        {
            return Truth.True;
        }

        var worked = b.JobMonthsWorked[j];
        var accepted = c.FixedTerm switch
        {
            FixedTermAcceptance.YesIfIncomeSufficient => Truth.True,
            FixedTermAcceptance.IfSectorCustomary => b.JobFixedTermCustomary[j],
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
