using System.Text.Json;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Options.Declarations;

namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// Maps an option id and its JSON value (profiles.json encoding) onto a new <see cref="ImkOptions"/> via the option's
/// declaration (<see cref="OptionDeclarations"/>): its codec reads the value, its <c>with</c>-setter places it.
/// Group (a) options change decisions; group (b) options are recorded on <see cref="ImkOptions.Procedure"/> only.
/// Unknown ids and values of the wrong type raise a <see cref="ProfileDataException"/> naming the option and the
/// expected type. The input is never mutated.
/// </summary>
public static class OptionApplier
{
    /// <summary>The group (a) option ids, A01-A36 in catalogue order (derived from the declarations).</summary>
    public static IReadOnlyList<string> AppliedIds { get; } =
        OptionDeclarations.All.Where(d => d.Group == OptionGroup.DecisionRule).Select(d => d.Id).ToList().AsReadOnly();

    /// <summary>True if <paramref name="optionId"/> changes <see cref="ImkOptions"/> (group a); false for data-only ids.</summary>
    /// <exception cref="ProfileDataException">The id is not in the catalogue.</exception>
    public static bool IsApplied(string optionId) => Declaration(optionId).Group == OptionGroup.DecisionRule;

    /// <summary>Applies a profile value (its <see cref="OptionValue.Status"/> is not consulted here).</summary>
    public static ImkOptions Apply(ImkOptions options, OptionValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Apply(options, value.OptionId, value.Value);
    }

    /// <summary>
    /// Returns <paramref name="options"/> with option <paramref name="optionId"/> set to <paramref name="value"/>.
    /// What a JSON <c>null</c> means is declared per option (<see cref="OptionCodecs"/>): "none" where
    /// <see cref="ImkOptions"/> can hold it (e.g. <c>LabourMarket.PriorityCheckUntil</c> = never applied), "keep the
    /// current value" where the source leaves the option unspecified; a null record sub-field keeps the current value.
    /// </summary>
    /// <exception cref="ProfileDataException">Unknown option id, or the value has the wrong type.</exception>
    public static ImkOptions Apply(ImkOptions options, string optionId, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(optionId);
        return Declaration(optionId).Apply(options, value);
    }

    /// <summary>The declaration of a catalogue option (by id or number, case-insensitive).</summary>
    /// <exception cref="ProfileDataException">The id is not in the catalogue.</exception>
    internal static OptionDeclaration Declaration(string optionId)
    {
        var def = OptionCatalog.Get(optionId);
        return OptionDeclarations.Find(def.Id)
            ?? throw new ProfileDataException(def.Id, "catalogue option has no declaration in Options/Declarations and cannot be applied");
    }
}
