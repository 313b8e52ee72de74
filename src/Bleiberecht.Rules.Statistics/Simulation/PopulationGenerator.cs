using System.Globalization;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// Generates a synthetic population of applicant households from <see cref="PopulationParameters"/>. Deterministic:
/// household <c>i</c> is drawn from its own counter-based random stream seeded by (seed, i), so the population for
/// (parameters, size, seed) is always the same, and its first <c>k</c> households equal the population of size
/// <c>k</c> — independent of partitioning and thread count. Every fact is known (no nulls) except where a
/// parameter makes a share unknown (<see cref="PopulationParameters.ConvictionRecordUnknownShare"/>).
/// </summary>
public static class PopulationGenerator
{
    private const ulong HouseholdStream = 0x486F757365686F6CUL;
    private static readonly DateOnly Reference = PopulationParameters.ReferenceDate;
    private static readonly DateOnly JobStartBase = new(2006, 12, 1);

    /// <summary>Generates <paramref name="size"/> households in parallel.</summary>
    /// <param name="parameters">Distributions (validated).</param>
    /// <param name="size">Number of households, ≥ 0.</param>
    /// <param name="seed">Seed of the population.</param>
    public static IReadOnlyList<Household> Generate(PopulationParameters parameters, int size, long seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        parameters.Validate();
        var result = new Household[size];
        Parallel.For(0, size, i => result[i] = GenerateOne(parameters, seed, i));
        return result;
    }

    /// <summary>Generates household number <paramref name="index"/> of the population with <paramref name="seed"/>.</summary>
    /// <param name="parameters">Distributions.</param>
    /// <param name="seed">Seed of the population.</param>
    /// <param name="index">Index of the household, ≥ 0.</param>
    public static Household GenerateOne(PopulationParameters parameters, long seed, int index)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var p = parameters;
        var r = new CounterRandom(seed, HouseholdStream, index);

        // Composition.
        var single = r.Chance(p.SingleShare.Value);
        var twoAdults = !single && !r.Chance(p.SingleParentShare.Value);
        var childCount = single ? 0 : p.ChildrenPerFamily.Value.Sample(r.NextDouble());
        var childAges = new double[Math.Max(0, childCount)];
        for (var c = 0; c < childAges.Length; c++)
        {
            childAges[c] = Math.Clamp(p.ChildAgeYears.Value.Sample(r.NextDouble(), r.NextDouble()), 0, 17.99);
        }

        var eldest = childAges.Length == 0 ? 0 : childAges.Max();
        var years = Math.Max(0, p.ResidenceYears.Value.Sample(r.NextDouble(), r.NextDouble()));
        var entry = Reference.AddDays(-(int)Math.Round(years * 365.25));
        var interrupted = r.Chance(p.InterruptionShare.Value);
        var interruptionDays = Math.Max(1, (int)p.InterruptionDays.Value.Sample(r.NextDouble(), r.NextDouble()));
        var interruptionStart = entry.AddDays((int)(r.NextDouble() * Math.Max(1, Reference.DayNumber - entry.DayNumber - interruptionDays)));
        IReadOnlyList<DatePeriod> interruptions = interrupted
            ? [new DatePeriod { From = interruptionStart, To = interruptionStart.AddDays(interruptionDays - 1) }]
            : [];

        // Procedure and household facts.
        var obliged = r.Chance(p.ObligedToLeaveShare.Value);
        var origin = p.Origin.Value.Sample(r.NextDouble());
        var passport = r.Chance(p.PassportShare.Value);
        var substitute = r.Chance(p.SubstituteDocumentShare.Value);
        var identityClarified = r.Chance(p.IdentityClarifiedShare.Value);
        var visits = (int)p.EmbassyVisits.Value.Sample(r.NextDouble(), r.NextDouble());
        var efforts = r.Chance(p.CredibleEffortsShare.Value);
        var filed = r.Chance(p.ApplicationFiledShare.Value);
        var applicationDate = Reference.AddDays((int)p.ApplicationDaysAfter17Nov2006.Value.Sample(r.NextDouble(), r.NextDouble()));
        var withdrawn = filed && r.Chance(p.WithdrawnShare.Value);
        var decision = p.DecisionDate.Value;
        var shelter = r.Chance(p.CommunalShelterShare.Value);
        var sufficient = r.Chance(shelter ? p.ShelterJudgedSufficientShare.Value : p.SufficientHousingShare.Value);

