using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Rules.Tests.Properties;

/// <summary>A household, printed as its JSON case so that a counterexample can be replayed with the CLI.</summary>
public sealed record Case(Household Household)
{
    public override string ToString() => CaseJson.Write(Household);
}

/// <summary>A household and the same household with one unknown fact replaced by a concrete value.</summary>
public sealed record Filled(Household Before, Household After, string What)
{
    public override string ToString() => $"filled {What}:\n{CaseJson.Write(Before)}";
}

/// <summary>A household and the same household with one range fact narrowed (ADR 0013).</summary>
public sealed record Narrowed(Household Before, Household After, string What)
{
    public override string ToString() => $"narrowed {What}:\n{CaseJson.Write(Before)}";
}

/// <summary>A household and the same members in another order.</summary>
public sealed record Permuted(Household Original, Household Shuffled)
{
    public override string ToString() => $"{CaseJson.Write(Original)}\nshuffled: {string.Join(", ", Shuffled.Members.Select(m => m.Id))}";
}

/// <summary>
/// Generators of realistic, internally consistent households (the case validator accepts them): 1-5 members,
/// entry dates 1995-2003 around the 6/8-year edges, children around the age-3 and age-18 edges, random
/// convictions, misconduct, jobs and benefits, and every optional fact <c>null</c> with some probability. An unknown
/// birth date is often a range instead (ADR 0013 item 6), which the fill step narrows like the other ranges.
/// </summary>
public static class Generators
{
    private static readonly DateOnly Reference = new(2006, 11, 17);

    public static Arbitrary<Case> Cases() => Arb.From(HouseholdGen().Select(h => new Case(h)));

    public static Arbitrary<Filled> FilledCases() => Arb.From(
        from h in HouseholdGen()
        from f in FillOneUnknown(h)
        select f);

    public static Arbitrary<Permuted> PermutedCases() => Arb.From(
        from h in HouseholdGen()
        from order in Gen.Shuffle(h.Members.ToArray())
        select new Permuted(h, h with { Members = order }));

