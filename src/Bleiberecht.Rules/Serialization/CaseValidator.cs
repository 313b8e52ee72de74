using System.Globalization;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Checks a deserialized case for facts that cannot be true together (a child entering before birth, a period
/// ending before it starts) and for values outside the documented <see cref="InputLimits"/> (dates, amounts,
/// day-fines, list sizes, string lengths, enum values). Such input would otherwise give a confident but meaningless
/// decision, or an overflow. Messages cut echoed values to <see cref="InputLimits.MaxEcho"/> characters and never
/// repeat a date of birth (personal data in logs).
/// </summary>
public static class CaseValidator
{
    /// <summary>All problems found, each with its JSON path; empty when the case is consistent.</summary>
    public static IReadOnlyList<JsonProblem> Validate(Household household, string root = "$")
    {
        var problems = new List<JsonProblem>();
        void Add(string path, string message) => problems.Add(new JsonProblem(path, null, null, message));

        if (string.IsNullOrWhiteSpace(household.CaseId))
        {
            Add($"{root}.caseId", "must not be empty");
        }

        Text(household.CaseId, root, "caseId", Add);
        Text(household.Land, root, "land", Add);
        Text(household.Kommune, root, "kommune", Add);
        Date(household.ApplicationDate, root, "applicationDate", Add);
        Date(household.DecisionDate, root, "decisionDate", Add);
        if (household.Livelihood is { } l)
        {
            Amount(l.MonthlyNeedEur, root, "livelihood.monthlyNeedEur", InputLimits.MaxMonthlyEur, Add);
            Amount(l.NotionalChildBenefitEur, root, "livelihood.notionalChildBenefitEur", InputLimits.MaxMonthlyEur, Add);
            Amount(l.NotionalHousingBenefitEur, root, "livelihood.notionalHousingBenefitEur", InputLimits.MaxMonthlyEur, Add);
        }

        if (household.WorkLivelihood is { } w)
        {
            // § 104a Abs. 5 S. 2: the months secured are part of the period; more is a contradiction, not a fact.
            Whole(w.MonthsInPeriod, root, "workLivelihood.monthsInPeriod", InputLimits.MaxMonthsWorked, Add);
            Whole(w.MonthsSecuredByWork, root, "workLivelihood.monthsSecuredByWork", InputLimits.MaxMonthsWorked, Add);
            Date(w.FullySecuredSince, root, "workLivelihood.fullySecuredSince", Add);
            if (w.MonthsSecuredByWork > w.MonthsInPeriod)
            {
                Add($"{root}.workLivelihood.monthsSecuredByWork", "must not exceed monthsInPeriod");
            }
        }

        if (household.Members is null || household.Members.Count == 0)
        {
            Add($"{root}.members", "a household needs at least one member");
            return problems;
        }

        if (household.Members.Count > InputLimits.MaxMembers)
        {
            Add($"{root}.members", $"{household.Members.Count} members exceed the limit of {InputLimits.MaxMembers:N0} per household");
            return problems;
        }

        if (household.ApplicationFiled == false && household.ApplicationDate is not null)
        {
            Add($"{root}.applicationDate", "an application date is given but applicationFiled is false");
        }


        // Null entries first: the checks below read every entry, and nothing is lost by reporting them all at once.
        if (HouseholdShape.NullEntries(household, root) is { } nulls)
        {
            foreach (var path in nulls)
            {
                Add(path, HouseholdShape.NullEntry);
            }

            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < household.Members.Count; i++)
        {
            var p = household.Members[i];
            var at = $"{root}.members[{i}]";

            if (string.IsNullOrWhiteSpace(p.Id))
            {
                Add($"{at}.id", "must not be empty");
            }
            else if (!ids.Add(p.Id))
            {
                Add($"{at}.id", $"duplicate member id '{InputLimits.Echo(p.Id)}'");
            }

            Text(p.Id, at, "id", Add);
            Text(p.Identity?.Origin, at, "identity.origin", Add);
            Defined(p.Role, at, "role", Add);
            Defined(p.GermanLevel, at, "germanLevel", Add);
            Date(p.BirthDate, at, "birthDate", Add);
            Date(p.EntryDate, at, "entryDate", Add);
            Date(p.GermanLevelSince, at, "germanLevelSince", Add);
            Date(p.ExtremismLinksEndedOn, at, "extremismLinksEndedOn", Add);
            RangeFact(p.EntryDateRange, p.EntryDate, at, "entryDate", "entry", "entry date", Add);
            RangeFact(p.BirthDateRange, p.BirthDate, at, "birthDate", "birth date", "birth date", Add);
            // Compared, not echoed (personal data), as the exact dates below.
            if (p.BirthDateRange?.From is { } earliestBirth && p.EntryDate is { } entered && entered < earliestBirth)
            {
                Add($"{at}.entryDate", "the entry date is before the earliest date of birth");
            }

            Whole(p.Identity?.ConfirmedEmbassyVisits, at, "identity.confirmedEmbassyVisits", InputLimits.MaxEmbassyVisits, Add);
            if (Count(p) > InputLimits.MaxEntriesPerList)
            {
                // One problem per oversized list rather than one per entry; the entries are not checked.
                Count(p.Interruptions?.Count, $"{at}.interruptions", Add);
                Count(p.StatusHistory?.Count, $"{at}.statusHistory", Add);
                Count(p.Employments?.Count, $"{at}.employments", Add);
                Count(p.Convictions?.Count, $"{at}.convictions", Add);
                Count(p.Misconduct?.Count, $"{at}.misconduct", Add);
                continue;
            }

            PersonDates(p, at, Add);

            // The entry date is compared, not echoed: a date of birth is personal data that does not belong in logs.
            if (p.BirthDate is { } birth && p.EntryDate is { } entry && entry < birth)
            {
                Add($"{at}.entryDate", "the entry date is before the date of birth");
            }

            // A period without any status is an interruption of the stay (Person.Interruptions: "periods abroad or
            // without any status"). Where the interruptions are known, they are the complete list, so a history
            // period without status outside them contradicts them; reading an unknown history as "no further gaps"
            // is then exact rather than a guess (docs/adr/0008).
            if (p.Interruptions is { } known && p.StatusHistory is { } history)
            {
                for (var k = 0; k < history.Count; k++)
                {
                    var period = history[k];
                    if (period.Status == ResidenceStatus.None && !known.Any(g => g.From <= period.From && (g.To is null || (period.To is { } to && to <= g.To))))
                    {
                        Add($"{at}.statusHistory[{k}]", "a period without any status interrupts the stay, but the known interruptions do not include it: list it in interruptions too, or leave interruptions null (unknown)");
                    }
                }
            }

            CheckPeriods(p.Interruptions?.Select(x => (x.From, x.To)), $"{at}.interruptions", Add);
            for (var g = 0; g < (p.Interruptions?.Count ?? 0); g++)
            {
                if (p.Interruptions![g] is { EndUnknown: true, To: not null })
                {
                    Add($"{at}.interruptions[{g}].endUnknown", "an interruption with a known end (to) cannot have an unknown end; give either to or endUnknown");
                }
            }

            CheckPeriods(p.StatusHistory?.Select(x => (x.From, x.To)), $"{at}.statusHistory", Add);
            CheckPeriods(p.Misconduct?.Select(x => (x.From ?? DateOnly.MinValue, x.To)), $"{at}.misconduct", Add);
            CheckPeriods(p.Employments?.Select(x => (x.Start ?? DateOnly.MinValue, x.End)), $"{at}.employments", Add, "start", "end");

            for (var c = 0; c < (p.Convictions?.Count ?? 0); c++)
            {
                var conviction = p.Convictions![c];
                Whole(conviction.DayFines, $"{at}.convictions[{c}].dayFines", null, InputLimits.MaxDayFines, Add);
                Whole(conviction.PrisonMonths, $"{at}.convictions[{c}].prisonMonths", null, InputLimits.MaxPrisonMonths, Add);
                Defined(conviction.Sentence, $"{at}.convictions[{c}].sentence", null, Add);
                Defined(conviction.Culpability, $"{at}.convictions[{c}].culpability", null, Add);

                if (conviction.Sentence == SentenceKind.Prison && conviction.DayFines is not null)
                {
                    Add($"{at}.convictions[{c}].dayFines", "a prison sentence has no day-fines; record a fine as a separate conviction");
                }

                if (conviction.DayFinesRange is { } range)
                {
                    var rp = $"{at}.convictions[{c}].dayFinesRange";
                    Whole(range.Min, rp, "min", InputLimits.MaxDayFines, Add);
                    Whole(range.Max, rp, "max", InputLimits.MaxDayFines, Add);
                    if (range.Min is { } lo && range.Max is { } hi && hi < lo)
                    {
                        Add($"{rp}.max", string.Create(CultureInfo.InvariantCulture, $"max ({hi}) is below min ({lo})"));
                    }

                    if (conviction.DayFines is not null || conviction.Sentence == SentenceKind.Prison)
                    {
                        Add(rp, "a range is for an unknown number of day-fines of a fine; give either dayFines or dayFinesRange");
                    }
                }

                if (conviction.LifeSentence && (conviction.Sentence != SentenceKind.Prison || conviction.PrisonMonths is not null))
                {
                    Add($"{at}.convictions[{c}].lifeSentence", "a life sentence is a prison sentence without prisonMonths");
                }
            }

            for (var e = 0; e < (p.Employments?.Count ?? 0); e++)
            {
                var job = p.Employments![e];
                var jp = $"{at}.employments[{e}]";
                Defined(job.Kind, jp, "kind", Add);
                Amount(job.GrossMonthlyEur, jp, "grossMonthlyEur", InputLimits.MaxMonthlyEur, Add);
                Amount(job.NetMonthlyEur, jp, "netMonthlyEur", InputLimits.MaxMonthlyEur, Add);
                Amount(job.NetHourlyEur, jp, "netHourlyEur", InputLimits.MaxHourlyEur, Add);
                Amount(job.ShareOfCollectiveWage, jp, "shareOfCollectiveWage", InputLimits.MaxWageShare, Add);
                Whole(job.MonthsAlreadyWorked, jp, "monthsAlreadyWorked", InputLimits.MaxMonthsWorked, Add);

                if (job.NetMonthlyEur is { } net && job.GrossMonthlyEur is { } gross && net > gross)
                {
                    Add($"{at}.employments[{e}].netMonthlyEur", string.Create(CultureInfo.InvariantCulture, $"net pay {net} exceeds gross pay {gross}"));
                }
            }

            for (var k = 0; k < (p.StatusHistory?.Count ?? 0); k++)
            {
                Defined(p.StatusHistory![k].Status, $"{at}.statusHistory[{k}].status", null, Add);
            }

            for (var k = 0; k < (p.Misconduct?.Count ?? 0); k++)
            {
                Defined(p.Misconduct![k].Kind, $"{at}.misconduct[{k}].kind", null, Add);
            }
        }

        return problems;
    }

    private static int Count(Person p)
        => Math.Max(Math.Max(p.Interruptions?.Count ?? 0, p.StatusHistory?.Count ?? 0), Math.Max(Math.Max(p.Employments?.Count ?? 0, p.Convictions?.Count ?? 0), p.Misconduct?.Count ?? 0));

    private static void Count(int? count, string at, Action<string, string> add)
    {
        if (count > InputLimits.MaxEntriesPerList)
        {
            add(at, $"{count} entries exceed the limit of {InputLimits.MaxEntriesPerList} per person");
        }
    }

    private static void Text(string? value, string parent, string? name, Action<string, string> add)
    {
        if (value is { Length: > InputLimits.MaxStringLength })
        {
            add(At(parent, name), $"{value.Length:N0} characters exceed the limit of {InputLimits.MaxStringLength}");
        }
    }

    /// <summary>
    /// A fact known only as a range (<c>entryDateRange</c>, <c>birthDateRange</c>): both bounds valid dates, the latest
    /// not before the earliest, and not given beside the exact date it stands for.
    /// </summary>
    private static void RangeFact(Facts.DateRange? range, DateOnly? exact, string at, string fact, string latestNoun, string unknownNoun, Action<string, string> add)
    {
        if (range is not { } r)
        {
            return;
        }

        Date(r.From, $"{at}.{fact}Range", "from", add);
        Date(r.To, $"{at}.{fact}Range", "to", add);
        if (r.From is { } earliest && r.To is { } latest && latest < earliest)
        {
            add($"{at}.{fact}Range.to", $"the latest {latestNoun} is before the earliest");
        }

        if (exact is not null)
        {
            add($"{at}.{fact}Range", $"a range is for an unknown {unknownNoun}; give either {fact} or {fact}Range");
        }
    }

    private static void Date(DateOnly? value, string parent, string? name, Action<string, string> add)
    {
        // The date itself is not echoed (it may be a date of birth).
        if (value is { } d && (d < InputLimits.EarliestDate || d > InputLimits.LatestDate))
        {
            add(At(parent, name), string.Create(CultureInfo.InvariantCulture, $"the date lies outside {InputLimits.EarliestDate:yyyy-MM-dd}..{InputLimits.LatestDate:yyyy-MM-dd} (the documented range)"));
        }
    }

    private static void Amount(decimal? value, string parent, string? name, decimal max, Action<string, string> add)
    {
        if (value is < 0)
        {
            add(At(parent, name), "must not be negative");
        }
        else if (value > max)
        {
            add(At(parent, name), string.Create(CultureInfo.InvariantCulture, $"exceeds the limit of {max:N0}"));
        }
    }

    private static void Whole(int? value, string parent, string? name, int max, Action<string, string> add)
    {
        if (value is < 0)
        {
            add(At(parent, name), "must not be negative");
        }
        else if (value > max)
        {
            add(At(parent, name), string.Create(CultureInfo.InvariantCulture, $"exceeds the limit of {max:N0}"));
        }
    }

    private static void Defined<T>(T? value, string parent, string? name, Action<string, string> add)
        where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            add(At(parent, name), $"not a defined value; expected one of {string.Join(", ", Enum.GetNames<T>())}");
        }
    }

    private static void Defined<T>(T value, string parent, string? name, Action<string, string> add)
        where T : struct, Enum => Defined((T?)value, parent, name, add);

    /// <summary>The path of a checked value, built only when it has a problem (the checks run on every fact).</summary>
    private static string At(string parent, string? name) => name is null ? parent : parent + "." + name;

    private static void PersonDates(Person p, string at, Action<string, string> add)
    {
        for (var k = 0; k < (p.Interruptions?.Count ?? 0); k++)
        {
            Date(p.Interruptions![k].From, $"{at}.interruptions[{k}].from", null, add);
            Date(p.Interruptions[k].To, $"{at}.interruptions[{k}].to", null, add);
        }

        for (var k = 0; k < (p.StatusHistory?.Count ?? 0); k++)
        {
            Date(p.StatusHistory![k].From, $"{at}.statusHistory[{k}].from", null, add);
            Date(p.StatusHistory[k].To, $"{at}.statusHistory[{k}].to", null, add);
        }

        for (var k = 0; k < (p.Misconduct?.Count ?? 0); k++)
        {
            Date(p.Misconduct![k].From, $"{at}.misconduct[{k}].from", null, add);
            Date(p.Misconduct[k].To, $"{at}.misconduct[{k}].to", null, add);
        }

        for (var k = 0; k < (p.Employments?.Count ?? 0); k++)
        {
            Date(p.Employments![k].Start, $"{at}.employments[{k}].start", null, add);
            Date(p.Employments[k].End, $"{at}.employments[{k}].end", null, add);
        }

        for (var k = 0; k < (p.Convictions?.Count ?? 0); k++)
        {
            Date(p.Convictions![k].Date, $"{at}.convictions[{k}].date", null, add);
        }
    }

    private static void CheckPeriods(IEnumerable<(DateOnly From, DateOnly? To)>? periods, string at, Action<string, string> add, string from = "from", string to = "to")
    {
        var i = 0;
        foreach (var (f, t) in periods ?? [])
        {
            if (t is { } end && end < f)
            {
                add($"{at}[{i}].{to}", string.Create(CultureInfo.InvariantCulture, $"ends {end:yyyy-MM-dd} before it starts {f:yyyy-MM-dd} ({from})"));
            }

            i++;
        }
    }
}
