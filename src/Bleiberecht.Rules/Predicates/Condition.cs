using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>A leaf requirement: one test on the facts, e.g. "holds a Duldung".</summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public sealed class Condition<TContext> : Rule<TContext>
{
    private readonly Func<TContext, Check> _test;
    private readonly Func<TContext, string?>? _subject;

    // The last node made for each definite verdict of a leaf about no one (a household fact): immutable, so when the
    // test gives the same verdict with the same detail object (a shared label) and nothing to ask, that node is the
    // answer again instead of an equal new one. A race only stores one of two equal nodes.
    private readonly ExplanationNode?[] _shared = new ExplanationNode?[3];

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
        var subject = _subject?.Invoke(context);
        if (subject is not null || check.Result == Truth.Unknown || (uint)check.Result >= (uint)_shared.Length)
        {
            return Node(check.Result, subject, check.Detail, check.Missing, []);
        }

        var shared = _shared[(int)check.Result];
        if (shared is not null && ReferenceEquals(shared.Detail, check.Detail))
        {
            return shared;
        }

        return _shared[(int)check.Result] = Node(check.Result, null, check.Detail, check.Missing, []);
    }

    /// <inheritdoc />
    public override Truth Evaluate(TContext context) => _test(context).Result;
}
