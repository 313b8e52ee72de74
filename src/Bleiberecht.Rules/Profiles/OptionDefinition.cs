using System.Text.Json;
using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Profiles;

/// <summary>One discretion option of the catalogue (embedded in the library, one entry per option id).</summary>
/// <param name="Number">Catalogue number, <c>A01</c>-<c>A32</c> or <c>P01</c>-<c>P13</c>.</param>
/// <param name="Id">Option id, e.g. <c>Family.MinChildAge</c>.</param>
/// <param name="Group">Group (a) decision rule or group (b) procedure.</param>
/// <param name="IsMeta">True for the meta label P13 (<c>b (meta)</c>).</param>
/// <param name="Type">The type as written in the catalogue, e.g. <c>int?</c>, <c>enum</c>, <c>record { ... }</c>.</param>
/// <param name="Members">Enum or set members (empty for other types).</param>
/// <param name="Fields">Record fields: camelCase name → type (empty for other types).</param>
/// <param name="Base">The typed base value as JSON (<see cref="JsonValueKind.Null"/> where the base is unspecified).</param>
/// <param name="BaseStatus">Where the base comes from.</param>
/// <param name="BaseLines">Source lines of the base, if any.</param>
/// <param name="BaseNote">Caveats on the base, if any.</param>
/// <param name="TypeNote">Caveats on the type, if any.</param>
/// <param name="Direction">Which direction is generous (G) or restrictive (R).</param>
/// <param name="Affects">Rule elements or outputs the option affects.</param>
/// <param name="Label">English label.</param>
/// <param name="LabelDe">German label.</param>
public sealed record OptionDefinition(
    string Number,
    string Id,
    OptionGroup Group,
    bool IsMeta,
    string Type,
    IReadOnlyList<string> Members,
    IReadOnlyDictionary<string, string> Fields,
    JsonElement Base,
    OptionBaseStatus BaseStatus,
    Citation? BaseLines,
    string? BaseNote,
    string? TypeNote,
    string Direction,
    IReadOnlyList<string> Affects,
    string Label,
    string LabelDe)
{
    /// <summary>True for group (a): the option is applied to <see cref="Options.ImkOptions"/>.</summary>
    public bool IsApplied => Group == OptionGroup.DecisionRule;
}