        // Applicant misconduct (household draws, recorded on the applicant).
        var misconduct = new List<MisconductRecord>();
        if (r.Chance(p.DeceptionShare.Value))
        {
            var end = decision.AddDays(-(int)(p.DeceptionEndedYearsBefore.Value.Sample(r.NextDouble(), r.NextDouble()) * 365.25));
            misconduct.Add(new MisconductRecord
            {
                Kind = MisconductKind.Deception,
                From = end < entry ? end : entry,
                To = end,
                Deliberate = true,
                OfSomeWeight = r.Chance(p.DeceptionOfSomeWeightShare.Value),
                CausedNonRemoval = r.Chance(p.DeceptionCausedNonRemovalShare.Value),
                OutweighedByIntegration = r.Chance(p.DeceptionOutweighedShare.Value),
            });
        }

        if (r.Chance(p.ObstructionShare.Value))
        {
            misconduct.Add(new MisconductRecord { Kind = MisconductKind.Obstruction, From = entry, To = Reference.AddYears(-1), Deliberate = true, OfSomeWeight = true, CausedNonRemoval = true, OutweighedByIntegration = false });
        }

        if (r.Chance(p.AbscondingShare.Value))
        {
            misconduct.Add(new MisconductRecord { Kind = MisconductKind.Absconding, From = Reference.AddYears(-2), To = Reference.AddYears(-2).AddMonths(3), Deliberate = true, OfSomeWeight = true, CausedNonRemoval = true, OutweighedByIntegration = false });
        }

        // Jobs.
        var hasJob = r.Chance(p.JobFoundShare.Value);
        var secondEarner = hasJob && twoAdults && r.Chance(p.SecondEarnerShare.Value);
        var applicantJob = Job(p, ref r, decision);
        var spouseJob = Job(p, ref r, decision);

        // Members.
        var members = new List<Person>(2 + childAges.Length);
        var adultCount = twoAdults ? 2 : 1;
        for (var a = 0; a < adultCount; a++)
        {
            var age = Math.Max(p.AdultAgeYears.Value.Sample(r.NextDouble(), r.NextDouble()), Math.Max(18.5, eldest + 18));
            var role = a == 0 ? HouseholdRole.Applicant : HouseholdRole.Spouse;
            IReadOnlyList<Employment> jobs = (a == 0 && hasJob) ? [applicantJob] : (a == 1 && secondEarner) ? [spouseJob] : [];
            members.Add(new Person
            {
                Id = a == 0 ? "applicant" : "spouse",
                Role = role,
                BirthDate = Reference.AddDays(-(int)Math.Round(age * 365.25)),
                EntryDate = entry,
                Interruptions = interruptions,
                Tolerated = obliged,
                ObligedToLeave = obliged,
                DuldungForbidsEmployment = r.Chance(p.DuldungForbidsEmploymentShare.Value),
                GermanLevel = p.GermanLevel.Value.Sample(r.NextDouble()),
                Employments = jobs,
                Identity = Identity(passport, substitute, identityClarified, visits, efforts, jobs.Count > 0, origin),
                CooperationBreached = r.Chance(p.CooperationBreachedShare.Value),
                // The share is calibrated on refusals for deception-like breaches (L793-794): deliberate, of weight and
                // not outweighed, as the obstruction records below; fixed values draw nothing, so the sequence is unchanged.
                CooperationBreachDeliberate = true,
                CooperationBreachOfSomeWeight = true,
                CooperationBreachOutweighedByIntegration = false,
                Convictions = Convictions(p, ref r, decision),
                Misconduct = a == 0 ? misconduct : [],
                ExtremismLinks = r.Chance(p.ExtremismShare.Value),
                ExceptionalCircumstances = r.Chance(p.ExceptionalCircumstancesShare.Value),
                SpouseHardship = r.Chance(p.SpouseHardshipShare.Value),
            });
        }

