using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 13 (household): livelihood secured by own employment, "unabhängig von staatlichen Leistungen"
/// (L171-172, L633-634) — by the standard route (Punkt 3.2) or an exception group (Punkt 3.3 [background]).
/// </summary>
internal static class LivelihoodElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label NeedUnknown = new("Bedarf unbekannt", "need unknown");
    private static readonly Label TrainingNotAccepted = new("Ausbildung wird nicht anerkannt", "training not accepted");
    private static readonly Label NotEveryAdultInTraining = new("nicht jede(r) Erwachsene in anerkannter Ausbildung", "not every adult in accepted training");

    /// <summary>Income from counting jobs covers the household's need (A07-A11 shape the test).</summary>
    /// <summary>Stand-in for an unknown wage in the upper bound: any finite pay could be it.</summary>
    private const decimal UnknownPay = decimal.MaxValue / 4;

    private sealed class IncomeCoversNeed() : Rule<HouseholdContext>(Ask.Sub(ImkElements.Punkt32, "Income", "Einkommen deckt den Bedarf", "income covers the need"))
    {
        public override ExplanationNode Explain(HouseholdContext h)
        {
            var jobs = JobElements.Jobs(h);
            var children = new ExplanationNode[jobs.Count];
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = JobElements.Explained(h, i);
            }

            var o = h.Options.Income;
            var need = h.Household.Livelihood?.MonthlyNeedEur;
            decimal lower = 0, upper = 0, bestInsuredLower = 0, bestInsuredUpper = 0;
            var upperUnbounded = false;
            foreach (var m in h.Members)
            {
                upperUnbounded |= m.Person.Employments is null;
            }

            for (var i = 0; i < jobs.Count; i++)
            {
                var counts = children[i].Result;
                if (counts == Truth.False)
                {
                    continue;
                }

                var net = jobs[i].Job.NetMonthlyEur;
                upperUnbounded |= net is null;
                upper = Saturating.Add(upper, net ?? 0);
                if (counts == Truth.True)
                {
                    lower = Saturating.Add(lower, net ?? 0);
                }

                if (jobs[i].Job.SocialInsurance != false)
                {
                    bestInsuredUpper = Math.Max(bestInsuredUpper, net ?? UnknownPay);
                    if (counts == Truth.True && jobs[i].Job.SocialInsurance == true)
                    {
                        bestInsuredLower = Math.Max(bestInsuredLower, net ?? 0);
                    }
                }
            }

            // A11 (Gütersloh) counts the notional benefits only for families with many children (L2427-2429).
            var manyChildren = o.NotionalChildAndHousingBenefit ? ManyChildren(h) : Truth.False;
            var notional = 0m;
            var notionalOpen = false;
            if (manyChildren != Truth.False)
            {
                var l = h.Household.Livelihood;
                notional = Saturating.Add(l?.NotionalChildBenefitEur ?? 0, l?.NotionalHousingBenefitEur ?? 0);

                // An unknown notional benefit counts 0 towards what is surely there and leaves the most that could be
                // there open: read as 0 outright it refused households that knowing the amount grants (docs/adr/0008).
                notionalOpen = l?.NotionalChildBenefitEur is null || l.NotionalHousingBenefitEur is null;
            }

            // Whether the household has many children may be open: then the notional amount is only possibly there.
            var sureNotional = manyChildren == Truth.True ? notional : 0m;

            Truth result;
            Label detail;
            if (need is not { } n)
            {
                // Unknown even when no income can count: the need may be 0 (only a negative need is invalid).
                result = Truth.Unknown;
                detail = NeedUnknown;

            }
            else
            {
                var total = Saturating.Add(lower, sureNotional);
                result = total >= n ? Truth.True : (upperUnbounded || notionalOpen || Saturating.Add(upper, notional) >= n) ? Truth.Unknown : Truth.False;
                detail = Label.Later((total, notional: sureNotional, n), static x => (
                    $"anrechenbares Einkommen {Ask.N(x.total)} € (davon fiktiv {Ask.N(x.notional)} €) gegen Bedarf {Ask.N(x.n)} €",
                    $"countable income {Ask.N(x.total)} EUR (notional {Ask.N(x.notional)} EUR) against need {Ask.N(x.n)} EUR"));

                // A09 (Wuppertal, L2215-2219): one member's insured job covering more than half of the need also
                // suffices — an additional route, so full coverage by several incomes still counts. The source
                // speaks of "ein Familienmitglied" covering "den überwiegenden Lebensunterhalt der Familie": a
                // household of one is no family (docs/adr/0012, item 12; hostels are "insbesondere", an example).
                if (o.HouseholdCoverage == HouseholdCoverage.OneInsuredJobCoversMajority && result != Truth.True && IsFamily(h))
                {
                    var threshold = Saturating.Multiply(n, o.MajorityShare);
                    var full = detail;
                    var majority = bestInsuredLower > threshold ? Truth.True : (upperUnbounded || bestInsuredUpper > threshold) ? Truth.Unknown : Truth.False;
                    result = result.Or(majority);
                    detail = Label.Later((full, bestInsuredLower, threshold), static x => (
                        $"{x.full.De}; höchstes versichertes Einkommen {Ask.N(x.bestInsuredLower)} € gegen mehr als {Ask.N(x.threshold)} € (überwiegender Bedarf)",
                        $"{x.full.En}; largest insured income {Ask.N(x.bestInsuredLower)} EUR against more than {Ask.N(x.threshold)} EUR (majority of need)"));
                }
            }

            return Node(result, null, detail, result == Truth.Unknown ? Questions(h, jobs, children, need is null, notionalOpen, manyChildren == Truth.Unknown) : [], children);
        }

        /// <summary>What to ask when the income test is open: the need, unknown job lists, unknown pay, open job checks.</summary>
        private static List<MissingFact> Questions(HouseholdContext h, IReadOnlyList<JobContext> jobs, ExplanationNode[] children, bool askNeed, bool askNotional, bool askChildren)
        {
            var missing = new List<MissingFact>();
            if (askChildren)
            {
                foreach (var c in h.Children)
                {
                    if (Members.IsMinorChild(c) == Truth.Unknown)
                    {
                        missing.Add(Ask.Fact(c.Path("birthDate"), "Geburtsdatum des Kindes?", "Child's date of birth?"));
                    }
                }
            }

            if (askNeed)
            {
                missing.Add(Ask.Fact(HouseholdContext.Path("livelihood.monthlyNeedEur"), "Wie hoch ist der monatliche Bedarf des Haushalts?", "What is the household's monthly need?"));
            }

            if (askNotional && h.Household.Livelihood?.NotionalChildBenefitEur is null)
            {
                missing.Add(Ask.Fact(HouseholdContext.Path("livelihood.notionalChildBenefitEur"), "Wie hoch wäre das Kindergeld (monatlich)?", "What child benefit would the household receive per month?"));
            }

            if (askNotional && h.Household.Livelihood?.NotionalHousingBenefitEur is null)
            {
                missing.Add(Ask.Fact(HouseholdContext.Path("livelihood.notionalHousingBenefitEur"), "Wie hoch wäre das Wohngeld (monatlich)?", "What housing benefit would the household receive per month?"));
            }

            List<MissingFact>? jobLists = null;
            JobElements.UnknownJobLists(h, ref jobLists);
            missing.AddRange(jobLists ?? []);

            for (var i = 0; i < jobs.Count; i++)
            {
                if (children[i].Result != Truth.False && jobs[i].Job.NetMonthlyEur is null)
                {
                    missing.Add(Ask.Fact(jobs[i].Path("netMonthlyEur"), "Nettomonatslohn?", "Net monthly pay?"));
                }
            }

            foreach (var c in children)
            {
                if (c.Result == Truth.Unknown)
                {
                    missing.AddRange(c.Missing);
                }
            }

            var distinct = new List<MissingFact>(missing.Count);
            distinct.AddDistinct(missing);
            return distinct;
        }
    }

    /// <summary>
    /// A11's "Familien mit vielen Kindern" (Gütersloh, L2427-2429): at least <see cref="ManyChildrenCount"/> minor
    /// children at the reference date; Unknown while birth dates leave the count open.
    /// </summary>
    internal static Truth ManyChildren(HouseholdContext h)
    {
        int sure = 0, possible = 0;
        foreach (var c in h.Children)
        {
            var minor = Members.IsMinorChild(c);
            sure += minor == Truth.True ? 1 : 0;
            possible += minor != Truth.False ? 1 : 0;
        }

        return sure >= ManyChildrenCount ? Truth.True : possible >= ManyChildrenCount ? Truth.Unknown : Truth.False;
    }

    /// <summary>
    /// "Viele Kinder": the source gives no number; three or more is the usual meaning of a "kinderreiche Familie"
    /// [derived; verify] (docs/adr/0012, item 12).
    /// </summary>
    internal const int ManyChildrenCount = 3;

    /// <summary>A09/A10 (Wuppertal, L2215-2225) speak of families: a household of more than one member [derived].</summary>
    internal static bool IsFamily(HouseholdContext h) => h.Members.Count > 1;

    /// <summary>The household draws no public benefits (the standard route, and group (e) of Punkt 3.3).</summary>
    internal static Check NoBenefitsReceived(HouseholdContext h)
        => Ask.YesNo(h.Household.Livelihood?.ReceivesBenefits, HouseholdContext.Path("livelihood.receivesBenefits"), "Bezieht der Haushalt öffentliche Leistungen?", "Does the household receive public benefits?", wanted: false);

    /// <summary>No dependence on public benefits — unless temporary receipt is tolerated (A10).</summary>
    private static readonly Rule<HouseholdContext> NoBenefits = new Condition<HouseholdContext>(
        Ask.Sub(ImkElements.Punkt32, "NoBenefits", "kein Bezug öffentlicher Leistungen", "no public benefits"),
        h =>
        {
            var l = h.Household.Livelihood;
            var receives = NoBenefitsReceived(h);
            // A10 (Wuppertal): temporary benefits were harmless "in diesen Fällen" — the families of A09 (L2215-2225).
            if (receives.Result != Truth.False || !h.Options.Income.TemporaryBenefitsTolerated || !IsFamily(h))
            {
                return receives;
            }

            return Ask.YesNo(l?.BenefitsTemporary, HouseholdContext.Path("livelihood.benefitsTemporary"), "Ist der Leistungsbezug nur vorübergehend?", "Is the benefit receipt only temporary?");
        });

    /// <summary>Element 15: the standard route.</summary>
    internal static readonly Rule<HouseholdContext> Punkt32 = new AllOf<HouseholdContext>(ImkElements.Punkt32, [new IncomeCoversNeed(), NoBenefits]);

    /// <summary>
    /// Element 16: the exception route of Punkt 3.3 [background] — (a) a trainee (A06), (b) a family on temporary
    /// supplementary benefits, (c) a single parent who cannot be expected to work, (d) persons unable to work whose
    /// livelihood is secured otherwise, (e) persons of 65 and over with their family in Germany (ExceptionGroups).
    /// </summary>
    internal static readonly Rule<HouseholdContext> Punkt33 = new AnyOf<HouseholdContext>(
        ImkElements.Punkt33,
        [
            new Condition<HouseholdContext>(
                Ask.Sub(ImkElements.Punkt33, "Trainee", "Auszubildende: jede(r) Erwachsene in Ausbildung (Ausnahme a)", "trainees: every adult in training (exception a)"),
                Trainee),
            ExceptionGroups.Families,
            ExceptionGroups.SingleParents,
            ExceptionGroups.UnableToWork,
            ExceptionGroups.Elderly,
        ]);

    /// <summary>Element 13.</summary>
    public static readonly Rule<HouseholdContext> Rule = new AnyOf<HouseholdContext>(ImkElements.Livelihood, [Punkt32, Punkt33]);

    /// <summary>
    /// Group (a) for the household: every adult is in accepted training — or, in a household without adults, every
    /// member is. The group describes a person ([background] IMK Nr. 3.3 (a), § 104a Abs. 6 S. 2 Nr. 1 AufenthG:
    /// "Auszubildende in anerkannten Lehrberufen"), and the study shows trainees receiving their own permits
    /// (L4015-4023, L3959-3961), never a training securing others: one trainee — even a minor child — does not secure
    /// the household (docs/adr/0012, item 1; the reading of the other groups, ExceptionGroups.EveryAdult).
    /// </summary>
    private static Check Trainee(HouseholdContext h)
    {
        var accepted = h.Options.Employment.TrainingCounts;
        if (accepted == TrainingAcceptance.No)
        {
            return Check.Of(Truth.False, TrainingNotAccepted);
        }

        List<MissingFact>? missing = null;
        var jobs = JobElements.Jobs(h);
        var jobTrainee = new Truth[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            var j = jobs[i];
            if (j.Job.Kind != EmploymentKind.Training)
            {
                continue;
            }

            var kindOk = accepted == TrainingAcceptance.ApprenticeshipOrEducationMeasure
                ? Truth.True
                : j.Job.RecognisedApprenticeship.ToTruth();
            // A trainee's place needs the labour-market access of any job (BA consent, shown by the deadline, not
            // ended), but not the quality of element 14: an apprentice's pay is not expected to cover the need.
            var job = JobElements.Explained(h, i);
            ExplanationNode[] access = [JobElements.Part(job, JobElements.Consent), JobElements.Part(job, JobElements.Deadline), JobElements.Part(job, JobElements.Current)];
            var ok = kindOk.And(access[0].Result).And(access[1].Result).And(access[2].Result);
            if (ok == Truth.Unknown)
            {
                missing ??= [];
                if (j.Job.RecognisedApprenticeship is null)
                {
                    missing.Add(Ask.Fact(j.Path("recognisedApprenticeship"), "Anerkannter Ausbildungsberuf?", "A recognised apprenticeship?"));
                }

                missing.AddRange(access.Where(c => c.Result == Truth.Unknown).SelectMany(c => c.Missing));
            }

            jobTrainee[i] = ok;
        }

        var anyAdult = Truth.False;
        foreach (var m in h.Members)
        {
            anyAdult = anyAdult.Or(Members.IsAdult(m));
        }

        var result = h.Members.Count == 0 ? Truth.False : Truth.True;
        foreach (var m in h.Members)
        {
            var adult = Members.IsAdult(m);
            var considered = adult.Or(anyAdult.Not());
            if (considered == Truth.False)
            {
                continue;
            }

            var trainee = Truth.False;
            for (var i = 0; i < jobs.Count; i++)
            {
                if (ReferenceEquals(jobs[i].Member, m))
                {
                    trainee = trainee.Or(jobTrainee[i]);
                }
            }

            if (m.Person.Employments is null)
            {
                trainee = trainee.Or(Truth.Unknown);
                (missing ??= []).Add(Ask.Fact(m.Path("employments"), "Welche Beschäftigungen hat die Person?", "What jobs does the person have?"));
            }

            var part = considered.Not().Or(trainee);
            if (part == Truth.Unknown && considered == Truth.Unknown)
            {
                (missing ??= []).Add(Ask.Fact(m.Path("birthDate"), "Geburtsdatum?", "Date of birth?"));
            }

            result = result.And(part);
        }

        return result == Truth.Unknown && missing is not null
            ? new Check(result, null, missing)
            : Check.Of(result, result == Truth.False ? NotEveryAdultInTraining : null);
    }
}
