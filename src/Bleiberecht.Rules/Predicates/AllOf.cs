using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>Every requirement must hold (Kleene conjunction: one False decides, else one Unknown leaves it open).</summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class AllOf<TContext> : Rule<TContext>
{
    private readonly IReadOnlyList<Rule<TContext>> _parts;
    private readonly Func<TContext, string?> _subject;

    /// <summary>Creates a conjunction.</summary>
    public AllOf(RuleMeta meta, IReadOnlyList<Rule<TContext>> parts, Func<TContext, string?>? subject = null)
        : base(meta)
    {
        _parts = parts;
        _subject = subject ?? (_ => null);
    }

    /// <summary>The conjuncts, in the order the authority checks them.</summary>
    public IReadOnlyList<Rule<TContext>> Parts => _parts;

    /// <inheritdoc />
    public override ExplanationNode Explain(TContext context)
    {
        var children = new ExplanationNode[_parts.Count];
        var result = Truth.True;
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = _parts[i].Explain(context);
            result = result.And(children[i].Result);
        }

        return Node(result, _subject(context), null, MissingOf(children), children);
    }
}

/// <summary>At least one alternative must hold (Kleene disjunction).</summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class AnyOf<TContext> : Rule<TContext>
{
    private readonly IReadOnlyList<Rule<TContext>> _alternatives;
    private readonly Func<TContext, string?> _subject;

    /// <summary>Creates a disjunction.</summary>
    public AnyOf(RuleMeta meta, IReadOnlyList<Rule<TContext>> alternatives, Func<TContext, string?>? subject = null)
        : base(meta)
    {
        _alternatives = alternatives;
        _subject = subject ?? (_ => null);
    }

    /// <inheritdoc />
    public override ExplanationNode Explain(TContext context)
    {
        var children = new ExplanationNode[_alternatives.Count];
        var result = Truth.False;
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = _alternatives[i].Explain(context);
            result = result.Or(children[i].Result);
        }

        return Node(result, _subject(context), null, MissingOf(children), children);
    }
}
