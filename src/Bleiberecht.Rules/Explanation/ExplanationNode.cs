using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Explanation;

/// <summary>
/// One node of a decision's explanation tree: which rule element was checked, for whom, with what result, why,
/// and on what authority.
/// </summary>
/// <param name="Element">The rule element checked: stable id (see <see cref="Regimes.ImkElements"/>), label and citations.</param>
/// <param name="Result">The three-valued verdict.</param>
/// <param name="Subject">Whom or what the node is about (a member id, a job), or <c>null</c> for the household.</param>
/// <param name="Detail">The facts and arithmetic behind the verdict, e.g. "5 years 364 days &lt; 6 years".</param>
/// <param name="Missing">Facts that would decide an <see cref="Truth.Unknown"/> verdict; empty when definite.</param>
/// <param name="Children">Sub-requirements that produced this verdict.</param>
public sealed record ExplanationNode(
    [property: System.Text.Json.Serialization.JsonIgnore] Predicates.RuleMeta Element,
    Truth Result,
    string? Subject,
    Label? Detail,
    IReadOnlyList<MissingFact> Missing,
    IReadOnlyList<ExplanationNode> Children)
{
    /// <summary>Stable rule-element id (e.g. <c>IMK.Exclusion.Conviction</c>).</summary>
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyOrder(-3)]
    public string ElementId => Element.Id;

    /// <summary>Plain-language label of the element.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyOrder(-2)]
    public Label Label => Element.Label;

    /// <summary>The legal or source references the element rests on.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public IReadOnlyList<Citation> Citations => Element.Citations;

    /// <summary>All nodes of the tree, depth first, this node first.</summary>
    public IEnumerable<ExplanationNode> Descendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.Descendants())
            {
                yield return node;
            }
        }
    }
}
