using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.S104aExtension;

/// <summary>
/// A household rule read for each member, under its own id and citation: the engine's discretion route is a member
/// element, while the Abs. 6 groups (as IMK Punkt 3.3) are read for the household. The block's node is the only child.
/// </summary>
internal sealed class HouseholdRuleForMember(RuleMeta meta, Rule<HouseholdContext> block) : Rule<MemberContext>(meta)
{
    public override ExplanationNode Explain(MemberContext context)
    {
        var inner = block.Explain(context.Household);
        return Node(inner.Result, context.Person.Id, null, inner.Missing, [inner]);
    }

    public override Truth Evaluate(MemberContext context) => block.Evaluate(context.Household);

    /// <summary>The household rule read for each member (the bulk path runs its kernel where it is IMK Punkt 3.3).</summary>
    internal Rule<HouseholdContext> Block => block;
}
