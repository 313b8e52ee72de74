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
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!into.Contains(item))
            {
                into.Add(item);
            }
        }
    }
}
