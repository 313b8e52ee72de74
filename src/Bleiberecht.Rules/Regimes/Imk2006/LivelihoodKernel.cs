using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 13 (household livelihood) written once over any <see cref="ILivelihoodFacts"/>: the income test of
/// Punkt 3.2 (in <see cref="decimal"/>, or exactly in whole cents where the batch has them), no benefits (A10), the
/// trainees of Punkt 3.3 (a) and, in <see cref="Secured"/>, the same Kleene combination with the exception groups
/// (<see cref="ExceptionGroupsKernel"/>) that <see cref="LivelihoodElements.Rule"/> shows. The readings are documented
/// on <see cref="LivelihoodElements"/>.
/// </summary>
internal static class LivelihoodKernel
{
    private static readonly Label NeedUnknown = new("Bedarf unbekannt", "need unknown");
    private static readonly Label TrainingNotAccepted = new("Ausbildung wird nicht anerkannt", "training not accepted");
    private static readonly Label NotEveryAdultInTraining = new("nicht jede(r) Erwachsene in anerkannter Ausbildung", "not every adult in accepted training");

    /// <summary>An unknown net pay in whole cents.</summary>
    private const long NoCents = long.MinValue;

    /// <summary>Element 13: Punkt 3.2 (income ∧ no benefits) ∨ Punkt 3.3 (trainees ∨ the groups b-e).</summary>
    public static Truth Secured<TFacts, TTrace>(ref TFacts f, ref TTrace t, ImkOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        var income = IncomeCoversNeed(ref f, ref t, o, out var someJobCounts);
        var secured = income.And(NoBenefits(ref f, ref t, o.Income)).Or(Trainees(ref f, ref t, o.Employment));
        if (secured == Truth.True)
        {
            return secured;
        }

        return secured.Or(ExceptionGroupsKernel.Any(ref f, ref t, o.ExceptionGroups, someJobCounts));
    }

