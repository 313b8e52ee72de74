using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>A leaf requirement: one test on the facts, e.g. "holds a Duldung".</summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class Condition<TContext> : Rule<TContext>
{
    private readonly Func<TContext, Check> _test;
    private readonly Func<TContext, string?>? _subject;

    /// <summary>Creates a leaf.</summary>
    /// <param name="meta">Id, label, citations.</param>
    /// <param name="test">The test; returns Unknown with the missing facts when a fact is absent.</param>
    /// <param name="subject">Names whom the test is about (member id), for the explanation.</param>
    public Condition(RuleMeta meta, Func<TContext, Check> test, Func<TContext, string?>? subject = null)
        : base(meta)
    {
        _test = test;
        _subject = subject;
    }

    /// <inheritdoc />
    public override ExplanationNode Explain(TContext context)
    {
        var check = _test(context);
        return Node(check.Result, _subject?.Invoke(context), check.Detail, check.Missing, []);
    }

    /// <inheritdoc />
    public override Truth Evaluate(TContext context) => _test(context).Result;
}
