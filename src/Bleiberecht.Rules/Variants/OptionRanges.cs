using System.Globalization;
using System.Text.Json;

namespace Bleiberecht.Rules.Variants;

/// <summary>
/// Plausible ranges for numeric and date options. A variant outside them is almost certainly a typo (a child age of
/// 30, a share of 70 instead of 0.70, a deadline in 2070); the bounds are documented here so a deliberate extreme
/// value fails loudly rather than silently.
/// </summary>
public static class OptionRanges
{
    /// <summary>Earliest plausible date: the resolution (L3-4).</summary>
    public static readonly DateOnly EarliestDate = new(2006, 11, 17);

    /// <summary>Latest plausible date: end of the § 104a permits plus one year ([background] 31.12.2009).</summary>
    public static readonly DateOnly LatestDate = new(2010, 12, 31);

    /// <summary>The problems with a value of an option whose type is already known to be right.</summary>
    public static IEnumerable<string> Check(string optionId, JsonElement value)
    {
        switch (optionId)
        {
            case "Family.MinChildAge":
                return Int(value, null, 0, 17, "a minor's age in years");
            case "Employment.MinPriorEmploymentMonths":
                return Int(value, null, 0, 120, "months");
            case "Exclusion.DeceptionLookbackYears":
                return Int(value, null, 0, 50, "years");
            case "Income.MinimumGrossForSingle":
                return Dec(value, null, 0, 10_000, "EUR per month");
            case "Procedure.FastTrackOnJobOffer":
                return Int(value, null, 0, 365, "working days");
            case "Income.WageFloor":
                return Dec(value, "minShareOfCollectiveOrLocalWage", 0, 1, "a share between 0 and 1 (e.g. 0.70)")
                    .Concat(Dec(value, "minNetHourlyEur", 0, 100, "EUR per hour"));
            case "Exclusion.ConvictionDayFineThreshold":
                var issues = Int(value, "general", 0, 720, "day-fines (§ 54 StGB caps a total sentence at 720)")
                    .Concat(Int(value, "foreignerOnlyOffences", 0, 720, "day-fines")).ToList();
                if (Number(value, "general") is { } g && Number(value, "foreignerOnlyOffences") is { } f && f < g)
                {
                    issues.Add(string.Create(CultureInfo.InvariantCulture, $"foreignerOnlyOffences ({f}) must not be below general ({g}): it is the higher threshold"));
                }

                return issues;
            case "Passport.SubstituteAccepted":
                return Int(value, "minConfirmedEmbassyVisits", 0, 50, "visits");
            case "Procedure.BAConsentTurnaroundWeeks":
                var weeks = Int(value, "min", 0, 104, "weeks").Concat(Int(value, "max", 0, 104, "weeks")).ToList();
                if (Number(value, "min") is { } min && Number(value, "max") is { } max && max < min)
                {
                    weeks.Add("max must not be below min");
                }

                return weeks;
            case "LabourMarket.PriorityCheckUntil":
            case "LabourMarket.WorkingConditionsCheckUntil":
            case "Deadline.Application":
            case "Procedure.FinalDecisionDeadline":
                return Date(value, null);
            case "Deadline.WorkTakeUp":
                return Date(value, "date");
            case "Procedure.DeportationStopWhilePending":
                return Date(value, "from").Concat(Date(value, "until"));
            default:
                return [];
        }
    }

    private static JsonElement? Field(JsonElement value, string? field)
    {
        if (field is null)
        {
            return value;
        }

        return value.ValueKind == JsonValueKind.Object && value.TryGetProperty(field, out var f) ? f : null;
    }

    private static decimal? Number(JsonElement value, string? field)
        => Field(value, field) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;

    private static IEnumerable<string> Int(JsonElement value, string? field, int min, int max, string unit)
        => Dec(value, field, min, max, unit);

    private static IEnumerable<string> Dec(JsonElement value, string? field, decimal min, decimal max, string unit)
    {
        if (Number(value, field) is { } n && (n < min || n > max))
        {
            var name = field is null ? "value" : field;
            yield return string.Create(CultureInfo.InvariantCulture, $"{name} {n} is outside {min}..{max} ({unit})");
        }
    }

    private static IEnumerable<string> Date(JsonElement value, string? field)
    {
        if (Field(value, field) is { ValueKind: JsonValueKind.String } s
            && DateOnly.TryParseExact(s.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && (d < EarliestDate || d > LatestDate))
        {
            var name = field is null ? "date" : field;
            yield return string.Create(CultureInfo.InvariantCulture, $"{name} {d:yyyy-MM-dd} is outside {EarliestDate:yyyy-MM-dd}..{LatestDate:yyyy-MM-dd}");
        }
    }
}
