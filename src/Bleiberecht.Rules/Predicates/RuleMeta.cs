using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Predicates;

/// <summary>The identity of a rule node: stable id, plain-language label and the authority it rests on.</summary>
/// <param name="Id">Stable element id (see <see cref="Regimes.ImkElements"/>), or a sub-id below it (e.g. <c>IMK.Livelihood.Secured/Job</c>).</param>
/// <param name="Label">German and English label.</param>
/// <param name="Citations">At least one citation: IMK point, statute, or source line.</param>
public sealed record RuleMeta(string Id, Label Label, IReadOnlyList<Citation> Citations)
{
    /// <summary>Creates metadata; a rule node without a citation is a programming error.</summary>
    public static RuleMeta Of(string id, string de, string en, params Citation[] citations)
    {
        if (citations.Length == 0)
        {
            throw new ArgumentException($"Rule node '{id}' needs at least one citation.", nameof(citations));
        }

        return new RuleMeta(id, new Label(de, en), citations);
    }
}
