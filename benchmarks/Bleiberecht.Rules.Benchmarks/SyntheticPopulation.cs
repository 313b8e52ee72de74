using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// A seeded, deterministic population of households for the benchmarks (self-contained on purpose: it does not
/// depend on the Statistics module's synthetic population). Shapes follow the test generators: 1-5 members,
/// entries 1994-2004 around the 6/8-year edges, jobs, convictions, misconduct, and some facts unknown.
/// </summary>
public static class SyntheticPopulation
{
    /// <summary>Geduldete in Germany on 31.10.2006 (L4365).</summary>
    public const int GeduldeteDe2006 = 178_326;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), IReadOnlyList<Household>> Cache = new();

    /// <summary>The first <paramref name="count"/> households for <paramref name="seed"/>; the same every run (cached per process).</summary>
    public static IReadOnlyList<Household> Create(int count, int seed = 2006) => Cache.GetOrAdd((count, seed), k => Generate(k.Item1, k.Item2));

    private static IReadOnlyList<Household> Generate(int count, int seed)
    {
        var rng = new Random(seed);
        var result = new Household[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = Household(rng, i);
        }

        return result;
    }

    private static DateOnly Date(Random r, DateOnly from, DateOnly to) => DateOnly.FromDayNumber(r.Next(from.DayNumber, to.DayNumber + 1));

    private static bool Chance(Random r, int percent) => r.Next(100) < percent;

    private static bool? Tri(Random r, int percentTrue, int percentUnknown = 5) => Chance(r, percentUnknown) ? null : Chance(r, percentTrue);

    private static Household Household(Random r, int index)
    {
        var size = r.Next(10) switch { < 3 => 1, < 5 => 2, < 8 => 3, < 9 => 4, _ => 5 };
        var entry = Date(r, new DateOnly(1994, 1, 1), new DateOnly(2004, 12, 31));
        var members = new Person[size];
        for (var m = 0; m < size; m++)
        {
            var role = m == 0 ? HouseholdRole.Applicant : m == 1 && Chance(r, 70) ? HouseholdRole.Spouse : Chance(r, 90) ? HouseholdRole.Child : HouseholdRole.OtherRelative;
            members[m] = Person(r, role, m, entry);
        }

        var need = 400m + (size * 300m);
        return new Household
        {
            CaseId = "synthetic-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ApplicationFiled = Tri(r, 95, 2),
            ApplicationDate = Chance(r, 95) ? Date(r, new DateOnly(2006, 11, 20), new DateOnly(2007, 6, 30)) : null,
            ApplicationWithdrawn = Chance(r, 3),
            DecisionDate = Chance(r, 95) ? Date(r, new DateOnly(2007, 2, 1), new DateOnly(2007, 12, 31)) : null,
            Housing = new Housing { Sufficient = Tri(r, 90), CommunalShelter = Chance(r, 20) },
            Livelihood = new Livelihood { MonthlyNeedEur = Chance(r, 95) ? need : null, ReceivesBenefits = Tri(r, 40), BenefitsTemporary = Tri(r, 50), SecuredOtherwiseWithoutPublicFunds = Tri(r, 3) },
            Members = members,
        };
    }

    private static Person Person(Random r, HouseholdRole role, int m, DateOnly familyEntry)
    {
        var child = role == HouseholdRole.Child;
        var birth = child ? Date(r, new DateOnly(1987, 1, 1), new DateOnly(2006, 10, 1)) : Date(r, new DateOnly(1950, 1, 1), new DateOnly(1986, 12, 31));
        var entry = Chance(r, 80) ? familyEntry : Date(r, new DateOnly(1994, 1, 1), new DateOnly(2004, 12, 31));
        if (entry < birth)
        {
            entry = birth;
        }

        var jobs = new List<Employment>();
        if (!child && Chance(r, 55))
        {
            var kinds = r.Next(10);
            jobs.Add(new Employment
            {
                Kind = kinds < 6 ? EmploymentKind.Regular : kinds < 7 ? EmploymentKind.MiniJob : kinds < 8 ? EmploymentKind.TempAgency : kinds < 9 ? EmploymentKind.SelfEmployed : EmploymentKind.Training,
                Start = Chance(r, 92) ? Date(r, new DateOnly(2006, 6, 1), new DateOnly(2007, 11, 30)) : null,
                FixedTerm = Tri(r, 25),
                SocialInsurance = Tri(r, 85),
                NetMonthlyEur = Chance(r, 92) ? r.Next(4, 30) * 100m : null,
                GrossMonthlyEur = r.Next(6, 40) * 100m,
                MonthsAlreadyWorked = r.Next(0, 12),
                WithinPermittedArea = Tri(r, 90),
                PrivilegedWorkerAvailable = Tri(r, 30, 20),
                ConditionsComparable = Tri(r, 80, 20),
                ShareOfCollectiveWage = 0.6m + (r.Next(0, 5) * 0.1m),
                NetHourlyEur = r.Next(5, 12),
                TrainingPlaceAdditional = Tri(r, 60),
                RecognisedApprenticeship = Tri(r, 70),
            });
        }

        return new Person
        {
            Id = m == 0 ? "applicant" : $"{role.ToString().ToLowerInvariant()}-{m}",
            Role = role,
            BirthDate = Chance(r, 95) ? birth : null,
            EntryDate = Chance(r, 95) ? entry : null,
            Interruptions = Chance(r, 8) ? null : Chance(r, 10) ? [new DatePeriod { From = Date(r, new DateOnly(1998, 1, 1), new DateOnly(2006, 1, 1)), To = null }] : [],
            Tolerated = Tri(r, 95),
            ObligedToLeave = Tri(r, 95),
            DuldungForbidsEmployment = Tri(r, 10),
            GermanLevel = child ? null : Chance(r, 8) ? null : (CefrLevel)r.Next(0, 5),
            Schooling = child ? new Schooling { AttendsSchool = Tri(r, 90), PositiveSchoolPrognosis = Tri(r, 85) } : null,
            Employments = Chance(r, 5) ? null : jobs,
            Identity = new IdentityDocuments { ValidPassport = Tri(r, 80), SubstituteDocument = Tri(r, 50), IdentityClarified = Tri(r, 60), CredibleEffortsDocumented = Tri(r, 50), ConfirmedEmbassyVisits = r.Next(0, 5) },
            CooperationBreached = Tri(r, 8),
            Convictions = Chance(r, 8) ? null : Chance(r, 15) ? [new Conviction { InGermany = Tri(r, 85), Culpability = Culpability.Intentional, Sentence = Chance(r, 15) ? SentenceKind.Prison : SentenceKind.DayFines, DayFines = r.Next(5, 120), ForeignerOnlyOffence = Tri(r, 40) }] : [],
            Misconduct = Chance(r, 8) ? null : Chance(r, 12) ? [new MisconductRecord { Kind = (MisconductKind)r.Next(3), From = new DateOnly(2001, 1, 1), To = new DateOnly(2003, 1, 1), Deliberate = Tri(r, 70), OfSomeWeight = Tri(r, 50) }] : [],
            ExtremismLinks = Tri(r, 2),
            OtherTitleGranted = Chance(r, 3),
        };
    }
}
