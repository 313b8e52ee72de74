using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Predicates;

/// <summary>The identity of a rule node: stable id, plain-language label and the authority it rests on.</summary>
/// <param name="Id">Stable element id (see <see cref="Regimes.ImkElements"/>), or a sub-id below it (e.g. <c>IMK.Livelihood.Secured/Job</c>).</param>
/// <param name="Label">German and English label.</param>
/// <param name="Citations">At least one citation: IMK point, statute, or source line.</param>
public sealed record RuleMeta(string Id, Label Label, IReadOnlyList<Citation> Citations)
{
    // The element with each verdict, made on first use and then shared by every node of this element
    // (ElementVerdict); not part of the value: equality, hash and copies ignore it.
    private ElementVerdict[]? _verdicts;

    /// <summary>A copy with the same values (for <c>with</c>); its verdicts are its own.</summary>
    private RuleMeta(RuleMeta original)
    {
        Id = original.Id;
        Label = original.Label;
        Citations = original.Citations;
    }

    /// <inheritdoc />
    public bool Equals(RuleMeta? other)
        => other is not null && (ReferenceEquals(this, other) || (Id == other.Id
            && EqualityComparer<Label>.Default.Equals(Label, other.Label)
            && EqualityComparer<IReadOnlyList<Citation>>.Default.Equals(Citations, other.Citations)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Label, Citations);

    /// <summary>This element with a verdict: one shared instance per verdict (a race only makes an equal one twice).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal ElementVerdict With(Logic.Truth result)
    {
        // Every node is built through here: the made instances are read inline, the first use and a value outside the
        // three go through a call of their own.
        var verdicts = _verdicts;
        return verdicts is not null && (uint)result < (uint)verdicts.Length ? verdicts[(int)result] : Make(result);
    }

    private ElementVerdict Make(Logic.Truth result)
    {
        var verdicts = _verdicts ??= [new(this, Logic.Truth.False), new(this, Logic.Truth.Unknown), new(this, Logic.Truth.True)];
        return (uint)result < (uint)verdicts.Length ? verdicts[(int)result] : new ElementVerdict(this, result);
    }

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
