namespace Bleiberecht.Rules.Profiles;

/// <summary>Levenshtein distance, for "did you mean" suggestions on profile ids and option ids.</summary>
internal static class EditDistance
{
    /// <summary>Number of single-character insertions, deletions or substitutions turning one string into the other.</summary>
    public static int Between(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
