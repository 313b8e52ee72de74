using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Predicates;

/// <summary>
/// A cited, three-valued requirement over a context (a household, a member, a job). Rules are immutable and can be
/// shared between threads and rule sets.
/// </summary>
/// <typeparam name="TContext">What the rule is evaluated against.</typeparam>
public abstract class Rule<TContext>
{
    /// <summary>Creates a rule node with its identity.</summary>
    protected Rule(RuleMeta meta) => Meta = meta;

    /// <summary>Stable id, label and citations.</summary>
    public RuleMeta Meta { get; }

    /// <summary>The verdict and the full explanation tree (allocates; for one case at a time).</summary>
    public abstract ExplanationNode Explain(TContext context);

    /// <summary>
    /// The verdict alone, without building the explanation tree: what the bulk path asks of a rule that has no
    /// columnar form (e.g. a user-defined predicate in a composed regime). Always equal to
    /// <c>Explain(context).Result</c>; the built-in nodes override it so that they allocate nothing of their own.
    /// </summary>
    public virtual Truth Evaluate(TContext context) => Explain(context).Result;

    /// <summary>Builds a node for this rule.</summary>
    protected ExplanationNode Node(Truth result, string? subject, Label? detail, IReadOnlyList<MissingFact> missing, IReadOnlyList<ExplanationNode> children)
        => new(Meta, result, subject, detail, result == Truth.Unknown ? missing : [], children);

    /// <summary>Facts to ask for: those of the children whose verdict is still unknown, without duplicates.</summary>
    protected static IReadOnlyList<MissingFact> MissingOf(IReadOnlyList<ExplanationNode> children) => MissingFacts.OfUnknown(children);
}
