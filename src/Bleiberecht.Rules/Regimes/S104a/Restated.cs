using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// A block of the IMK regime reused as a requirement of § 104a: the same test (one definition), under the statute's
/// id, label and citation, with the block's own node as its only child. As a user-defined element it runs on the bulk
/// path through <see cref="Evaluate"/> (no tree built).
/// </summary>
internal sealed class Restated<TContext>(RuleMeta meta, Rule<TContext> block, Func<TContext, string?> subject) : Rule<TContext>(meta)
{
    public override ExplanationNode Explain(TContext context)
    {
        var inner = block.Explain(context);
        return Node(inner.Result, subject(context), null, inner.Missing, [inner]);
    }

    public override Truth Evaluate(TContext context) => block.Evaluate(context);

    /// <summary>The restated block (the bulk path runs its kernel where the block is a built-in element's rule).</summary>
    internal Rule<TContext> Block => block;
}
