using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Whether one job counts towards a secured livelihood: its quality (element 14) and the labour-market access it
/// needed while the person held a Duldung (elements 25-30), shown by the deadline (31) and not ended.
/// </summary>
internal static class JobElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label TheDuldungMayNotBarEmployment = new("Duldung darf kein Erwerbsverbot tragen", "the Duldung may not bar employment");
    private static readonly Label WithinThePermittedArea = new("im erlaubten Bereich", "within the permitted area");
    private static readonly Label RestrictionLiftedOnlyInSomeKommunen = new("Residenzpflicht nur in einigen Kommunen aufgehoben", "restriction lifted only in some Kommunen");
    private static readonly Label LiftedForJobSearchDuldungHolders = new("Residenzpflicht für Inhaber der Duldung zur Arbeitsplatzsuche aufgehoben", "restriction lifted for holders of the job-search Duldung");
    private static readonly Label NotAJobSearchDuldungHolder = new("außerhalb des erlaubten Bereichs; Residenzpflicht nur für Inhaber der Duldung zur Arbeitsplatzsuche aufgehoben", "outside the permitted area; restriction lifted only for holders of the job-search Duldung");
    private static readonly Label NotAgencyWork = new("keine Leiharbeit", "not agency work");
    private static readonly Label AgencyWorkAccepted = new("Leiharbeit wird anerkannt", "agency work accepted");
    private static readonly Label ConsentToAgencyWorkBarred40AufenthG = new("Zustimmung für Leiharbeit ausgeschlossen (§ 40 AufenthG)", "consent to agency work barred (§ 40 AufenthG)");
    private static readonly Label NotTraining = new("keine Ausbildung", "not training");
    private static readonly Label NoAdditionalityCheckInThisRuleSet = new("keine Zusätzlichkeitsprüfung in diesem Regelwerk", "no additionality check in this rule set");
    private static readonly Label DeadlineIsExtended = new("Frist wird verlängert", "deadline is extended");
    private static readonly Label NoEndDate = new("kein Enddatum", "no end date");
    private static readonly Label CheckNeverApplied = new("Prüfung fand nie statt", "check never applied");
    private static readonly Label NoWageFloorInThisRuleSet = new("keine Lohnuntergrenze in diesem Regelwerk", "no wage floor in this rule set");
    private static readonly Label MarginalEmploymentDoesNotSuffice = new("geringfügige Beschäftigung genügt nicht", "marginal employment does not suffice");
    private static readonly Label SelfEmploymentNotAccepted = new("Selbständigkeit wird nicht anerkannt", "self-employment not accepted");

    private static readonly RuleMeta Counts = Ask.Sub(ImkElements.EmploymentQuality, "Counts", "Beschäftigung wird angerechnet", "job counts");

    /// <summary>Element 14 and its parts.</summary>
    private static readonly Rule<JobContext> Quality = new Condition<JobContext>(ImkElements.EmploymentQuality, QualityCheck, j => j.Subject);

    /// <summary>Element 30: the Duldung does not forbid employment, or the rule set forbids that annotation (A28).</summary>
    private static readonly Rule<JobContext> Annotation = new Condition<JobContext>(
        ImkElements.WorkPermittedAnnotation,
        j => j.Options.Duldung.WorkPermittedAnnotation
            ? Check.Of(Truth.True, TheDuldungMayNotBarEmployment)
            : Ask.YesNo(j.Member.Person.DuldungForbidsEmployment, j.Member.Path("duldungForbidsEmployment"), "Trägt die Duldung den Vermerk 'Erwerbstätigkeit nicht gestattet'?", "Does the Duldung say 'employment not permitted'?", wanted: false),
        j => j.Subject);

    /// <summary>Element 29: the workplace is reachable under the residence restriction (A27).</summary>
    private static readonly Rule<JobContext> Residenzpflicht = new Condition<JobContext>(
        ImkElements.Residenzpflicht,
        j =>
        {
            var relief = j.Options.Residence.ResidenzpflichtLifted;
            var inside = j.Job.WithinPermittedArea;
            if (inside == true)
            {
                return Check.Of(Truth.True, WithinThePermittedArea);
            }

            return relief switch
            {
                ResidenzpflichtRelief.No => Ask.YesNo(inside, j.Path("withinPermittedArea"), "Liegt der Arbeitsort im erlaubten Aufenthaltsbereich?", "Is the workplace within the permitted area?"),
                ResidenzpflichtRelief.ForJobSearchDuldungHolders => HolderOrInside(j, inside),
                ResidenzpflichtRelief.SomeKommunen => Check.Unknown(
                    RestrictionLiftedOnlyInSomeKommunen,
                    Ask.Fact(j.Path("withinPermittedArea"), "Liegt der Arbeitsort im erlaubten Bereich oder wurde die Residenzpflicht aufgehoben?", "Is the workplace within the permitted area, or was the restriction lifted?")),
                _ => Check.Of(Truth.True, Label.Later(relief, static r => ($"Residenzpflicht: {r}", $"residence restriction: {r}"))),
            };
        },
        j => j.Subject);

    /// <summary>
    /// Sachsen lifted the restriction for holders of the job-search Duldung only (L2912-2918; docs/adr/0012, item 12):
    /// the workplace is reachable if it lies inside the permitted area or the person held that Duldung.
    /// </summary>
    private static Check HolderOrInside(JobContext j, bool? inside)
    {
        var held = j.Member.Person.HeldJobSearchDuldung;
        var result = inside.ToTruth().Or(held.ToTruth());
        if (result != Truth.Unknown)
        {
            return Check.Of(result, result == Truth.True ? LiftedForJobSearchDuldungHolders : NotAJobSearchDuldungHolder);
        }

        var missing = new List<MissingFact>(2);
        if (inside is null)
        {
            missing.Add(Ask.Fact(j.Path("withinPermittedArea"), "Liegt der Arbeitsort im erlaubten Aufenthaltsbereich?", "Is the workplace within the permitted area?"));
        }

        if (held is null)
        {
            missing.Add(Ask.Fact(j.Member.Path("heldJobSearchDuldung"), "Hatte die Person bei Arbeitsaufnahme eine Duldung zur Arbeitsplatzsuche (Punkt 9)?", "Did the person hold the job-search Duldung (Punkt 9) when taking up the job?"));
        }

        return new Check(Truth.Unknown, null, missing);
    }

    /// <summary>Element 26: the BA priority check, for jobs starting while it applied (A24).</summary>
    private static readonly Rule<JobContext> Priority = new Condition<JobContext>(
        ImkElements.PriorityCheck,
        j => WhileCheckApplies(j, j.Options.LabourMarket.PriorityCheckUntil, static j =>
            Ask.YesNo(j.Job.PrivilegedWorkerAvailable, j.Path("privilegedWorkerAvailable"), "War ein bevorrechtigter Arbeitnehmer verfügbar?", "Was a privileged worker available for the job?", wanted: false)),
        j => j.Subject);

    /// <summary>Element 27: the BA working-conditions check (A25) and the authority's own wage floors (A08).</summary>
    private static readonly Rule<JobContext> WorkingConditions = new AllOf<JobContext>(
        ImkElements.WorkingConditions,
        [
            new Condition<JobContext>(
                Ask.Sub(ImkElements.WorkingConditions, "BA", "Arbeitsbedingungen vergleichbar (BA-Prüfung)", "conditions comparable (BA check)"),
                j => WhileCheckApplies(j, j.Options.LabourMarket.WorkingConditionsCheckUntil, static j =>
                    Ask.YesNo(j.Job.ConditionsComparable, j.Path("conditionsComparable"), "Entsprechen Lohn und Arbeitsbedingungen tariflichen oder ortsüblichen?", "Do pay and conditions match collective or local terms?")),
                j => j.Subject),
            new Condition<JobContext>(
                Ask.Sub(ImkElements.WorkingConditions, "WageFloor", "Lohnuntergrenze", "wage floor"),
                WageFloor,
                j => j.Subject),
        ],
        j => j.Subject);

    /// <summary>Element 28: temp-agency work cannot be consented to while BA consent is required (§ 40 AufenthG), unless A04.</summary>
    private static readonly Rule<JobContext> TempAgency = new Condition<JobContext>(
        ImkElements.TempAgencyBar,
        j =>
        {
            if (j.Job.Kind != EmploymentKind.TempAgency)
            {
                return Check.NotApplicable(NotAgencyWork);
            }

            if (j.Options.Employment.TempAgencyAccepted)
            {
                return Check.Of(Truth.True, AgencyWorkAccepted);
            }

            var lm = j.Options.LabourMarket;
            var until = Later(lm.PriorityCheckUntil, lm.WorkingConditionsCheckUntil);
            return WhileCheckApplies(j, until, static _ => Check.Of(Truth.False, ConsentToAgencyWorkBarred40AufenthG));
        },
        j => j.Subject);

    /// <summary>
    /// Element 25 for training places: consent required the place to be additional to the employer's usual number
    /// (HH dropped this for its gastronomy project, L3986-3990), while BA consent was needed (A26).
    /// </summary>
    private static readonly Rule<JobContext> TrainingAdditional = new Condition<JobContext>(
        Ask.Sub(ImkElements.BAConsent, "TrainingAdditional", "zusätzlicher Ausbildungsplatz", "additional training place"),
        j =>
        {
            if (j.Job.Kind != EmploymentKind.Training)
            {
                return Check.NotApplicable(NotTraining);
            }

            if (!j.Options.LabourMarket.TrainingAdditionalityCheck)
            {
                return Check.NotApplicable(NoAdditionalityCheckInThisRuleSet);
            }

            var lm = j.Options.LabourMarket;
            return WhileCheckApplies(j, Later(lm.PriorityCheckUntil, lm.WorkingConditionsCheckUntil), static j =>
                Ask.YesNo(j.Job.TrainingPlaceAdditional, j.Path("trainingPlaceAdditional"), "Ist der Ausbildungsplatz zusätzlich zur üblichen Zahl des Betriebs?", "Is the training place additional to the employer's usual number?"));
        },
        j => j.Subject);

    /// <summary>Element 25: individual BA consent with its checks, required while either check applies.</summary>
    internal static readonly Rule<JobContext> Consent = new AllOf<JobContext>(ImkElements.BAConsent, [Priority, WorkingConditions, TempAgency, TrainingAdditional], j => j.Subject);

    /// <summary>Element 31: the job is shown by the work take-up deadline (A29), unless extended.</summary>
    internal static readonly Rule<JobContext> Deadline = new Condition<JobContext>(
        ImkElements.WorkTakeUp,
        j =>
        {
            var d = j.Options.Deadline;
            if (d.ExtensionAfterDeadline)
            {
                return Check.Of(Truth.True, DeadlineIsExtended);
            }

            if (j.Job.Start is not { } start)
            {
                return Check.Unknown(null, Ask.Fact(j.Path("start"), "Wann beginnt die Beschäftigung?", "When does the job start?"));
            }

            return Check.Of((start <= d.WorkTakeUp).ToTruth(), Label.Later((start, d.WorkTakeUp), static x => ($"Beginn {Ask.D(x.start)}, Frist {Ask.D(x.WorkTakeUp)}", $"start {Ask.D(x.start)}, deadline {Ask.D(x.WorkTakeUp)}")));
        },
        j => j.Subject);

    /// <summary>The job has not ended before the decision.</summary>
    internal static readonly Rule<JobContext> Current = new Condition<JobContext>(
        Ask.Sub(ImkElements.EmploymentQuality, "Current", "Beschäftigung besteht bei der Entscheidung", "job exists at the decision"),
        j =>
        {
            if (j.Job.End is not { } end)
            {
                return Check.Of(Truth.True, NoEndDate);
            }

            if (j.Member.Household.Household.DecisionDate is not { } decision)
            {
                return Check.Unknown(null, Ask.Fact("$.decisionDate", "Datum der Entscheidung?", "Date of the decision?"));
            }

            return Check.Of((end >= decision).ToTruth(), Label.Later((end, decision), static x => ($"Ende {Ask.D(x.end)}, Entscheidung {Ask.D(x.decision)}", $"ends {Ask.D(x.end)}, decision {Ask.D(x.decision)}")));
        },
        j => j.Subject);

    /// <summary>The whole per-job requirement, in the order an authority checks it.</summary>
    public static readonly Rule<JobContext> Rule = new AllOf<JobContext>(Counts, [Quality, Annotation, Residenzpflicht, Consent, Deadline, Current], j => j.Subject);

    /// <summary>All jobs of all members, as contexts.</summary>
    public static IReadOnlyList<JobContext> Jobs(HouseholdContext h) => h.Jobs;

    /// <summary>Job <paramref name="index"/> of <see cref="Jobs"/> explained by <see cref="Rule"/>, once per evaluation.</summary>
    public static ExplanationNode Explained(HouseholdContext h, int index) => h.JobNodes[index] ??= Rule.Explain(h.Jobs[index]);

    /// <summary>The node of <paramref name="part"/> (one of <see cref="Rule"/>'s parts) within a job's explanation.</summary>
    public static ExplanationNode Part(ExplanationNode job, Rule<JobContext> part)
    {
        foreach (var child in job.Children)
        {
            if (ReferenceEquals(child.Element, part.Meta))
            {
                return child;
            }
        }

        throw new ArgumentException($"{part.Meta.Id} is not a part of {job.ElementId}", nameof(part));
    }

    /// <summary>
    /// Members whose jobs are unknown could hold one that counts: Unknown if there is any (asking for their jobs),
    /// else False.
    /// </summary>
    public static Truth UnknownJobLists(HouseholdContext h, ref List<MissingFact>? missing)
    {
        var result = Truth.False;
        foreach (var m in h.Members)
        {
            if (m.Person.Employments is null)
            {
                result = Truth.Unknown;
                (missing ??= []).Add(Ask.Fact(m.Path("employments"), "Welche Beschäftigungen hat die Person?", "What jobs does the person have?"));
            }
        }

        return result;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    /// <summary>A check that applies to jobs starting on or before its last day (<c>null</c> = never applied).</summary>
    private static Check WhileCheckApplies(JobContext j, DateOnly? until, Func<JobContext, Check> check)
    {
        if (until is not { } last)
        {
            return Check.NotApplicable(CheckNeverApplied);
        }

        if (j.Job.Start is not { } start)
        {
            var inner = check(j);
            return inner.Result == Truth.True
                ? inner
                : new Check(Truth.Unknown, null, [Ask.Fact(j.Path("start"), "Wann beginnt die Beschäftigung?", "When does the job start?"), .. inner.Missing]);
        }

        return start <= last
            ? check(j)
            : Check.NotApplicable(Label.Later((start, last), static x => ($"Beginn {Ask.D(x.start)} nach Wegfall der Prüfung ({Ask.D(x.last)})", $"start {Ask.D(x.start)} after the check ended ({Ask.D(x.last)})")));
    }

    private static Check WageFloor(JobContext j)
    {
        var o = j.Options.Income;
        if (o.WageFloorMinShareOfCollectiveWage is null && o.WageFloorMinNetHourlyEur is null)
        {
            return Check.NotApplicable(NoWageFloorInThisRuleSet);
        }

        var result = Truth.True;
        List<MissingFact>? missing = null;
        if (o.WageFloorMinShareOfCollectiveWage is { } share)
        {
            result = result.And(j.Job.ShareOfCollectiveWage is { } s ? (s >= share).ToTruth() : Truth.Unknown);
            if (j.Job.ShareOfCollectiveWage is null) (missing ??= []).Add(Ask.Fact(j.Path("shareOfCollectiveWage"), "Lohn im Verhältnis zum Tarif- oder ortsüblichen Lohn?", "Pay as a share of the collective or local wage?"));
        }

        if (o.WageFloorMinNetHourlyEur is { } hourly)
        {
            result = result.And(j.Job.NetHourlyEur is { } h ? (h >= hourly).ToTruth() : Truth.Unknown);
            if (j.Job.NetHourlyEur is null) (missing ??= []).Add(Ask.Fact(j.Path("netHourlyEur"), "Nettostundenlohn?", "Net hourly pay?"));
        }

        return new Check(result, null, result == Truth.Unknown && missing is not null ? missing : []);
    }

    private static Check QualityCheck(JobContext j)
    {
        var job = j.Job;
        var o = j.Options;
        FactPath P(string prop) => j.Path(prop);
        switch (job.Kind)
        {
            case EmploymentKind.MiniJob:
                return Check.Of(Truth.False, MarginalEmploymentDoesNotSuffice);
            case EmploymentKind.SelfEmployed when !o.Employment.SelfEmploymentAccepted:
                return Check.Of(Truth.False, SelfEmploymentNotAccepted);
        }

        var result = Truth.True;
        List<MissingFact>? missing = null;
        void Need(Truth part, FactPath? path, string de, string en)
        {
            result = result.And(part);
            if (part == Truth.Unknown && path is not null)
            {
                (missing ??= []).Add(Ask.Fact(path.Value, de, en));
            }
        }

        if (job.Kind != EmploymentKind.SelfEmployed)
        {
            Need(job.SocialInsurance.ToTruth(), P("socialInsurance"), "Ist die Beschäftigung sozialversicherungspflichtig?", "Is the job subject to social insurance?");
        }

        Need(FixedTermAccepted(j, out var fixedMissing), null, string.Empty, string.Empty);
        if (fixedMissing is not null)
        {
            (missing ??= []).AddRange(fixedMissing);
        }

        if (o.Employment.MinPriorEmploymentMonths is { } months)
        {
            Need(job.MonthsAlreadyWorked is { } worked ? (worked >= months).ToTruth() : Truth.Unknown, P("monthsAlreadyWorked"), "Wie viele Monate arbeitet die Person schon in der Stelle?", "How many months has the person already worked in the job?");
        }

        if (o.Income.MinimumGrossForSingle is { } minGross && j.Member.Household.Members.Count == 1)
        {
            Need(job.GrossMonthlyEur is { } gross ? (gross >= minGross).ToTruth() : Truth.Unknown, P("grossMonthlyEur"), "Bruttomonatslohn?", "Gross monthly pay?");
        }

        return new Check(result, KindLabels[(int)job.Kind], result == Truth.Unknown && missing is not null ? missing : []);
    }

    /// <summary>The kind of work as the detail of element 14, one label per kind.</summary>
    private static readonly Label[] KindLabels = [.. Enum.GetValues<EmploymentKind>().Select(k => Label.Same(k.ToString()))];

    /// <summary>A02: a fixed-term contract counts only as the rule set allows.</summary>
    private static Truth FixedTermAccepted(JobContext j, out List<MissingFact>? missing)
    {
        missing = null;
        var job = j.Job;
        if (job.FixedTerm == false)
        {
            return Truth.True;
        }

        var mode = j.Options.Employment.FixedTermAccepted;
        Truth accepted = mode switch
        {
            FixedTermAcceptance.YesIfIncomeSufficient => Truth.True,
            FixedTermAcceptance.IfSectorCustomary => job.FixedTermCustomaryInSector.ToTruth(),
            FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed => job.MonthsAlreadyWorked is { } w ? (w > 0).ToTruth() : Truth.Unknown,
            _ => Truth.False,
        };
        var result = job.FixedTerm is null ? Truth.Unknown.Or(accepted) : accepted;
        if (result == Truth.Unknown)
        {
            missing = [];
            if (job.FixedTerm is null) missing.Add(Ask.Fact(j.Path("fixedTerm"), "Ist der Vertrag befristet?", "Is the contract fixed-term?"));
            if (mode == FixedTermAcceptance.IfSectorCustomary && job.FixedTermCustomaryInSector is null) missing.Add(Ask.Fact(j.Path("fixedTermCustomaryInSector"), "Ist die Befristung branchenüblich?", "Is a fixed term customary in the sector?"));
            if (mode == FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed && job.MonthsAlreadyWorked is null) missing.Add(Ask.Fact(j.Path("monthsAlreadyWorked"), "Wie lange arbeitet die Person schon?", "How long has the person already worked?"));
        }

        return result;
    }
}