    /// <summary>
    /// Element 16, Punkt 3.3 alone (trainees ∨ the groups b-e), as <see cref="LivelihoodElements.Punkt33"/> composes its
    /// leaves: the bulk path's verdict where a regime restates it (the § 104a extension's Abs. 6 hardship groups).
    /// </summary>
    public static Truth ExceptionRoute<TFacts, TTrace>(ref TFacts f, ref TTrace t, ImkOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
        => Trainees(ref f, ref t, o.Employment)
            .Or(ExceptionGroupsKernel.Families(ref f, ref t, o.ExceptionGroups))
            .Or(ExceptionGroupsKernel.SingleParents(ref f, ref t, o.ExceptionGroups))
            .Or(ExceptionGroupsKernel.UnableToWork(ref f, ref t, o.ExceptionGroups))
            .Or(ExceptionGroupsKernel.Elderly(ref f, ref t, o.ExceptionGroups));

    /// <summary>
    /// Punkt 3.2, income covers the need (A07-A11 shape it); <paramref name="someJobCounts"/> is whether some member's
    /// job counts (or a member's jobs are unknown), which group (b) reads.
    /// </summary>
    public static Truth IncomeCoversNeed<TFacts, TTrace>(ref TFacts f, ref TTrace t, ImkOptions o, out Truth someJobCounts)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
        => f.CentsExact
            ? Income<TFacts, TTrace, long>(ref f, ref t, o.Income, out someJobCounts)
            : Income<TFacts, TTrace, decimal>(ref f, ref t, o.Income, out someJobCounts);

    /// <summary>The income test in <typeparamref name="TAmount"/>: <see cref="decimal"/> euros or <see cref="long"/> cents, the same sums and comparisons.</summary>
    private static Truth Income<TFacts, TTrace, TAmount>(ref TFacts f, ref TTrace t, IncomeOptions o, out Truth someJobCounts)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
        where TAmount : struct, INumber<TAmount>
    {
        var upperUnbounded = false;
        someJobCounts = Truth.False;
        var members = f.MemberCount;
        for (var i = 0; i < members; i++)
        {
            if (f.EmploymentsUnknown(i))
            {
                upperUnbounded = true;
                someJobCounts = Truth.Unknown;
            }
        }

        TAmount lower = TAmount.Zero, upper = TAmount.Zero, bestInsuredLower = TAmount.Zero, bestInsuredUpper = TAmount.Zero;
        var jobs = f.JobCount;
        for (var k = 0; k < jobs; k++)
        {
            var counts = f.JobCounts(k, out _);
            someJobCounts = someJobCounts.Or(counts);
            if (counts == Truth.False)
            {
                continue;
            }

            // An unknown pay counts 0 towards what is surely there and leaves the upper bound open.
            var known = Net(ref f, k, out TAmount net);
            upperUnbounded |= !known;
            upper = Add(upper, net);
            if (counts == Truth.True)
            {
                lower = Add(lower, net);
            }

            var insured = f.JobSocialInsurance(k);
            if (insured != Truth.False)
            {
                // An unknown pay bounds nothing: upperUnbounded is then set and decides before this maximum is read.
                bestInsuredUpper = TAmount.Max(bestInsuredUpper, net);
                if (counts == Truth.True && insured == Truth.True)
                {
                    bestInsuredLower = TAmount.Max(bestInsuredLower, net);
                }
            }
        }

        // A11 (Gütersloh) counts the notional benefits only for families with many children (L2427-2429); an unknown
        // notional benefit counts 0 towards what is surely there and leaves the most that could be there open
        // (docs/adr/0008). Whether the household has many children may be open: then the amount is only possibly there.
        var manyChildren = o.NotionalChildAndHousingBenefit ? ManyChildren(ref f) : Truth.False;
        var notional = manyChildren != Truth.False ? Notional<TFacts, TAmount>(ref f) : TAmount.Zero;
        var sureNotional = manyChildren == Truth.True ? notional : TAmount.Zero;
        var notionalOpen = manyChildren != Truth.False && f.NotionalOpen;

        Truth result;
        if (f.Need is not { } needEur)
        {
            // Unknown even when no income can count: the need may be 0 (only a negative need is invalid).
            result = Truth.Unknown;
            if (TTrace.Enabled)
            {
                t.Detail(NeedUnknown);
            }
        }
        else
        {
            var n = Need<TFacts, TAmount>(ref f, needEur);
            var total = Add(lower, sureNotional);
            result = total >= n ? Truth.True : (upperUnbounded || notionalOpen || Add(upper, notional) >= n) ? Truth.Unknown : Truth.False;
            if (TTrace.Enabled)
            {
                t.Detail(Label.Later((total: Euros(total), notional: Euros(sureNotional), n: needEur), static x => (
                    $"anrechenbares Einkommen {Ask.N(x.total)} € (davon fiktiv {Ask.N(x.notional)} €) gegen Bedarf {Ask.N(x.n)} €",
                    $"countable income {Ask.N(x.total)} EUR (notional {Ask.N(x.notional)} EUR) against need {Ask.N(x.n)} EUR")));
            }

            // A09 (Wuppertal, L2215-2219): one member's insured job covering more than half of the need also suffices
            // — an additional route, for families only (a household of one is no family; docs/adr/0012, item 12).
            if (o.HouseholdCoverage == HouseholdCoverage.OneInsuredJobCoversMajority && result != Truth.True && members > 1)
            {
                var threshold = Saturating.Multiply(needEur, o.MajorityShare);
                var lowerEur = Euros(bestInsuredLower);
                result = result.Or(lowerEur > threshold ? Truth.True : (upperUnbounded || Euros(bestInsuredUpper) > threshold) ? Truth.Unknown : Truth.False);
                if (TTrace.Enabled)
                {
                    var full = Label.Later((total: Euros(total), notional: Euros(sureNotional), n: needEur), static x => (
                        $"anrechenbares Einkommen {Ask.N(x.total)} € (davon fiktiv {Ask.N(x.notional)} €) gegen Bedarf {Ask.N(x.n)} €",
                        $"countable income {Ask.N(x.total)} EUR (notional {Ask.N(x.notional)} EUR) against need {Ask.N(x.n)} EUR"));
                    t.Detail(Label.Later((full, lowerEur, threshold), static x => (
                        $"{x.full.De}; höchstes versichertes Einkommen {Ask.N(x.lowerEur)} € gegen mehr als {Ask.N(x.threshold)} € (überwiegender Bedarf)",
                        $"{x.full.En}; largest insured income {Ask.N(x.lowerEur)} EUR against more than {Ask.N(x.threshold)} EUR (majority of need)")));
                }
            }
        }

        if (TTrace.Enabled && result == Truth.Unknown)
        {
            AskIncome(ref f, ref t, manyChildren == Truth.Unknown, notionalOpen);
        }

        return result;
    }

    /// <summary>What to ask when the income test is open: birth dates, the need, notional benefits, unknown job lists, unknown pay, open job checks.</summary>
    private static void AskIncome<TFacts, TTrace>(ref TFacts f, ref TTrace t, bool askChildren, bool askNotional)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        var members = f.MemberCount;
        if (askChildren)
        {
            for (var i = 0; i < members; i++)
            {
                if (f.IsMinorChild(i) == Truth.Unknown)
                {
                    t.AskHousehold(JobKernels.MemberPath(i, "birthDate"), "Geburtsdatum des Kindes?", "Child's date of birth?");
                }
            }
        }

        if (f.Need is null)
        {
            t.AskHousehold("livelihood.monthlyNeedEur", "Wie hoch ist der monatliche Bedarf des Haushalts?", "What is the household's monthly need?");
        }

        if (askNotional && f.NotionalChildBenefitUnknown)
        {
            t.AskHousehold("livelihood.notionalChildBenefitEur", "Wie hoch wäre das Kindergeld (monatlich)?", "What child benefit would the household receive per month?");
        }

        if (askNotional && f.NotionalHousingBenefitUnknown)
        {
            t.AskHousehold("livelihood.notionalHousingBenefitEur", "Wie hoch wäre das Wohngeld (monatlich)?", "What housing benefit would the household receive per month?");
        }

        AskJobLists(ref f, ref t);
        var jobs = f.JobCount;
        for (var k = 0; k < jobs; k++)
        {
            if (f.JobCounts(k, out _) != Truth.False && f.JobNet(k) is null)
            {
                t.AskHousehold(string.Create(CultureInfo.InvariantCulture, $"members[{f.JobOwner(k)}].employments[{f.JobIndex(k)}].netMonthlyEur"), "Nettomonatslohn?", "Net monthly pay?");
            }
        }

        for (var k = 0; k < jobs; k++)
        {
            f.AskJob(ref t, k, accessOnly: false);
        }
    }