    /// <summary>A value, or null with probability 1/<paramref name="oneIn"/>.</summary>
    private static Gen<T?> Maybe<T>(Gen<T> gen, int oneIn = 6) where T : struct =>
        Gen.Frequency((oneIn - 1, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static Gen<T?> MaybeRef<T>(Gen<T> gen, int oneIn = 6) where T : class =>
        Gen.Frequency((oneIn - 1, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));

    private static Gen<bool> Chance(int percentTrue) => Gen.Choose(1, 100).Select(x => x <= percentTrue);

    /// <summary>
    /// A narrowing of <paramref name="range"/> to a sub-range of the days <paramref name="lo"/>-<paramref name="hi"/>:
    /// each bound closed within them, or kept as it was (an open upper bound only where <paramref name="keepOpenTo"/>).
    /// </summary>
    private static Gen<DateRange> SubRange(DateRange range, int lo, int hi, bool keepOpenTo) =>
        from a in Gen.Choose(lo, hi)
        from z in Gen.Choose(a, hi)
        from keepFrom in Chance(30)
        from keepTo in Chance(30)
        select new DateRange
        {
            From = keepFrom ? range.From : DateOnly.FromDayNumber(a),
            To = keepTo && (keepOpenTo || range.To is not null) ? range.To : DateOnly.FromDayNumber(z),
        };

    private static Gen<DateOnly> DateBetween(DateOnly from, DateOnly to) =>
        Gen.Choose(from.DayNumber, to.DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>Dates near the interesting edges more often than elsewhere.</summary>
    private static Gen<DateOnly> EntryGen() => Gen.Frequency(
        (3, DateBetween(new DateOnly(1995, 1, 1), new DateOnly(2003, 12, 31))),
        (1, Gen.Elements(new DateOnly(1998, 11, 17), new DateOnly(1998, 11, 18), new DateOnly(2000, 11, 17), new DateOnly(2000, 11, 18))));

    private static Gen<DateOnly> ChildBirthGen() => Gen.Frequency(
        (3, DateBetween(new DateOnly(1987, 1, 1), new DateOnly(2006, 10, 1))),
        (1, Gen.Elements(new DateOnly(2003, 11, 17), new DateOnly(2003, 11, 18), new DateOnly(1988, 11, 17), new DateOnly(1988, 11, 18))));

    public static Gen<Conviction> ConvictionGen() =>
        from date in DateBetween(new DateOnly(1996, 1, 1), new DateOnly(2007, 3, 1))
        from inGermany in Maybe(Chance(85), 8)
        from culpability in Maybe(Gen.Elements(Culpability.Intentional, Culpability.Negligent), 8)
        from prison in Chance(15)
        from dayFines in Gen.Frequency((3, Gen.Choose(5, 60)), (1, Gen.Choose(40, 120)), (1, Gen.Elements(50, 51, 90, 91)))
        from foreignerOnly in Maybe(Chance(40), 8)
        from finesKnown in Chance(90)
        from dateKnown in Chance(90)
        from months in Gen.Elements(1, 3, 4, 12, 13)
        from asRange in Chance(15)
        from below in Gen.Elements(0, 1, 20)
        from above in Gen.Elements<int?>(0, 1, 40, null)
        let range = new IntegerRange { Min = below == 20 ? null : Math.Max(0, dayFines - below), Max = above is { } a ? dayFines + a : null }
        select prison
            ? new Conviction { Date = dateKnown ? date : null, InGermany = inGermany, Culpability = culpability, Sentence = SentenceKind.Prison, PrisonMonths = months, ForeignerOnlyOffence = foreignerOnly }
            : new Conviction
            {
                Date = dateKnown ? date : null, InGermany = inGermany, Culpability = culpability, Sentence = SentenceKind.DayFines, ForeignerOnlyOffence = foreignerOnly,
                DayFines = finesKnown && !asRange ? dayFines : null, DayFinesRange = finesKnown && asRange ? range : null,
            };

    public static Gen<MisconductRecord> MisconductGen() =>
        from kind in Gen.Elements(MisconductKind.Deception, MisconductKind.Obstruction, MisconductKind.Absconding)
        from from_ in DateBetween(new DateOnly(1996, 1, 1), new DateOnly(2005, 1, 1))
        from days in Gen.Choose(10, 900)
        from deliberate in Maybe(Chance(70), 6)
        select new MisconductRecord { Kind = kind, From = from_, To = from_.AddDays(days), Deliberate = deliberate };

    public static Gen<Employment> JobGen() =>
        from kind in Gen.Frequency((6, Gen.Constant(EmploymentKind.Regular)), (2, Gen.Constant(EmploymentKind.MiniJob)), (2, Gen.Constant(EmploymentKind.TempAgency)), (1, Gen.Constant(EmploymentKind.SelfEmployed)))
        from start in Maybe(Gen.Frequency(
            (3, DateBetween(new DateOnly(2006, 6, 1), new DateOnly(2007, 11, 30))),
            (1, Gen.Elements(new DateOnly(2007, 4, 26), new DateOnly(2007, 4, 27), new DateOnly(2007, 9, 30), new DateOnly(2007, 10, 1)))), 8)
        from fixedTerm in Maybe(Chance(25), 8)
        from insured in Maybe(Chance(85), 8)
        from net in Maybe(Gen.Choose(2, 30).Select(x => x * 100m), 8)
        from inside in Maybe(Chance(90), 8)
        from privileged in Maybe(Chance(30), 4)
        from comparable in Maybe(Chance(80), 4)
        select new Employment
        {
            Kind = kind, Start = start, FixedTerm = fixedTerm, SocialInsurance = kind == EmploymentKind.MiniJob ? false : insured,
            NetMonthlyEur = net, GrossMonthlyEur = net * 1.4m, WithinPermittedArea = inside,
            PrivilegedWorkerAvailable = privileged, ConditionsComparable = comparable,
        };

    private static Gen<IReadOnlyList<T>?> ListGen<T>(Gen<T> item, int percentNonEmpty, int nullOneIn) where T : class =>
        MaybeRef(Gen.Frequency(
            (100 - percentNonEmpty, Gen.Constant((IReadOnlyList<T>)[])),
            (percentNonEmpty, Gen.Choose(1, 2).SelectMany(n => Gen.ListOf(item, n)).Select(l => (IReadOnlyList<T>)l.ToList()))), nullOneIn);

    private static Gen<Person> PersonGen(string id, HouseholdRole role, DateOnly familyEntry) =>
        from birth in role == HouseholdRole.Child ? ChildBirthGen() : DateBetween(new DateOnly(1950, 1, 1), new DateOnly(1986, 12, 31))
        from ownEntry in Chance(80)
        from entry in ownEntry ? Gen.Constant(familyEntry) : EntryGen()
        from knownBirth in Chance(92)
        from knownEntry in Chance(92)
        from gap in DateBetween(new DateOnly(1996, 1, 1), new DateOnly(2006, 6, 1))
        from gapDays in Gen.Choose(1, 200)
        from interrupted in Chance(10)
        from interruptionsKnown in Chance(90)
        from tolerated in Maybe(Chance(95), 12)
        from obliged in Maybe(Chance(95), 12)
        from forbids in Maybe(Chance(10), 8)
        from german in Maybe(Gen.Elements(CefrLevel.None, CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2), 8)
        from attends in Maybe(Chance(90), 8)
        from prognosis in Maybe(Chance(85), 8)
        from jobs in ListGen(JobGen(), role == HouseholdRole.Child ? 5 : 55, 10)
        from passport in Maybe(Chance(85), 8)
        from cooperation in Maybe(Chance(8), 10)
        from deliberate in Maybe(Chance(70), 4)
        from course in Maybe(Chance(50), 4)
        from heldJobSearch in Maybe(Chance(40), 4)
        from convictions in ListGen(ConvictionGen(), 20, 10)
        from misconduct in ListGen(MisconductGen(), 12, 10)
        from extremism in Maybe(Chance(3), 12)
        from entryAsRange in Chance(50)
        from gapEndUnknown in Chance(25)
        from before in Gen.Elements<int?>(0, 30, 400, null)
        from after in Gen.Elements<int?>(0, 1, 200, null)
        from birthAsRange in Chance(60)
        from birthBefore in Gen.Elements<int?>(0, 1, 40, 400, 1500, null)
        from birthAfter in Gen.Elements(0, 1, 40, 400, 1500)
        let realEntry = entry < birth ? birth : entry
        // An unknown birth date is often known as a range around the true one (ADR 0013 item 6): a few days across
        // an age edge, about a year ("born in 1989"), or several years; never after a known entry date.
        let birthTo = birth.AddDays(birthAfter)
        select new Person
        {
            Id = id,
            Role = role,
            BirthDate = knownBirth ? birth : null,
            BirthDateRange = !knownBirth && birthAsRange
                ? new DateRange { From = birthBefore is { } bb ? birth.AddDays(-bb) : null, To = knownEntry && realEntry < birthTo ? realEntry : birthTo }
                : null,
            EntryDate = knownEntry ? realEntry : null,
            EntryDateRange = !knownEntry && entryAsRange
                ? new DateRange { From = before is { } b ? realEntry.AddDays(-b) : null, To = after is { } a ? realEntry.AddDays(a) : null }
                : null,
            Interruptions = !interruptionsKnown ? null : interrupted && gap > realEntry ? [new DatePeriod { From = gap, To = gapEndUnknown ? null : gap.AddDays(gapDays), EndUnknown = gapEndUnknown }] : [],
            Tolerated = tolerated,
            ObligedToLeave = obliged,
            DuldungForbidsEmployment = forbids,
            GermanLevel = role == HouseholdRole.Child && LegalTime.AgeOn(birth, Reference) < 18 ? null : german,
            Schooling = role == HouseholdRole.Child ? new Schooling { AttendsSchool = attends, PositiveSchoolPrognosis = prognosis } : null,
            Employments = jobs,
            Identity = new IdentityDocuments { ValidPassport = passport },
            CooperationBreached = cooperation,
            CooperationBreachDeliberate = deliberate,
            IntegrationCourseAdmitted = course,
            HeldJobSearchDuldung = heldJobSearch,
            Convictions = convictions,
            Misconduct = misconduct,
            ExtremismLinks = extremism,
        };

    public static Gen<Household> HouseholdGen() =>
        from size in Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Constant(2)), (3, Gen.Constant(3)), (2, Gen.Constant(4)), (1, Gen.Constant(5)))
        from hasSpouse in Chance(size > 1 ? 75 : 0)
        from entry in EntryGen()
        from roles in Gen.ListOf(Gen.Frequency((8, Gen.Constant(HouseholdRole.Child)), (1, Gen.Constant(HouseholdRole.OtherRelative))), Math.Max(0, size - 1 - (hasSpouse ? 1 : 0)))
        from members in Gen.CollectToList(
            new[] { HouseholdRole.Applicant }.Concat(hasSpouse ? [HouseholdRole.Spouse] : []).Concat(roles).Select((role, i) => (role, i)),
            x => PersonGen(x.role switch { HouseholdRole.Applicant => "applicant", HouseholdRole.Spouse => "spouse", _ => $"{x.role.ToString().ToLowerInvariant()}-{x.i}" }, x.role, entry))
        from filed in Maybe(Chance(95), 15)
        from applicationDate in Maybe(Gen.Frequency(
            (4, DateBetween(new DateOnly(2006, 11, 20), new DateOnly(2007, 6, 30))),
            (1, Gen.Elements(new DateOnly(2007, 5, 18), new DateOnly(2007, 5, 19)))), 10)
        from withdrawn in Gen.Frequency((20, Gen.Constant(false)), (1, Gen.Constant(true)))
        from decision in Maybe(Gen.Frequency(
            (4, DateBetween(new DateOnly(2007, 2, 1), new DateOnly(2007, 12, 31))),
            (1, Gen.Elements(new DateOnly(2007, 9, 30), new DateOnly(2007, 10, 1)))), 10)
        from sufficient in Maybe(Chance(90), 8)
        from need in Maybe(Gen.Choose(5, 30).Select(x => x * 100m), 8)
        from benefits in Maybe(Chance(40), 8)
        from otherwise in Maybe(Chance(5), 8)
        select new Household
        {
            CaseId = "generated",
            ApplicationFiled = filed,
            ApplicationDate = filed == false ? null : applicationDate,
            ApplicationWithdrawn = withdrawn,
            DecisionDate = decision,
            Housing = new Housing { Sufficient = sufficient, CommunalShelter = false },
            Livelihood = new Livelihood { MonthlyNeedEur = need, ReceivesBenefits = benefits, SecuredOtherwiseWithoutPublicFunds = otherwise },
            Members = members,
        };

    /// <summary>
    /// Every way of replacing one unknown (null) fact of <paramref name="h"/> by a concrete, consistent value;
    /// the household unchanged if it has no unknown fact.
    /// </summary>
    public static Gen<Filled> FillOneUnknown(Household h) => FillOneUnknown(h, null);

    /// <summary>
    /// Households with at least one fact known only as a range or an interruption of unknown end (ADR 0013), and the
    /// same household with one of them narrowed (to a sub-range or an exact value).
    /// </summary>
    public static Arbitrary<Narrowed> NarrowedCases() => Arb.From(
        from h in Gen.Frequency(
            (1, HouseholdGen().Where(h => h.Members.Any(p => p.EntryDateRange is not null
                || p.BirthDateRange is not null
                || p.Convictions?.Any(c => c.DayFinesRange is not null) == true
                || p.Interruptions?.Any(g => g.EndUnknown) == true))),
            (2, RangedAtTheEdges()))
        from f in FillOneUnknown(h, IsNarrowing)
        select new Narrowed(f.Before, f.After, f.What));

    /// <summary>
    /// A single person or a family meeting every other requirement (TestCases), whose applicant has an entry range
    /// around the 6/8-year edges, a day-fine range around the thresholds and an interruption of unknown end, so that
    /// the ranges alone decide.
    /// </summary>
    private static Gen<Household> RangedAtTheEdges() =>
        from family in Chance(40)
        from edge in Gen.Elements(new DateOnly(1998, 11, 17), new DateOnly(2000, 11, 17))
        from before in Gen.Elements<int?>(0, 1, 30, 800, null)
        from after in Gen.Elements<int?>(0, 1, 30, 800, null)
        from fines in Maybe(Gen.Elements(30, 50, 51, 90, 91), 3)
        from width in Gen.Elements<int?>(0, 1, 40, null)
        from judged in DateBetween(new DateOnly(1995, 1, 1), new DateOnly(2005, 1, 1))
        from abroad in Maybe(DateBetween(new DateOnly(1996, 1, 1), new DateOnly(2006, 11, 1)), 2)
        let h = family ? TestCases.Family() : TestCases.Single()
        select h.With("applicant", p => p with
        {
            EntryDate = null,
            EntryDateRange = new DateRange { From = before is { } b ? edge.AddDays(-b) : null, To = after is { } a ? edge.AddDays(a) : null },
            Interruptions = abroad is { } x ? [new DatePeriod { From = x, EndUnknown = true }] : [],
            Convictions = fines is { } f
                ? [new Conviction { Date = judged, InGermany = true, Culpability = Culpability.Intentional, ForeignerOnlyOffence = false, Sentence = SentenceKind.DayFines, DayFinesRange = new IntegerRange { Min = f, Max = width is { } w ? f + w : null } }]
                : [],
        });

    private static bool IsNarrowing(string what) =>
        what.Contains("range", StringComparison.Ordinal) || (what.Contains("interruptions[", StringComparison.Ordinal) && what.EndsWith(".to", StringComparison.Ordinal));

    private static Gen<Filled> FillOneUnknown(Household h, Func<string, bool>? which)
    {
        var options = new List<(string What, Gen<Household> After)>();
        void Add(string what, Gen<Household> after)
        {
            if (which is null || which(what))
            {
                options.Add((what, after));
            }
        }

        Household Member(int i, Person p) => h with { Members = h.Members.Select((m, j) => j == i ? p : m).ToList() };
        var anyBool = Gen.Elements(true, false);

        if (h.ApplicationFiled is null)
        {
            // Both ways when nothing shows the filing: while it is unknown whether an application exists, nothing
            // may be refused. A known application date already proves the filing, so only "true" is consistent.
            Add("applicationFiled", h.ApplicationDate is null
                ? anyBool.Select(filed => h with { ApplicationFiled = filed })
                : Gen.Constant(h with { ApplicationFiled = true }));
        }

        if (h.ApplicationDate is null && h.ApplicationFiled != false)
        {
            Add("applicationDate", DateBetween(new DateOnly(2006, 11, 20), new DateOnly(2007, 6, 30)).Select(d => h with { ApplicationDate = d }));
        }

        if (h.DecisionDate is null)
        {
            Add("decisionDate", DateBetween(new DateOnly(2007, 2, 1), new DateOnly(2007, 12, 31)).Select(d => h with { DecisionDate = d }));
        }

        if (h.Housing?.Sufficient is null)
        {
            Add("housing.sufficient", anyBool.Select(b => h with { Housing = (h.Housing ?? new Housing()) with { Sufficient = b } }));
        }

        var l = h.Livelihood ?? new Livelihood();
        if (l.MonthlyNeedEur is null)
        {
            Add("livelihood.monthlyNeedEur", Gen.Choose(5, 30).Select(x => h with { Livelihood = l with { MonthlyNeedEur = x * 100m } }));
        }

        if (l.ReceivesBenefits is null)
        {
            Add("livelihood.receivesBenefits", anyBool.Select(b => h with { Livelihood = l with { ReceivesBenefits = b } }));
        }

        if (l.SecuredOtherwiseWithoutPublicFunds is null)
        {
            Add("livelihood.securedOtherwise", anyBool.Select(b => h with { Livelihood = l with { SecuredOtherwiseWithoutPublicFunds = b } }));
        }

        for (var i = 0; i < h.Members.Count; i++)
        {
            var p = h.Members[i];
            var at = $"members[{i}].";
            var index = i;
            if (p.BirthDate is null && p.BirthDateRange is null)
            {
                var births = p.Role == HouseholdRole.Child ? ChildBirthGen() : DateBetween(new DateOnly(1950, 1, 1), new DateOnly(1986, 12, 31));
                Add(at + "birthDate", births.Select(b => Member(index, p with { BirthDate = p.EntryDate is { } e && e < b ? e : b })));
            }

            // A birth-date range is narrowed like the other ranges (ADR 0013 item 6): to an exact birth date within it
            // (the fill), or to a sub-range; never past a known entry date (nobody enters before birth).
            if (p.BirthDate is null && p.BirthDateRange is { } birthRange)
            {
                var lo = (birthRange.From ?? new DateOnly(1940, 1, 1)).DayNumber;
                var hi = (birthRange.To ?? p.EntryDate ?? new DateOnly(2006, 10, 1)).DayNumber;
                if (p.EntryDate is { } entered && entered.DayNumber < hi)
                {
                    hi = entered.DayNumber;
                }

                if (lo <= hi)
                {
                    Add(at + "birthDate (within the range)", Gen.Frequency(
                        (2, Gen.Choose(lo, hi)),
                        (1, Gen.Elements(lo, hi))).Select(d => Member(index, p with { BirthDate = DateOnly.FromDayNumber(d), BirthDateRange = null })));
                    Add(at + "birthDateRange (narrowed)", SubRange(birthRange, lo, hi, keepOpenTo: false).Select(r => Member(index, p with { BirthDateRange = r })));
                }
            }

            // An interruption's unknown end is filled with a day on or after its start (ADR 0013).
            for (var g = 0; g < (p.Interruptions?.Count ?? 0); g++)
            {
                if (p.Interruptions![g] is { EndUnknown: true } open)
                {
                    var gi = g;
                    Add($"{at}interruptions[{g}].to", Gen.Choose(0, 400).Select(d => Member(index, p with
                    {
                        Interruptions = p.Interruptions.Select((x, k) => k == gi ? open with { To = open.From.AddDays(d), EndUnknown = false } : x).ToList(),
                    })));
                }
            }

            if (p.EntryDate is null && p.EntryDateRange is null)
            {
                Add(at + "entryDate", EntryGen().Select(e => Member(index, p with { EntryDate = (p.BirthDate ?? p.BirthDateRange?.From) is { } b && e < b ? b : e })));
            }

            // A range is narrowed (ADR 0013): to an exact date within it, or to a sub-range; open bounds are closed
            // within 1990-2006 or kept open. Never before the earliest date of birth: nobody enters before birth, and
            // the case validator rejects such a case (CaseValidator), so it is no narrowing of a possible world.
            if (p.EntryDate is null && p.EntryDateRange is { } entryRange)
            {
                var lo = (entryRange.From ?? new DateOnly(1990, 1, 1)).DayNumber;
                var hi = (entryRange.To ?? new DateOnly(2006, 12, 31)).DayNumber;
                if ((p.BirthDate ?? p.BirthDateRange?.From) is { } born && born.DayNumber > lo)
                {
                    lo = born.DayNumber;
                }

                if (lo <= hi)
                {
                    Add(at + "entryDate (within the range)", Gen.Choose(lo, hi).Select(d => Member(index, p with { EntryDate = DateOnly.FromDayNumber(d), EntryDateRange = null })));
                    Add(at + "entryDateRange (narrowed)", SubRange(entryRange, lo, hi, keepOpenTo: true).Select(r => Member(index, p with { EntryDateRange = r })));
                }
            }

            if (p.Interruptions is null)
            {
                Add(at + "interruptions", Gen.Frequency(
                    (3, Gen.Constant(Member(index, p with { Interruptions = [] }))),
                    (1, DateBetween(new DateOnly(2000, 1, 1), new DateOnly(2006, 1, 1)).Select(d => Member(index, p with { Interruptions = [new DatePeriod { From = d, To = d.AddDays(60) }] })))));
            }

            if (p.Tolerated is null)
            {
                Add(at + "tolerated", anyBool.Select(b => Member(index, p with { Tolerated = b })));
            }

            if (p.ObligedToLeave is null)
            {
                Add(at + "obligedToLeave", anyBool.Select(b => Member(index, p with { ObligedToLeave = b })));
            }

            if (p.DuldungForbidsEmployment is null)
            {
                Add(at + "duldungForbidsEmployment", anyBool.Select(b => Member(index, p with { DuldungForbidsEmployment = b })));
            }

            if (p.GermanLevel is null)
            {
                Add(at + "germanLevel", Gen.Elements(CefrLevel.None, CefrLevel.A1, CefrLevel.A2, CefrLevel.B1).Select(g => Member(index, p with { GermanLevel = g })));
            }

            if (p.Identity?.ValidPassport is null)
            {
                Add(at + "identity.validPassport", anyBool.Select(b => Member(index, p with { Identity = (p.Identity ?? new IdentityDocuments()) with { ValidPassport = b } })));
            }

            if (p.CooperationBreached is null)
            {
                Add(at + "cooperationBreached", anyBool.Select(b => Member(index, p with { CooperationBreached = b })));
            }

            if (p.CooperationBreachDeliberate is null)
            {
                Add(at + "cooperationBreachDeliberate", anyBool.Select(b => Member(index, p with { CooperationBreachDeliberate = b })));
            }

            if (p.IntegrationCourseAdmitted is null)
            {
                Add(at + "integrationCourseAdmitted", anyBool.Select(b => Member(index, p with { IntegrationCourseAdmitted = b })));
            }

            if (p.HeldJobSearchDuldung is null)
            {
                Add(at + "heldJobSearchDuldung", anyBool.Select(b => Member(index, p with { HeldJobSearchDuldung = b })));
            }

            if (p.ExtremismLinks is null)
            {
                Add(at + "extremismLinks", anyBool.Select(b => Member(index, p with { ExtremismLinks = b })));
            }

            if (p.Role == HouseholdRole.Child && p.Schooling is { } s)
            {
                if (s.AttendsSchool is null)
                {
                    Add(at + "schooling.attendsSchool", anyBool.Select(b => Member(index, p with { Schooling = s with { AttendsSchool = b } })));
                }

                if (s.PositiveSchoolPrognosis is null)
                {
                    Add(at + "schooling.positiveSchoolPrognosis", anyBool.Select(b => Member(index, p with { Schooling = s with { PositiveSchoolPrognosis = b } })));
                }
            }

            if (p.Convictions is null)
            {
                Add(at + "convictions", ListGen(ConvictionGen(), 30, int.MaxValue).Select(c => Member(index, p with { Convictions = c ?? [] })));
            }
            else
            {
                for (var c = 0; c < p.Convictions.Count; c++)
                {
                    var conviction = p.Convictions[c];
                    var ci = c;
                    Person WithConviction(Conviction x) => p with { Convictions = p.Convictions.Select((y, k) => k == ci ? x : y).ToList() };
                    if (conviction.Culpability is null)
                    {
                        Add($"{at}convictions[{c}].culpability", Gen.Elements(Culpability.Intentional, Culpability.Negligent).Select(v => Member(index, WithConviction(conviction with { Culpability = v }))));
                    }

                    if (conviction.InGermany is null)
                    {
                        Add($"{at}convictions[{c}].inGermany", anyBool.Select(v => Member(index, WithConviction(conviction with { InGermany = v }))));
                    }

                    if (conviction.ForeignerOnlyOffence is null)
                    {
                        Add($"{at}convictions[{c}].foreignerOnlyOffence", anyBool.Select(v => Member(index, WithConviction(conviction with { ForeignerOnlyOffence = v }))));
                    }

                    if (conviction.Sentence == SentenceKind.DayFines && conviction.DayFines is null && conviction.DayFinesRange is null)
                    {
                        Add($"{at}convictions[{c}].dayFines", Gen.Choose(5, 120).Select(v => Member(index, WithConviction(conviction with { DayFines = v }))));
                    }

                    // A range is narrowed (ADR 0013): to an exact value within it, or to a sub-range.
                    if (conviction.DayFinesRange is { } range)
                    {
                        var lo = range.Min ?? 0;
                        var hi = range.Max ?? lo + 200;
                        Add($"{at}convictions[{c}].dayFines (within the range)", Gen.Choose(lo, hi).Select(v => Member(index, WithConviction(conviction with { DayFines = v, DayFinesRange = null }))));
                        Add($"{at}convictions[{c}].dayFinesRange (narrowed)", Gen.Choose(lo, hi).SelectMany(a => Gen.Choose(a, hi).Select(b => Member(index, WithConviction(conviction with { DayFinesRange = new IntegerRange { Min = a, Max = range.Max is null && b == hi ? null : b } })))));
                    }

                    if (conviction.Date is null)
                    {
                        Add($"{at}convictions[{c}].date", DateBetween(new DateOnly(1990, 1, 1), new DateOnly(2007, 3, 1)).Select(v => Member(index, WithConviction(conviction with { Date = v }))));
                    }
                }
            }

            if (p.Misconduct is null)
            {
                Add(at + "misconduct", ListGen(MisconductGen(), 20, int.MaxValue).Select(m => Member(index, p with { Misconduct = m ?? [] })));
            }
            else
            {
                for (var r = 0; r < p.Misconduct.Count; r++)
                {
                    var record = p.Misconduct[r];
                    var ri = r;
                    if (record.Deliberate is null)
                    {
                        Add($"{at}misconduct[{r}].deliberate", anyBool.Select(v => Member(index, p with { Misconduct = p.Misconduct.Select((y, k) => k == ri ? record with { Deliberate = v } : y).ToList() })));
                    }
                }
            }

            if (p.Employments is null)
            {
                Add(at + "employments", ListGen(JobGen(), 50, int.MaxValue).Select(j => Member(index, p with { Employments = j ?? [] })));
            }
            else
            {
                for (var e = 0; e < p.Employments.Count; e++)
                {
                    var job = p.Employments[e];
                    var ei = e;
                    Person WithJob(Employment x) => p with { Employments = p.Employments.Select((y, k) => k == ei ? x : y).ToList() };
                    if (job.Start is null)
                    {
                        Add($"{at}employments[{e}].start", DateBetween(new DateOnly(2006, 6, 1), new DateOnly(2007, 11, 30)).Select(v => Member(index, WithJob(job with { Start = v }))));
                    }

                    if (job.NetMonthlyEur is null)
                    {
                        Add($"{at}employments[{e}].netMonthlyEur", Gen.Choose(2, 30).Select(v => Member(index, WithJob(job with { NetMonthlyEur = v * 100m, GrossMonthlyEur = v * 140m }))));
                    }

                    if (job.SocialInsurance is null)
                    {
                        Add($"{at}employments[{e}].socialInsurance", anyBool.Select(v => Member(index, WithJob(job with { SocialInsurance = v }))));
                    }

                    if (job.FixedTerm is null)
                    {
                        Add($"{at}employments[{e}].fixedTerm", anyBool.Select(v => Member(index, WithJob(job with { FixedTerm = v }))));
                    }

                    if (job.WithinPermittedArea is null)
                    {
                        Add($"{at}employments[{e}].withinPermittedArea", anyBool.Select(v => Member(index, WithJob(job with { WithinPermittedArea = v }))));
                    }

                    if (job.PrivilegedWorkerAvailable is null)
                    {
                        Add($"{at}employments[{e}].privilegedWorkerAvailable", anyBool.Select(v => Member(index, WithJob(job with { PrivilegedWorkerAvailable = v }))));
                    }

                    if (job.ConditionsComparable is null)
                    {
                        Add($"{at}employments[{e}].conditionsComparable", anyBool.Select(v => Member(index, WithJob(job with { ConditionsComparable = v }))));
                    }
                }
            }
        }

        if (options.Count == 0)
        {
            return Gen.Constant(new Filled(h, h, "nothing (no unknown fact)"));
        }

        return from k in Gen.Choose(0, options.Count - 1)
               from after in options[k].After
               select new Filled(h, after, options[k].What);
    }
}
