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
    Predicates.RuleMeta Element,
    Truth Result,
    string? Subject,
    Label? Detail,
    IReadOnlyList<MissingFact> Missing,
    IReadOnlyList<ExplanationNode> Children)
{
    // The element and the verdict share one field (ElementVerdict: five references per node, not five and a byte).
    // The properties are declared here, in the order of the parameters, so that JSON and ToString list them as before.
    private ElementVerdict _verdict = ElementVerdict.Of(Element, Result);

    /// <summary>The rule element checked: stable id (see <see cref="Regimes.ImkElements"/>), label and citations.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Predicates.RuleMeta Element
    {
        get => _verdict.Meta;
        init => _verdict = ElementVerdict.Of(value, _verdict.Result);
    }

    /// <summary>The three-valued verdict.</summary>
    public Truth Result
    {
        get => _verdict.Result;
        init => _verdict = ElementVerdict.Of(_verdict.Meta, value);
    }

    /// <summary>Whom or what the node is about (a member id, a job), or <c>null</c> for the household.</summary>
    public string? Subject { get; init; } = Subject;

    /// <summary>The facts and arithmetic behind the verdict, e.g. "5 years 364 days &lt; 6 years".</summary>
    public Label? Detail { get; init; } = Detail;

    /// <summary>Facts that would decide an <see cref="Truth.Unknown"/> verdict; empty when definite.</summary>
    public IReadOnlyList<MissingFact> Missing { get; init; } = Missing;

    /// <summary>Sub-requirements that produced this verdict.</summary>
    public IReadOnlyList<ExplanationNode> Children { get; init; } = Children;

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
