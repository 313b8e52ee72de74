using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>
/// A Kleene junction over sub-requirements: all of them are explained (an advisor needs every failing part, not
/// just the first), and their verdicts are folded with the junction's operator.
/// </summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public abstract class Junction<TContext> : Rule<TContext>
{
    private readonly Func<TContext, string?>? _subject;
    private readonly Truth _identity;

    /// <summary>The parts as an array: read by index without an interface call per part on every explanation.</summary>
    private readonly Rule<TContext>[] _parts;

    /// <summary>
    /// Creates a junction with its neutral element, which names its operator: True for the conjunction (Kleene
    /// minimum), False for the disjunction (maximum) — folded inline rather than through a delegate per part.
    /// </summary>
    private protected Junction(RuleMeta meta, IReadOnlyList<Rule<TContext>> parts, Func<TContext, string?>? subject, Truth identity)
        : base(meta)
    {
        Parts = parts;
        _parts = parts is null ? null! : [.. parts];   // a null list fails when explained, as before
        _subject = subject;
        _identity = identity;
    }

    /// <summary>The junction's operator: <see cref="TruthExtensions.And"/> for all-of, <see cref="TruthExtensions.Or"/> for any-of.</summary>
    private Truth Combine(Truth a, Truth b) => _identity == Truth.True ? a.And(b) : a.Or(b);

    /// <summary>The sub-requirements, in the order the authority checks them.</summary>
    public IReadOnlyList<Rule<TContext>> Parts { get; }

    /// <inheritdoc />
    public override ExplanationNode Explain(TContext context)
    {
        var parts = _parts;
        var children = new ExplanationNode[parts.Length];
        var result = _identity;
        for (var i = 0; i < parts.Length; i++)
        {
            children[i] = parts[i].Explain(context);
            result = Combine(result, children[i].Result);
        }

        // A node keeps its questions only while its verdict is open (Node), so they are united only then.
        return Node(result, _subject?.Invoke(context), null, result == Truth.Unknown ? MissingOf(children) : [], children);
    }

    /// <inheritdoc />
    public override Truth Evaluate(TContext context)
    {
        var result = _identity;
        var parts = _parts;
        for (var i = 0; i < parts.Length; i++)
        {
            result = Combine(result, parts[i].Evaluate(context));
        }

        return result;
    }
}

/// <summary>Every requirement must hold (Kleene conjunction: one False decides, else one Unknown leaves it open).</summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class AllOf<TContext>(RuleMeta meta, IReadOnlyList<Rule<TContext>> parts, Func<TContext, string?>? subject = null)
    : Junction<TContext>(meta, parts, subject, Truth.True);

/// <summary>At least one alternative must hold (Kleene disjunction: one True decides, else one Unknown leaves it open).</summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class AnyOf<TContext>(RuleMeta meta, IReadOnlyList<Rule<TContext>> alternatives, Func<TContext, string?>? subject = null)
    : Junction<TContext>(meta, alternatives, subject, Truth.False);
