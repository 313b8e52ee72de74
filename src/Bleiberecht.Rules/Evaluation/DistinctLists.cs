namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// Order-preserving de-duplication for the short lists of grounds and questions a decision carries: a linear
/// <see cref="List{T}.Contains"/> beats hashing long question texts at these sizes.
/// </summary>
internal static class DistinctLists
{
    /// <summary>Appends the items not yet in <paramref name="into"/>, in order.</summary>
    public static void AddDistinct<T>(this List<T> into, IReadOnlyList<T> items)
    {
        // Long lists (a household's jobs or members) are hashed: the linear search is quadratic there.
        if (into.Count + items.Count > 32)
        {
            into.AddDistinct(items, [.. into]);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!into.Contains(item))
            {
                into.Add(item);
            }
        }
    }

    /// <summary>
    /// As <see cref="AddDistinct{T}(List{T}, IReadOnlyList{T})"/>, with <paramref name="seen"/> holding what
    /// <paramref name="into"/> holds: for the union over a large household, where the linear search made explaining
    /// 10,000 members quadratic.
    /// </summary>
    public static void AddDistinct<T>(this List<T> into, IReadOnlyList<T> items, HashSet<T> seen)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.Add(items[i]))
            {
                into.Add(items[i]);
            }
        }
    }
}
