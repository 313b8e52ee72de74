using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// Checks a deserialized case for facts that cannot be true together (a child entering before birth, a period
/// ending before it starts). Such input would otherwise give a confident but meaningless decision.
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

        if (household.Members is null || household.Members.Count == 0)
        {
            Add($"{root}.members", "a household needs at least one member");
            return problems;
        }

        if (household.ApplicationFiled == false && household.ApplicationDate is not null)
        {
            Add($"{root}.applicationDate", "an application date is given but applicationFiled is false");
        }

        if (household.Livelihood?.MonthlyNeedEur is < 0)
        {
            Add($"{root}.livelihood.monthlyNeedEur", "must not be negative");
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
                Add($"{at}.id", $"duplicate member id '{p.Id}'");
            }

            if (p.BirthDate is { } birth && p.EntryDate is { } entry && entry < birth)
            {
                Add($"{at}.entryDate", $"entry {entry:yyyy-MM-dd} is before birth {birth:yyyy-MM-dd}");
            }

            CheckPeriods(p.Interruptions?.Select(x => (x.From, x.To)), $"{at}.interruptions", Add);
            CheckPeriods(p.StatusHistory?.Select(x => (x.From, x.To)), $"{at}.statusHistory", Add);
            CheckPeriods(p.Misconduct?.Select(x => (x.From ?? DateOnly.MinValue, x.To)), $"{at}.misconduct", Add);
            CheckPeriods(p.Employments?.Select(x => (x.Start ?? DateOnly.MinValue, x.End)), $"{at}.employments", Add, "start", "end");

            for (var c = 0; c < (p.Convictions?.Count ?? 0); c++)
            {
                var conviction = p.Convictions![c];
                if (conviction.DayFines is < 0)
                {
                    Add($"{at}.convictions[{c}].dayFines", "must not be negative");
                }

                if (conviction.Sentence == SentenceKind.Prison && conviction.DayFines is not null)
                {
                    Add($"{at}.convictions[{c}].dayFines", "a prison sentence has no day-fines; record a fine as a separate conviction");
                }
            }

            for (var e = 0; e < (p.Employments?.Count ?? 0); e++)
            {
                var job = p.Employments![e];
                if (job.NetMonthlyEur is < 0 || job.GrossMonthlyEur is < 0)
                {
                    Add($"{at}.employments[{e}]", "pay must not be negative");
                }

                if (job.NetMonthlyEur is { } net && job.GrossMonthlyEur is { } gross && net > gross)
                {
                    Add($"{at}.employments[{e}].netMonthlyEur", $"net pay {net} exceeds gross pay {gross}");
                }
            }

            if (p.Identity?.ConfirmedEmbassyVisits is < 0)
            {
                Add($"{at}.identity.confirmedEmbassyVisits", "must not be negative");
            }
        }

        return problems;
    }

    private static void CheckPeriods(IEnumerable<(DateOnly From, DateOnly? To)>? periods, string at, Action<string, string> add, string from = "from", string to = "to")
    {
        var i = 0;
        foreach (var (f, t) in periods ?? [])
        {
            if (t is { } end && end < f)
            {
                add($"{at}[{i}].{to}", $"ends {end:yyyy-MM-dd} before it starts {f:yyyy-MM-dd} ({from})");
            }

            i++;
        }
    }
}
