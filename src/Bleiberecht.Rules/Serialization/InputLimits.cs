namespace Bleiberecht.Rules.Serialization;

/// <summary>
/// The documented limits of case and variant documents (README "Input limits", docs/adr/0008). They are far above any
/// real case — the regulation concerns persons born in the 20th century and decided on from 2006 to 2009 — and they
/// keep every sum and date computation of the rules inside its type's range, so bad input is an error with its JSON
/// path instead of an overflow, a crash or a silently wrong decision. The validator enforces them and the schemas
/// state them.
/// </summary>
public static class InputLimits
{
    /// <summary>Earliest date accepted for any date fact.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>Latest date accepted for any date fact.</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>Largest monthly amount in EUR (pay, need, notional benefits).</summary>
    public const decimal MaxMonthlyEur = 1_000_000m;

    /// <summary>Largest net hourly pay in EUR.</summary>
    public const decimal MaxHourlyEur = 10_000m;

    /// <summary>Largest share of the collective or local wage (1 = the full wage).</summary>
    public const decimal MaxWageShare = 100m;

    /// <summary>Largest number of day-fines of one conviction: § 54 Abs. 2 S. 2 StGB caps a total fine at 720 [background].</summary>
    public const int MaxDayFines = 720;

    /// <summary>Largest number of months of one prison sentence (50 years).</summary>
    public const int MaxPrisonMonths = 600;

    /// <summary>Largest number of months already worked in one job (100 years).</summary>
    public const int MaxMonthsWorked = 1_200;

    /// <summary>Largest number of confirmed embassy visits.</summary>
    public const int MaxEmbassyVisits = 1_000;

    /// <summary>Most members of one household.</summary>
    public const int MaxMembers = 10_000;

    /// <summary>Most entries of each list of one person (jobs, convictions, misconduct, interruptions, status history).</summary>
    public const int MaxEntriesPerList = 100;

    /// <summary>Longest string (case id, member id, Land, Kommune, origin; variant name, citation), in UTF-16 characters.</summary>
    public const int MaxStringLength = 200;

    /// <summary>Longest variant description, in UTF-16 characters.</summary>
    public const int MaxDescriptionLength = 4_000;

    /// <summary>Most citations of one variant.</summary>
    public const int MaxCitations = 100;

    /// <summary>Largest case document read as a whole (<see cref="CaseJson.Read(string, string)"/>, files, streams), in bytes of UTF-8.</summary>
    public const long MaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>Largest single household in a stream read by <see cref="CaseJson.ReadMany(Stream, string)"/>, in bytes of UTF-8.</summary>
    public const int MaxHouseholdBytes = 64 * 1024 * 1024;

    /// <summary>Largest variant document, in bytes of UTF-8.</summary>
    public const int MaxVariantBytes = 1024 * 1024;

    /// <summary>Most characters of a user's value echoed in an error message; longer values are cut with "…".</summary>
    public const int MaxEcho = 40;

    /// <summary>Names longer than this get no "did you mean" (the edit distance is quadratic in the name's length).</summary>
    public const int MaxSuggestedNameLength = 64;

    /// <summary>A user's value for an error message: at most <see cref="MaxEcho"/> characters, never a lone surrogate.</summary>
    public static string Echo(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var cut = value.Length > MaxEcho ? value[..MaxEcho] : value;
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        var text = cut.Length == value.Length ? cut : cut + "…";
        return text.Any(char.IsSurrogate) && !IsWellFormed(text) ? "(invalid text)" : text;
    }

    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
