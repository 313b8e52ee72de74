using System.Runtime.InteropServices;

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
        // The lists on the explain path are arrays or lists: read over their storage, without an interface call per
        // item (on an array each goes through a resolve stub and an instantiating stub).
        if (items is T[] array)
        {
            into.AddDistinct((ReadOnlySpan<T>)array);
        }
        else if (items is List<T> list)
        {
            into.AddDistinct((ReadOnlySpan<T>)CollectionsMarshal.AsSpan(list));
        }
        else
        {
            into.AddDistinct((ReadOnlySpan<T>)[.. items]);
        }
    }

    /// <summary>Appends the items not yet in <paramref name="into"/>, in order.</summary>
    public static void AddDistinct<T>(this List<T> into, ReadOnlySpan<T> items)
    {
        // Long lists (a household's jobs or members) are hashed: the linear search is quadratic there.
        if (into.Count + items.Length > 32)
        {
            HashSet<T> seen = [.. into];
            foreach (var item in items)
            {
                if (seen.Add(item))
                {
                    into.Add(item);
                }
            }

            return;
        }

        foreach (var item in items)
        {
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

    /// <summary>The number of items, without an interface call for an array or a list.</summary>
    public static int Count<T>(IReadOnlyList<T> items) => items is T[] array ? array.Length : items is List<T> list ? list.Count : items.Count;

    /// <summary>Whether no item occurs twice (a short list: compared pairwise, as <see cref="List{T}.Contains"/> would).</summary>
    public static bool IsDistinct<T>(IReadOnlyList<T> items)
    {
        var count = Count(items);
        if (count < 2)
        {
            return true;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 1; i < count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (comparer.Equals(items[i], items[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
