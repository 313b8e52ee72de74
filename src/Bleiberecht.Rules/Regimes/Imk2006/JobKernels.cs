using System.Globalization;
using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Whether one job counts (elements 14 and 25-31, the readings are documented on <see cref="JobElements"/>) written
/// once: one kernel per explanation leaf over any <see cref="IJobFacts"/>, and <see cref="Counts"/>, the same Kleene
/// conjunction of the same leaves that <see cref="JobElements.Rule"/> shows, for the bulk path.
/// </summary>
internal static class JobKernels
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
    private static readonly Label YesLabel = new("ja", "yes");
    private static readonly Label NoLabel = new("nein", "no");

    /// <summary>The kind of work as the detail of element 14, one label per kind.</summary>
    private static readonly Label[] KindLabels = [.. Enum.GetValues<EmploymentKind>().Select(k => Label.Same(k.ToString()))];

    /// <summary>
    /// The whole per-job requirement (JobElements.Rule): quality, annotation, Residenzpflicht and
    /// <paramref name="access"/> = BA consent ∧ deadline ∧ not ended, which a trainee's place needs as well.
    /// </summary>
    public static Truth Counts<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o, out Truth access)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        access = Consent(ref f, ref t, o).And(Deadline(ref f, ref t, o)).And(Current(ref f, ref t, o));
        return Quality(ref f, ref t, o).And(Annotation(ref f, ref t, o)).And(Residenzpflicht(ref f, ref t, o)).And(access);
    }

    /// <summary>Element 25: individual BA consent with its checks (JobElements.Consent).</summary>
    public static Truth Consent<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
        => Priority(ref f, ref t, o).And(ConditionsComparable(ref f, ref t, o)).And(WageFloor(ref f, ref t, o))
            .And(TempAgency(ref f, ref t, o)).And(TrainingAdditional(ref f, ref t, o));

    /// <summary>Element 14: the quality of the job (kind, social insurance, A02 fixed term, A03 months worked, A08 gross for singles).</summary>
    public static Truth Quality<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        var kind = f.Kind;
        if (kind == EmploymentKind.MiniJob || (kind == EmploymentKind.SelfEmployed && !o.Employment.SelfEmploymentAccepted))
        {
            return Because.Of(ref t, Truth.False, kind == EmploymentKind.MiniJob ? MarginalEmploymentDoesNotSuffice : SelfEmploymentNotAccepted);
        }

        if (TTrace.Enabled)
        {
            t.Detail(KindLabels[(int)kind]);
        }

        var result = Truth.True;
        if (kind != EmploymentKind.SelfEmployed)
        {
            result = JobPart(ref f, ref t, f.SocialInsurance, "socialInsurance", "Ist die Beschäftigung sozialversicherungspflichtig?", "Is the job subject to social insurance?");
        }

        result = result.And(FixedTermAccepted(ref f, ref t, o.Employment.FixedTermAccepted));
        if (o.Employment.MinPriorEmploymentMonths is { } months)
        {
            var worked = f.MonthsWorked;
            result = result.And(JobPart(ref f, ref t, worked == int.MinValue ? Truth.Unknown : (worked >= months).ToTruth(), "monthsAlreadyWorked", "Wie viele Monate arbeitet die Person schon in der Stelle?", "How many months has the person already worked in the job?"));
        }

        if (o.Income.MinimumGrossForSingle is { } minGross && f.SingleMember)
        {
            result = result.And(JobPart(ref f, ref t, f.GrossMonthly is { } gross ? (gross >= minGross).ToTruth() : Truth.Unknown, "grossMonthlyEur", "Bruttomonatslohn?", "Gross monthly pay?"));
        }

        return result;
    }

    /// <summary>A02: a fixed-term contract counts only as the rule set allows.</summary>
    private static Truth FixedTermAccepted<TJob, TTrace>(ref TJob f, ref TTrace t, FixedTermAcceptance mode)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        var fixedTerm = f.FixedTerm;
        if (fixedTerm == Truth.False)
        {
            return Truth.True;
        }

        var worked = f.MonthsWorked;
        var accepted = mode switch
        {
            FixedTermAcceptance.YesIfIncomeSufficient => Truth.True,
            FixedTermAcceptance.IfSectorCustomary => f.FixedTermCustomary,
            FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed => worked == int.MinValue ? Truth.Unknown : (worked > 0).ToTruth(),
            _ => Truth.False,
        };
        var result = fixedTerm == Truth.Unknown ? Truth.Unknown.Or(accepted) : accepted;
        if (TTrace.Enabled && result == Truth.Unknown)
        {
            if (fixedTerm == Truth.Unknown)
            {
                t.AskHousehold(JobPath(ref f, "fixedTerm"), "Ist der Vertrag befristet?", "Is the contract fixed-term?");
            }

            if (mode == FixedTermAcceptance.IfSectorCustomary && f.FixedTermCustomary == Truth.Unknown)
            {
                t.AskHousehold(JobPath(ref f, "fixedTermCustomaryInSector"), "Ist die Befristung branchenüblich?", "Is a fixed term customary in the sector?");
            }

            if (mode == FixedTermAcceptance.IfIntegratedAndPreviouslyEmployed && worked == int.MinValue)
            {
                t.AskHousehold(JobPath(ref f, "monthsAlreadyWorked"), "Wie lange arbeitet die Person schon?", "How long has the person already worked?");
            }
        }

        return result;
    }

    /// <summary>Element 30: the Duldung does not forbid employment, or the rule set forbids that annotation (A28).</summary>
    public static Truth Annotation<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        if (o.Duldung.WorkPermittedAnnotation)
        {
            return Because.Of(ref t, Truth.True, TheDuldungMayNotBarEmployment);
        }

        var forbids = f.DuldungForbidsEmployment;
        if (TTrace.Enabled)
        {
            YesNoReport(ref t, forbids, f.Member, -1, "duldungForbidsEmployment", "Trägt die Duldung den Vermerk 'Erwerbstätigkeit nicht gestattet'?", "Does the Duldung say 'employment not permitted'?");
        }

        return forbids.Not();
    }

    /// <summary>
    /// Element 29: the workplace is reachable under the residence restriction (A27); Sachsen lifted it for holders of
    /// the job-search Duldung only (L2912-2918; docs/adr/0012, item 12).
    /// </summary>
    public static Truth Residenzpflicht<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        var inside = f.WithinPermittedArea;
        if (inside == Truth.True)
        {
            return Because.Of(ref t, Truth.True, WithinThePermittedArea);
        }

        var relief = o.Residence.ResidenzpflichtLifted;
        switch (relief)
        {
            case ResidenzpflichtRelief.No:
                if (TTrace.Enabled)
                {
                    YesNoReport(ref t, inside, f.Member, f.Index, "withinPermittedArea", "Liegt der Arbeitsort im erlaubten Aufenthaltsbereich?", "Is the workplace within the permitted area?");
                }

                return inside;
            case ResidenzpflichtRelief.ForJobSearchDuldungHolders:
                var held = f.HeldJobSearchDuldung;
                var result = inside.Or(held);
                if (TTrace.Enabled)
                {
                    if (result != Truth.Unknown)
                    {
                        t.Detail(result == Truth.True ? LiftedForJobSearchDuldungHolders : NotAJobSearchDuldungHolder);
                    }
                    else
                    {
                        if (inside == Truth.Unknown)
                        {
                            t.AskHousehold(JobPath(ref f, "withinPermittedArea"), "Liegt der Arbeitsort im erlaubten Aufenthaltsbereich?", "Is the workplace within the permitted area?");
                        }

                        if (held == Truth.Unknown)
                        {
                            t.AskHousehold(MemberPath(f.Member, "heldJobSearchDuldung"), "Hatte die Person bei Arbeitsaufnahme eine Duldung zur Arbeitsplatzsuche (Punkt 9)?", "Did the person hold the job-search Duldung (Punkt 9) when taking up the job?");
                        }
                    }
                }

                return result;
            case ResidenzpflichtRelief.SomeKommunen:
                if (TTrace.Enabled)
                {
                    t.Detail(RestrictionLiftedOnlyInSomeKommunen);
                    t.AskHousehold(JobPath(ref f, "withinPermittedArea"), "Liegt der Arbeitsort im erlaubten Bereich oder wurde die Residenzpflicht aufgehoben?", "Is the workplace within the permitted area, or was the restriction lifted?");
                }

                return Truth.Unknown;
            default:
                if (TTrace.Enabled)
                {
                    t.Detail(Label.Later(relief, static r => ($"Residenzpflicht: {r}", $"residence restriction: {r}")));
                }

                return Truth.True;
        }
    }

    /// <summary>Element 26: the BA priority check, for jobs starting while it applied (A24).</summary>
    public static Truth Priority<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
        => WhileCheckApplies(ref f, ref t, Days.Of(o.LabourMarket.PriorityCheckUntil), f.PrivilegedWorker, wanted: false, "privilegedWorkerAvailable", "War ein bevorrechtigter Arbeitnehmer verfügbar?", "Was a privileged worker available for the job?");

    /// <summary>Element 27, the BA part: pay and conditions comparable, for jobs starting while the check applied (A25).</summary>
    public static Truth ConditionsComparable<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
        => WhileCheckApplies(ref f, ref t, Days.Of(o.LabourMarket.WorkingConditionsCheckUntil), f.ConditionsComparable, wanted: true, "conditionsComparable", "Entsprechen Lohn und Arbeitsbedingungen tariflichen oder ortsüblichen?", "Do pay and conditions match collective or local terms?");

    /// <summary>Element 27, the authority's own wage floors (A08; Hamburg).</summary>
    public static Truth WageFloor<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        var income = o.Income;
        if (income.WageFloorMinShareOfCollectiveWage is null && income.WageFloorMinNetHourlyEur is null)
        {
            return Because.Of(ref t, Truth.True, NoWageFloorInThisRuleSet);
        }

        var result = Truth.True;
        if (income.WageFloorMinShareOfCollectiveWage is { } share)
        {
            result = JobPart(ref f, ref t, f.ShareOfCollectiveWage is { } s ? (s >= share).ToTruth() : Truth.Unknown, "shareOfCollectiveWage", "Lohn im Verhältnis zum Tarif- oder ortsüblichen Lohn?", "Pay as a share of the collective or local wage?");
        }

        if (income.WageFloorMinNetHourlyEur is { } hourly)
        {
            result = result.And(JobPart(ref f, ref t, f.NetHourly is { } h ? (h >= hourly).ToTruth() : Truth.Unknown, "netHourlyEur", "Nettostundenlohn?", "Net hourly pay?"));
        }

        return result;
    }

    /// <summary>Element 28: temp-agency work cannot be consented to while BA consent is required (§ 40 AufenthG), unless A04.</summary>
    public static Truth TempAgency<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        if (f.Kind != EmploymentKind.TempAgency || o.Employment.TempAgencyAccepted)
        {
            return Because.Of(ref t, Truth.True, f.Kind != EmploymentKind.TempAgency ? NotAgencyWork : AgencyWorkAccepted);
        }

        var result = WhileCheckApplies(ref f, ref t, AnyCheckUntil(o), Truth.False, wanted: true, null, string.Empty, string.Empty);
        if (TTrace.Enabled && result == Truth.False)
        {
            t.Detail(ConsentToAgencyWorkBarred40AufenthG);
        }

        return result;
    }

    /// <summary>
    /// Element 25 for training places: the place must be additional to the employer's usual number (HH dropped this
    /// for its gastronomy project, L3986-3990), while BA consent was needed (A26).
    /// </summary>
    public static Truth TrainingAdditional<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        if (f.Kind != EmploymentKind.Training || !o.LabourMarket.TrainingAdditionalityCheck)
        {
            return Because.Of(ref t, Truth.True, f.Kind != EmploymentKind.Training ? NotTraining : NoAdditionalityCheckInThisRuleSet);
        }

        return WhileCheckApplies(ref f, ref t, AnyCheckUntil(o), f.TrainingPlaceAdditional, wanted: true, "trainingPlaceAdditional", "Ist der Ausbildungsplatz zusätzlich zur üblichen Zahl des Betriebs?", "Is the training place additional to the employer's usual number?");
    }

    /// <summary>Element 31: the job is shown by the work take-up deadline (A29), unless extended.</summary>
    public static Truth Deadline<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        var d = o.Deadline;
        if (d.ExtensionAfterDeadline)
        {
            return Because.Of(ref t, Truth.True, DeadlineIsExtended);
        }

        var start = f.Start;
        if (start == Days.None)
        {
            if (TTrace.Enabled)
            {
                AskStart(ref f, ref t);
            }

            return Truth.Unknown;
        }

        var deadline = d.WorkTakeUp.DayNumber;
        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((start: DateOnly.FromDayNumber(start), d.WorkTakeUp), static x => ($"Beginn {Ask.D(x.start)}, Frist {Ask.D(x.WorkTakeUp)}", $"start {Ask.D(x.start)}, deadline {Ask.D(x.WorkTakeUp)}")));
        }

        return (start <= deadline).ToTruth();
    }

    /// <summary>The job has not ended before the decision.</summary>
    public static Truth Current<TJob, TTrace>(ref TJob f, ref TTrace t, ImkOptions o)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        var end = f.End;
        if (end == Days.None)
        {
            return Because.Of(ref t, Truth.True, NoEndDate);
        }

        var decision = f.DecisionDate;
        if (decision == Days.None)
        {
            if (TTrace.Enabled)
            {
                t.AskHousehold("decisionDate", "Datum der Entscheidung?", "Date of the decision?");
            }

            return Truth.Unknown;
        }

        if (TTrace.Enabled)
        {
            t.Detail(Label.Later((end: DateOnly.FromDayNumber(end), decision: DateOnly.FromDayNumber(decision)), static x => ($"Ende {Ask.D(x.end)}, Entscheidung {Ask.D(x.decision)}", $"ends {Ask.D(x.end)}, decision {Ask.D(x.decision)}")));
        }

        return (end >= decision).ToTruth();
    }

    /// <summary>The last day either BA check applied (consent to agency work and the additionality check need both gone).</summary>
    private static int AnyCheckUntil(ImkOptions o)
    {
        var lm = o.LabourMarket;
        return Math.Max(Days.Of(lm.PriorityCheckUntil), Days.Of(lm.WorkingConditionsCheckUntil));
    }

    /// <summary>
    /// A check that applies to jobs starting on or before its last day <paramref name="until"/> (<see cref="Days.None"/>
    /// = never applied): then the verdict is the yes/no <paramref name="fact"/> (negated unless
    /// <paramref name="wanted"/>); with the start unknown it is met only if the check is met anyway.
    /// <paramref name="property"/> is <c>null</c> for a fact that is never asked.
    /// </summary>
    private static Truth WhileCheckApplies<TJob, TTrace>(ref TJob f, ref TTrace t, int until, Truth fact, bool wanted, string? property, string questionDe, string questionEn)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        if (until == Days.None)
        {
            return Because.Of(ref t, Truth.True, CheckNeverApplied);
        }

        var check = wanted ? fact : fact.Not();
        var start = f.Start;
        if (start == Days.None && check != Truth.True)
        {
            if (TTrace.Enabled)
            {
                AskStart(ref f, ref t);
                if (fact == Truth.Unknown && property is not null)
                {
                    t.AskHousehold(JobPath(ref f, property), questionDe, questionEn);
                }
            }

            return Truth.Unknown;
        }

        if (start != Days.None && start > until)
        {
            if (TTrace.Enabled)
            {
                t.Detail(Label.Later((start: DateOnly.FromDayNumber(start), last: DateOnly.FromDayNumber(until)), static x => ($"Beginn {Ask.D(x.start)} nach Wegfall der Prüfung ({Ask.D(x.last)})", $"start {Ask.D(x.start)} after the check ended ({Ask.D(x.last)})")));
            }

            return Truth.True;
        }

        if (TTrace.Enabled && property is not null)
        {
            YesNoReport(ref t, fact, f.Member, f.Index, property, questionDe, questionEn);
        }

        return check;
    }

    private static void AskStart<TJob, TTrace>(ref TJob f, ref TTrace t)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
        => t.AskHousehold(JobPath(ref f, "start"), "Wann beginnt die Beschäftigung?", "When does the job start?");

    /// <summary>One part of a job leaf's conjunction: asked (at the job's path) when unknown, no detail of its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Truth JobPart<TJob, TTrace>(ref TJob f, ref TTrace t, Truth part, string property, string questionDe, string questionEn)
        where TJob : struct, IJobFacts
        where TTrace : struct, ITrace
    {
        if (TTrace.Enabled && part == Truth.Unknown)
        {
            t.AskHousehold(JobPath(ref f, property), questionDe, questionEn);
        }

        return part;
    }

    /// <summary>
    /// What <c>Ask.YesNo</c> reports for a yes/no fact of member <paramref name="member"/> (of its job
    /// <paramref name="job"/>, or the member's own with -1): the question if it is missing, else "ja"/"nein". The path
    /// is formatted only when the question is asked (most facts are known; formatting it was most of a leaf's cost).
    /// </summary>
    private static void YesNoReport<TTrace>(ref TTrace t, Truth fact, int member, int job, string property, string questionDe, string questionEn)
        where TTrace : struct, ITrace
    {
        if (fact == Truth.Unknown)
        {
            t.AskHousehold(job < 0 ? MemberPath(member, property) : JobPath(member, job, property), questionDe, questionEn);
        }
        else
        {
            t.Detail(fact == Truth.True ? YesLabel : NoLabel);
        }
    }

    /// <summary>The property path of a fact of the job below the household (formatted only when a question is asked).</summary>
    internal static string JobPath<TJob>(ref TJob f, string property)
        where TJob : struct, IJobFacts
        => JobPath(f.Member, f.Index, property);

    /// <summary>The property path of fact <paramref name="property"/> of job <paramref name="job"/> of member <paramref name="member"/>.</summary>
    private static string JobPath(int member, int job, string property)
        => string.Create(CultureInfo.InvariantCulture, $"members[{member}].employments[{job}].{property}");

    /// <summary>The property path of a member's fact below the household.</summary>
    internal static string MemberPath(int member, string property)
        => string.Create(CultureInfo.InvariantCulture, $"members[{member}].{property}");
}
