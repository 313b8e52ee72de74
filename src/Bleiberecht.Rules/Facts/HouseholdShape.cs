namespace Bleiberecht.Rules.Facts;

/// <summary>
/// The structural rule of the facts model: an unknown list is <c>null</c> as a whole, so a list never holds a
/// <c>null</c> entry, and a household's members are never <c>null</c>. Checked before evaluation so that a malformed
/// object built in code gets an error naming the JSON path instead of a <see cref="NullReferenceException"/>.
/// </summary>
internal static class HouseholdShape
{
    /// <summary>Why a null entry is not allowed (appended to the path).</summary>
    public const string NullEntry = "must not be null: an unknown list is null as a whole, its entries are never null";

    /// <summary>
    /// The JSON paths of the null entries, or <c>null</c> if there are none (no allocation then: this runs before
    /// every evaluation); <paramref name="firstOnly"/> stops at the first.
    /// </summary>
    public static List<string>? NullEntries(Household household, string root = "$", bool firstOnly = false)
    {
        if (household.Members is null)
        {
            return [root + ".members"];
        }

        List<string>? found = null;
        for (var i = 0; i < household.Members.Count; i++)
        {
            var p = household.Members[i];
            if (p is null)
            {
                (found ??= []).Add($"{root}.members[{i}]");
            }
            else
            {
                Scan(p.Interruptions, i, "interruptions", root, ref found);
                Scan(p.StatusHistory, i, "statusHistory", root, ref found);
                Scan(p.Employments, i, "employments", root, ref found);
                Scan(p.Convictions, i, "convictions", root, ref found);
                Scan(p.Misconduct, i, "misconduct", root, ref found);
            }

            if (firstOnly && found is not null)
            {
                return found;
            }
        }

        return found;
    }

    /// <summary>Throws if an entry is null (see <see cref="NullEntries"/>).</summary>
    /// <exception cref="ArgumentException">A member or a list entry is null; the message names its JSON path.</exception>
    public static void ThrowIfMalformed(Household household, string parameter)
    {
        if (NullEntries(household, firstOnly: true) is [var path, ..])
        {
            throw new ArgumentException($"{path} ({household.CaseId}) {NullEntry}", parameter);
        }
    }

    /// <summary>Adds the path of each null entry of a list.</summary>
    private static void Scan<T>(IReadOnlyList<T>? list, int member, string name, string root, ref List<string>? found)
        where T : class
    {
        for (var k = 0; k < (list?.Count ?? 0); k++)
        {
            if (list![k] is null)
            {
                (found ??= []).Add($"{root}.members[{member}].{name}[{k}]");
            }
        }
    }
}