        for (var c = 0; c < childAges.Length; c++)
        {
            var birth = Reference.AddDays(-(int)Math.Round(childAges[c] * 365.25));
            var schoolAge = childAges[c] >= 6;
            members.Add(new Person
            {
                Id = "child-" + (c + 1).ToString(CultureInfo.InvariantCulture),
                Role = HouseholdRole.Child,
                BirthDate = birth,
                EntryDate = birth > entry ? birth : entry,
                Interruptions = birth > interruptionStart ? [] : interruptions,
                Tolerated = obliged,
                ObligedToLeave = obliged,
                DuldungForbidsEmployment = false,
                GermanLevel = schoolAge ? CefrLevel.B1 : CefrLevel.A1,
                Schooling = new Schooling
                {
                    AttendsKita = !schoolAge && r.Chance(p.KitaShare.Value),
                    // School age is checked on the decision date (docs/adr/0012, item 11): a child who turns 6 after
                    // the reference date is enrolled by then [derived]; the non-attendance share stays calibrated on
                    // children of school age at the reference date, and no extra random number is drawn.
                    AttendsSchool = schoolAge ? r.Chance(p.SchoolAttendanceShare.Value) : LegalTime.AgeOn(birth, decision) >= 6,
                    PositiveSchoolPrognosis = !schoolAge || r.Chance(p.PositivePrognosisShare.Value),
                },
                Employments = [],
                Identity = Identity(passport, substitute, identityClarified, visits, efforts, false, origin),
                CooperationBreached = false,
                Convictions = [],
                Misconduct = [],
                ExtremismLinks = false,
                ExceptionalCircumstances = false,
                SpouseHardship = false,
            });
        }

        // Livelihood: need against the pay of the jobs.
        var rent = p.RentEur.Value.Sample(r.NextDouble(), r.NextDouble()) + (40 * childAges.Length);
        var need = p.NeedPerAdultEur.Value * (1 + (0.9 * (adultCount - 1))) + (p.NeedPerChildEur.Value * childAges.Length) + rent;
        var pay = members.SelectMany(m => m.Employments!).Sum(j => (double)(j.NetMonthlyEur ?? 0));
        var benefits = r.Chance(pay >= need ? p.BenefitsShareIfIncomeCovers.Value : p.BenefitsShareOtherwise.Value);
        var livelihood = new Livelihood
        {
            MonthlyNeedEur = Eur(need),
            ReceivesBenefits = benefits,
            BenefitsTemporary = benefits && r.Chance(p.BenefitsTemporaryShare.Value),
            NotionalChildBenefitEur = Eur(p.ChildBenefitEur.Value * childAges.Length),
            NotionalHousingBenefitEur = Eur(p.HousingBenefitEur.Value.Sample(r.NextDouble(), r.NextDouble())),
            SecuredOtherwiseWithoutPublicFunds = r.Chance(p.SecuredOtherwiseShare.Value),
        };

        // Punkt 3.3 [background]: SecuredOtherwiseShare stands for group (d), so those households' adults are unable to
        // work. Group (c): a single parent raising a child under three cannot reasonably be expected to work
        // (§ 10 Abs. 1 Nr. 3 SGB II [background]; the child's age at the reference date). Group (e) is not simulated
        // (adults are under 62). No draws, so the random stream is the same as before the groups were encoded.
        var singleParentOfToddler = adultCount == 1 && childAges.Any(age => age < 3);
        for (var m = 0; m < adultCount; m++)
        {
            members[m] = members[m] with
            {
                UnableToWork = livelihood.SecuredOtherwiseWithoutPublicFunds,
                WorkNotReasonable = singleParentOfToddler,
                NoFamilyInCountryOfOrigin = false,
                DescendantsSettledInGermany = false,
            };
        }

        // Unknown conviction records: drawn last so that a zero share leaves every other draw unchanged.
        for (var m = 0; m < adultCount; m++)
        {
            if (r.Chance(p.ConvictionRecordUnknownShare.Value))
            {
                members[m] = members[m] with { Convictions = null };
            }
        }