    /// <summary>Members whose jobs are unknown could hold one that counts: their jobs are asked.</summary>
    private static void AskJobLists<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        var members = f.MemberCount;
        for (var i = 0; i < members; i++)
        {
            if (f.EmploymentsUnknown(i))
            {
                t.AskHousehold(JobKernels.MemberPath(i, "employments"), "Welche Beschäftigungen hat die Person?", "What jobs does the person have?");
            }
        }
    }

    /// <summary>
    /// A11's "Familien mit vielen Kindern": at least <see cref="LivelihoodElements.ManyChildrenCount"/> minor children
    /// at the reference date; Unknown while birth dates leave the count open.
    /// </summary>
    public static Truth ManyChildren<TFacts>(ref TFacts f)
        where TFacts : struct, ILivelihoodFacts
    {
        int sure = 0, possible = 0;
        var members = f.MemberCount;
        for (var i = 0; i < members; i++)
        {
            var minor = f.IsMinorChild(i);
            sure += minor == Truth.True ? 1 : 0;
            possible += minor != Truth.False ? 1 : 0;
        }

        const int many = LivelihoodElements.ManyChildrenCount;
        return sure >= many ? Truth.True : possible >= many ? Truth.Unknown : Truth.False;
    }

    /// <summary>No dependence on public benefits — unless temporary receipt is tolerated for families (A10, Wuppertal, L2215-2225).</summary>
    public static Truth NoBenefits<TFacts, TTrace>(ref TFacts f, ref TTrace t, IncomeOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        var receives = f.ReceivesBenefits;
        if (receives != Truth.True || !o.TemporaryBenefitsTolerated || f.MemberCount <= 1)
        {
            return Traced.YesNo(ref t, receives, "livelihood.receivesBenefits", "Bezieht der Haushalt öffentliche Leistungen?", "Does the household receive public benefits?", wanted: false);
        }

        return Traced.YesNo(ref t, f.BenefitsTemporary, "livelihood.benefitsTemporary", "Ist der Leistungsbezug nur vorübergehend?", "Is the benefit receipt only temporary?");
    }

    /// <summary>
    /// Punkt 3.3 (a), trainees, for the household: every adult is a trainee — or, in a household without adults, every
    /// member is. The group describes a person ([background] IMK Nr. 3.3 (a), § 104a Abs. 6 S. 2 Nr. 1 AufenthG:
    /// "Auszubildende in anerkannten Lehrberufen"), and the study shows trainees receiving their own permits
    /// (L4015-4023, L3959-3961), never a training securing others: one trainee — even a minor child — does not secure
    /// the household (docs/adr/0012, item 1; the reading of the other groups, ExceptionGroupsKernel). A job makes its holder a trainee
    /// if it is accepted training with the labour-market access of any job (consent, deadline, not ended), but not
    /// the quality of element 14: an apprentice's pay is not expected to cover the need.
    /// </summary>
    public static Truth Trainees<TFacts, TTrace>(ref TFacts f, ref TTrace t, EmploymentOptions o)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        var accepted = o.TrainingCounts;
        if (accepted == TrainingAcceptance.No)
        {
            return Because.Of(ref t, Truth.False, TrainingNotAccepted);
        }

        var jobs = f.JobCount;
        if (TTrace.Enabled)
        {
            // The questions of every training place still open, in job order, before the members' own.
            for (var k = 0; k < jobs; k++)
            {
                JobMakesTrainee(ref f, ref t, k, accepted);
            }
        }

        var members = f.MemberCount;

        // Whether the household has an adult matters only for a member who may be a minor (a member surely not a
        // minor is considered whatever the others are), so it is counted when the first such member is reached.
        var anyAdult = Truth.False;
        var anyAdultCounted = false;
        var result = members == 0 ? Truth.False : Truth.True;
        var silent = default(NoTrace);
        for (var i = 0; i < members; i++)
        {
            var minor = f.IsMinorChild(i);
            if (minor != Truth.False && !anyAdultCounted)
            {
                anyAdult = ExceptionGroupsKernel.AnyAdult(ref f);
                anyAdultCounted = true;
            }

            var considered = minor.Not().Or(anyAdult.Not());
            if (considered == Truth.False)
            {
                continue;
            }

            var trainee = Truth.False;
            for (var k = 0; k < jobs; k++)
            {
                if (f.JobOwner(k) == i)
                {
                    trainee = trainee.Or(JobMakesTrainee(ref f, ref silent, k, accepted));
                }
            }

            if (f.EmploymentsUnknown(i))
            {
                trainee = trainee.Or(Truth.Unknown);
                if (TTrace.Enabled)
                {
                    t.AskHousehold(JobKernels.MemberPath(i, "employments"), "Welche Beschäftigungen hat die Person?", "What jobs does the person have?");
                }
            }

            var part = considered.Not().Or(trainee);
            if (TTrace.Enabled && part == Truth.Unknown && considered == Truth.Unknown)
            {
                t.AskHousehold(JobKernels.MemberPath(i, "birthDate"), "Geburtsdatum?", "Date of birth?");
            }

            result = result.And(part);
            if (!TTrace.Enabled && result == Truth.False)
            {
                // Kleene and: nothing after a False changes it; only the explanation asks about the remaining members.
                break;
            }
        }

        if (TTrace.Enabled)
        {
            t.Detail(result == Truth.False ? NotEveryAdultInTraining : null);
        }

        return result;
    }

    /// <summary>Job <paramref name="k"/> makes its holder a trainee (Punkt 3.3 (a), A06).</summary>
    private static Truth JobMakesTrainee<TFacts, TTrace>(ref TFacts f, ref TTrace t, int k, TrainingAcceptance accepted)
        where TFacts : struct, ILivelihoodFacts
        where TTrace : struct, ITrace
    {
        if (f.JobKind(k) != EmploymentKind.Training)
        {
            return Truth.False;
        }

        var apprenticeship = f.JobRecognisedApprenticeship(k);
        var kindOk = accepted == TrainingAcceptance.ApprenticeshipOrEducationMeasure ? Truth.True : apprenticeship;
        f.JobCounts(k, out var access);
        var ok = kindOk.And(access);
        if (TTrace.Enabled && ok == Truth.Unknown)
        {
            if (apprenticeship == Truth.Unknown)
            {
                t.AskHousehold(string.Create(CultureInfo.InvariantCulture, $"members[{f.JobOwner(k)}].employments[{f.JobIndex(k)}].recognisedApprenticeship"), "Anerkannter Ausbildungsberuf?", "A recognised apprenticeship?");
            }

            f.AskJob(ref t, k, accessOnly: true);
        }

        return ok;
    }

    /// <summary>Job <paramref name="k"/>'s net pay in <typeparamref name="TAmount"/> (0 if unknown); whether it is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Net<TFacts, TAmount>(ref TFacts f, int k, out TAmount net)
        where TFacts : struct, ILivelihoodFacts
        where TAmount : struct, INumber<TAmount>
    {
        if (typeof(TAmount) == typeof(long))
        {
            var cents = f.JobNetCents(k);
            var known = cents != NoCents;
            var value = known ? cents : 0L;
            net = Unsafe.As<long, TAmount>(ref value);
            return known;
        }

        var eur = f.JobNet(k);
        var amount = eur ?? 0m;
        net = Unsafe.As<decimal, TAmount>(ref amount);
        return eur is not null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TAmount Need<TFacts, TAmount>(ref TFacts f, decimal needEur)
        where TFacts : struct, ILivelihoodFacts
        where TAmount : struct, INumber<TAmount>
    {
        if (typeof(TAmount) == typeof(long))
        {
            var cents = f.NeedCents;
            return Unsafe.As<long, TAmount>(ref cents);
        }

        return Unsafe.As<decimal, TAmount>(ref needEur);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TAmount Notional<TFacts, TAmount>(ref TFacts f)
        where TFacts : struct, ILivelihoodFacts
        where TAmount : struct, INumber<TAmount>
    {
        if (typeof(TAmount) == typeof(long))
        {
            var cents = f.NotionalCents;
            return Unsafe.As<long, TAmount>(ref cents);
        }

        var eur = f.Notional;
        return Unsafe.As<decimal, TAmount>(ref eur);
    }

    /// <summary>Saturating addition (no wrap-around), in either unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TAmount Add<TAmount>(TAmount a, TAmount b)
        where TAmount : struct, INumber<TAmount>
    {
        if (typeof(TAmount) == typeof(long))
        {
            var sum = Saturating.Add(Unsafe.As<TAmount, long>(ref a), Unsafe.As<TAmount, long>(ref b));
            return Unsafe.As<long, TAmount>(ref sum);
        }

        var total = Saturating.Add(Unsafe.As<TAmount, decimal>(ref a), Unsafe.As<TAmount, decimal>(ref b));
        return Unsafe.As<decimal, TAmount>(ref total);
    }

    /// <summary>An amount in euros (cents are exact: at most two decimals).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal Euros<TAmount>(TAmount amount)
        where TAmount : struct, INumber<TAmount>
        => typeof(TAmount) == typeof(long) ? Unsafe.As<TAmount, long>(ref amount) / 100m : Unsafe.As<TAmount, decimal>(ref amount);
}
