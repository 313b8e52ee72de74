using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>How a per-item requirement is combined over the items.</summary>
public enum Quantifier
{
    /// <summary>Every item must meet it (vacuously true with no items).</summary>
    Every,

    /// <summary>At least one item must meet it (false with no items).</summary>
    Some,
}

/// <summary>
/// A quantifier over parts of the context: every member, any child, some job. Each item is explained as its own
/// child node, so an explanation names which member caused a failure.
/// </summary>
/// <typeparam name="TContext">The outer context (e.g. a household).</typeparam>
/// <typeparam name="TItem">The item context (e.g. one member of the household).</typeparam>
public sealed class ForEach<TContext, TItem> : Rule<TContext>
{
    private readonly Quantifier _quantifier;
    private readonly Func<TContext, IEnumerable<TItem>> _items;
    private readonly Rule<TItem> _inner;
    private readonly Func<TContext, Label>? _emptyDetail;

    /// <summary>Creates a quantifier.</summary>
    /// <param name="meta">Id, label, citations.</param>
    /// <param name="quantifier">Every or some.</param>
    /// <param name="items">The items to check (e.g. the minors of school age).</param>
    /// <param name="inner">The requirement for one item.</param>
    /// <param name="emptyDetail">Explanation shown when there are no items.</param>
    public ForEach(RuleMeta meta, Quantifier quantifier, Func<TContext, IEnumerable<TItem>> items, Rule<TItem> inner, Func<TContext, Label>? emptyDetail = null)
        : base(meta)
    {
        _quantifier = quantifier;
        _items = items;
        _inner = inner;
        _emptyDetail = emptyDetail;
    }

    /// <inheritdoc />
    public override ExplanationNode Explain(TContext context)
    {
        var items = _items(context);
        var result = _quantifier == Quantifier.Every ? Truth.True : Truth.False;
        IReadOnlyList<ExplanationNode> children;
        int count;
        if (items is TItem[] or IReadOnlyList<TItem>)   // the array first: an interface cast of an array is slower
        {
            // The usual items (a household's members, children, jobs) are arrays: read over their storage (an
            // interface call on an array goes through a resolve stub and an instantiating stub), a list's too, others
            // copied; no enumerator object; into an array of their number (none for no items).
            ReadOnlySpan<TItem> span = items is TItem[] storage ? storage : items is List<TItem> grown ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(grown) : [.. (IReadOnlyList<TItem>)items];
            var array = span.Length == 0 ? [] : new ExplanationNode[span.Length];
            for (var i = 0; i < array.Length; i++)
            {
                var child = _inner.Explain(span[i]);
                array[i] = child;
                result = _quantifier == Quantifier.Every ? result.And(child.Result) : result.Or(child.Result);
            }

            children = array;
            count = array.Length;
        }
        else
        {
            var growing = new List<ExplanationNode>(items is IReadOnlyCollection<TItem> known ? known.Count : 4);
            foreach (var item in items)
            {
                var child = _inner.Explain(item);
                growing.Add(child);
                result = _quantifier == Quantifier.Every ? result.And(child.Result) : result.Or(child.Result);
            }

            children = growing;
            count = growing.Count;
        }

        var detail = count == 0 ? _emptyDetail?.Invoke(context) : null;
        return Node(result, null, detail, result == Truth.Unknown ? MissingOf(children) : [], children);
    }

    /// <inheritdoc />
    public override Truth Evaluate(TContext context)
    {
        var every = _quantifier == Quantifier.Every;
        var result = every ? Truth.True : Truth.False;
        var items = _items(context);
        if (items is IReadOnlyList<TItem> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var verdict = _inner.Evaluate(list[i]);
                result = every ? result.And(verdict) : result.Or(verdict);
            }

            return result;
        }

        foreach (var item in items)
        {
            var verdict = _inner.Evaluate(item);
            result = every ? result.And(verdict) : result.Or(verdict);
        }

        return result;
    }
}
