using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bleiberecht.Rules.Options.Declarations;

/// <summary>
/// The declaration of an option whose value has type <typeparamref name="T"/> on <see cref="ImkOptions"/>: its
/// getter, its <c>with</c>-setter, its JSON encoding and its generosity order. See <see cref="OptionDeclaration"/>.
/// </summary>
/// <typeparam name="T">The value type, e.g. <c>int</c>, <c>DateOnly?</c>, <see cref="PassportOptions"/>.</typeparam>
public sealed class OptionDeclaration<T> : OptionDeclaration
{
    private IReadOnlyList<IReadOnlyList<GenerosityStep>>? chains;

    /// <summary>Reads the value from the options.</summary>
    public required Func<ImkOptions, T> Get { get; init; }

    /// <summary>Returns the options with the value replaced (a <c>with</c> expression; never mutates).</summary>
    public required Func<ImkOptions, T, ImkOptions> With { get; init; }

    /// <summary>How the value is written in JSON (null handling, range, schema, readable form).</summary>
    public required OptionCodec<T> Codec { get; init; }

    /// <summary>
    /// The generosity chains: each lists updates from the most restrictive to the most generous value, so a later
    /// step can only help an applicant (discretion-options.md, "Direction"). Each update maps the current value to
    /// the step's value (a record option can set one field and keep the others).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<GenerosityValue<T>>> Order { get; init; } = [];

    /// <summary>The value of <see cref="ImkOptions.Base"/>: what the resolution itself implies.</summary>
    public T Default => Get(ImkOptions.Base);

    /// <inheritdoc />
    public override string TypeName => Codec.TypeName;

    /// <inheritdoc />
    public override IReadOnlyList<string> Members => Codec.Members;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> Fields => Codec.Fields;

    /// <inheritdoc />
    public override IReadOnlyList<IReadOnlyList<GenerosityStep>> Chains => chains ??= Order
        .Select(chain => (IReadOnlyList<GenerosityStep>)chain
            .Select(step => new GenerosityStep(Id, step.Label, o => With(o, step.Update(Get(o)))))
            .ToList()
            .AsReadOnly())
        .ToList()
        .AsReadOnly();

    /// <inheritdoc />
    public override ImkOptions Apply(ImkOptions options, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(options);
        return With(options, Codec.Read(Id, value, Get(options)));
    }

    /// <inheritdoc />
    public override IEnumerable<string> CheckRange(JsonElement value) => Codec.Check(value);

    /// <inheritdoc />
    public override JsonObject Schema() => Codec.Schema();

    /// <inheritdoc />
    public override string Format(ImkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Codec.Format(Get(options));
    }
}
