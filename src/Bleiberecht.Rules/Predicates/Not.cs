using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>
/// Negation, used for exclusion grounds: "no conviction above the threshold" is Not(conviction above threshold).
/// Unknown stays Unknown.
/// </summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class Not<TContext> : Rule<TContext>
{
    private readonly Rule<TContext> _inner;

    /// <summary>Creates a negation.</summary>
    public Not(RuleMeta meta, Rule<TContext> inner)
        : base(meta) => _inner = inner;

    /// <inheritdoc />
    public override ExplanationNode Explain(TContext context)
    {
        var child = _inner.Explain(context);
        return Node(child.Result.Not(), child.Subject, null, child.Missing, [child]);
    }

    /// <inheritdoc />
    public override Truth Evaluate(TContext context) => _inner.Evaluate(context).Not();
}

/// <summary>
/// A requirement with an explicit exception (Catala style): the requirement holds, <em>unless</em> the exception
/// applies, in which case it is waived. Kleene: requirement ∨ exception, with both branches in the explanation.
/// </summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class Unless<TContext> : Rule<TContext>
{
    private readonly Rule<TContext> _requirement;
    private readonly Rule<TContext> _exception;

    /// <summary>Creates a requirement with an exception.</summary>
    public Unless(RuleMeta meta, Rule<TContext> requirement, Rule<TContext> exception)
        : base(meta)
    {
        _requirement = requirement;
        _exception = exception;
    }

    /// <inheritdoc />
    public override ExplanationNode Explain(TContext context)
    {
        var requirement = _requirement.Explain(context);
        var exception = _exception.Explain(context);
        var children = new[] { requirement, exception };
        var result = requirement.Result.Or(exception.Result);
        return Node(result, requirement.Subject, null, result == Truth.Unknown ? MissingOf(children) : [], children);
    }

    /// <inheritdoc />
    public override Truth Evaluate(TContext context) => _requirement.Evaluate(context).Or(_exception.Evaluate(context));
}