        return new Household
        {
            CaseId = string.Create(CultureInfo.InvariantCulture, $"sim-{seed}-{index}"),
            ApplicationFiled = filed,
            ApplicationDate = applicationDate,
            ApplicationWithdrawn = withdrawn,
            DecisionDate = decision,
            Housing = new Housing { Sufficient = sufficient, CommunalShelter = shelter },
            Livelihood = livelihood,
            Members = members,
        };
    }

    private static Employment Job(PopulationParameters p, ref CounterRandom r, DateOnly decision)
    {
        var kind = p.JobKind.Value.Sample(r.NextDouble());
        var before = r.Chance(p.EmployedBeforeResolutionShare.Value);
        var start = before
            ? Reference.AddDays(-1 - r.NextInt(4 * 365))
            : JobStartBase.AddDays((int)p.JobStartDaysAfter1Dec2006.Value.Sample(r.NextDouble(), r.NextDouble()));
        var mini = kind == EmploymentKind.MiniJob;
        var net = mini
            ? p.MiniJobNetPayEur.Value.Sample(r.NextDouble(), r.NextDouble())
            : p.NetMonthlyPayEur.Value.Sample(r.NextDouble(), r.NextDouble());
        var hours = p.HoursPerMonth.Value.Sample(r.NextDouble(), r.NextDouble()) / (mini ? 3 : 1);
        var fixedTerm = r.Chance(p.FixedTermShare.Value);
        var customary = fixedTerm && r.Chance(p.FixedTermCustomaryShare.Value);
        var months = start <= decision ? ((decision.Year - start.Year) * 12) + decision.Month - start.Month : 0;
        return new Employment
        {
            Kind = kind,
            Start = start,
            End = fixedTerm ? start.AddYears(1).AddDays(-1) : null,
            FixedTerm = fixedTerm,
            FixedTermCustomaryInSector = customary,
            SocialInsurance = kind is not (EmploymentKind.MiniJob or EmploymentKind.SelfEmployed),
            GrossMonthlyEur = Eur(net * (mini ? 1.0 : 1.35)),
            NetMonthlyEur = Eur(net),
            MonthsAlreadyWorked = Math.Max(0, months),
            PrivilegedWorkerAvailable = r.Chance(p.PrivilegedWorkerAvailableShare.Value),
            ConditionsComparable = r.Chance(p.ConditionsComparableShare.Value),
            ShareOfCollectiveWage = Math.Round((decimal)p.ShareOfCollectiveWage.Value.Sample(r.NextDouble(), r.NextDouble()), 2),
            NetHourlyEur = Eur(net / Math.Max(1, hours)),
            WithinPermittedArea = r.Chance(p.WithinPermittedAreaShare.Value),
            RecognisedApprenticeship = kind == EmploymentKind.Training && r.Chance(p.RecognisedApprenticeshipShare.Value),
            TrainingPlaceAdditional = kind == EmploymentKind.Training && r.Chance(p.TrainingPlaceAdditionalShare.Value),
        };
    }

    private static List<Conviction> Convictions(PopulationParameters p, ref CounterRandom r, DateOnly decision)
    {
        var has = r.Chance(p.ConvictionShare.Value);
        var prison = r.Chance(p.PrisonShare.Value);
        var dayFines = (int)p.DayFines.Value.Sample(r.NextDouble(), r.NextDouble());
        var months = (int)p.PrisonMonths.Value.Sample(r.NextDouble(), r.NextDouble());
        var foreignerOnly = r.Chance(p.ForeignerOnlyOffenceShare.Value);
        var negligent = r.Chance(p.NegligentShare.Value);
        var daysBefore = 30 + r.NextInt(5 * 365);
        if (!has)
        {
            return [];
        }

        return
        [
            new Conviction
            {
                Date = decision.AddDays(-daysBefore),
                InGermany = true,
                Culpability = negligent ? Culpability.Negligent : Culpability.Intentional,
                ForeignerOnlyOffence = foreignerOnly,
                Sentence = prison ? SentenceKind.Prison : SentenceKind.DayFines,
                DayFines = prison ? 0 : Math.Max(1, dayFines),
                PrisonMonths = prison ? Math.Max(1, months) : 0,
            },
        ];
    }

    private static IdentityDocuments Identity(bool passport, bool substitute, bool clarified, int visits, bool efforts, bool jobOffer, string origin) => new()
    {
        ValidPassport = passport,
        SubstituteDocument = !passport && substitute,
        IdentityClarified = passport || clarified,
        ConfirmedEmbassyVisits = passport ? 0 : visits,
        CredibleEffortsDocumented = !passport && efforts,
        JobOffer = jobOffer,
        Origin = origin,
    };

    private static decimal Eur(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
