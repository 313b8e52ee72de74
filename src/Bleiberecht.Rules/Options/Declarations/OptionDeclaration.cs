using System.Text.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Profiles;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// The one declaration of a discretion option (A01-A36, P01-P13 of discretion-options.md): id, number, group, type,
/// plausible range, base value and its citation, generosity order, and where the value lives on
/// <see cref="ImkOptions"/>. The applier (<see cref="OptionApplier"/>), the range checks
/// (<see cref="Variants.OptionRanges"/>), the variant schema, <see cref="GenerosityOrder"/> and the applied-id list
/// are all derived from the declarations in <see cref="OptionDeclarations.All"/>, so an option is written down once.
/// Labels and notes stay data in options-catalogue.json; a test checks that catalogue and declarations agree.
/// </summary>
/// <remarks>The typed form is <see cref="OptionDeclaration{T}"/>; this base is what tables and tools iterate.</remarks>
public abstract class OptionDeclaration
{
    private protected OptionDeclaration()
    {
    }

    /// <summary>Catalogue number, <c>A01</c>-<c>A32</c> or <c>P01</c>-<c>P13</c>.</summary>
    public required string Number { get; init; }

    /// <summary>Option id, e.g. <c>Family.MinChildAge</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Group (a) changes decisions; group (b) is recorded on <see cref="ImkOptions.Procedure"/> only.</summary>
    public OptionGroup Group => Number.StartsWith('A') ? OptionGroup.DecisionRule : OptionGroup.Procedure;

    /// <summary>Where the base value comes from: the study's lines, or null where the study prints none.</summary>
    public Citation? BaseCitation { get; init; }

    /// <summary>
    /// Why the option (or some of its values) has no place in a generosity chain, or null when every value is
    /// ordered (see <see cref="GenerosityOrder.NotOrdered"/>).
    /// </summary>
    public string? NotOrderedReason { get; init; }

    /// <summary>The type as the catalogue writes it, e.g. <c>int?</c>, <c>enum</c>, <c>record { ... }</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>Enum or set members (empty for other types).</summary>
    public abstract IReadOnlyList<string> Members { get; }

    /// <summary>Record fields: JSON name → type (empty for other types).</summary>
    public abstract IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>
    /// Returns <paramref name="options"/> with this option set to the JSON <paramref name="value"/> (profiles.json
    /// encoding); never mutates.
    /// </summary>
    /// <exception cref="ProfileDataException">The value has the wrong type.</exception>
    public abstract ImkOptions Apply(ImkOptions options, JsonElement value);

    /// <summary>The range problems of a value whose type is right (empty when plausible).</summary>
    public abstract IEnumerable<string> CheckRange(JsonElement value);

    /// <summary>A fresh JSON Schema of the option's value (types, members, bounds).</summary>
    public abstract JsonObject Schema();

    /// <summary>The option's value on <paramref name="options"/> in readable form, e.g. <c>2</c> or <c>PermanentOnly</c>.</summary>
    public abstract string Format(ImkOptions options);

    /// <summary>Every generosity chain of the option, restrictive first (empty for procedural options).</summary>
    public abstract IReadOnlyList<IReadOnlyList<GenerosityStep>> Chains { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Number} {Id}";
}
