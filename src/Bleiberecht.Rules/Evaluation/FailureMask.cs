using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// A set of rule elements as bits, indexed by <see cref="ImkElements.Checkable"/>: the allocation-free form of a
/// decision's grounds used by the bulk path and by variant comparison. The static helpers read the bits under the IMK
/// regime; under a composed regime the bits follow its <see cref="Regime.Checkable"/> — use
/// <see cref="Regime.MaskOf"/> and <see cref="Regime.IdsOf"/> there (added elements take the next bits; a removed
/// element shifts the bits after it).
/// </summary>
/// <param name="Bits">Bit i set = element <c>ImkElements.Checkable[i]</c> is among the grounds.</param>
public readonly record struct FailureMask(uint Bits)
{
    /// <summary>The mask of a list of element ids; ids outside <see cref="ImkElements.Checkable"/> are ignored.</summary>
    public static FailureMask From(IEnumerable<string> elementIds)
    {
        uint bits = 0;
        foreach (var id in elementIds)
        {
            var index = IndexOf(id);
            if (index >= 0)
            {
                bits |= 1u << index;
            }
        }

        return new FailureMask(bits);
    }

    /// <summary>Bit index of an element id, or -1.</summary>
    public static int IndexOf(string elementId)
    {
        var all = ImkElements.Checkable;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Id == elementId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True if the element is in the set.</summary>
    public bool Contains(string elementId) => IndexOf(elementId) is var i && i >= 0 && (Bits & (1u << i)) != 0;

    /// <summary>The element ids in the set, in catalogue order.</summary>
    public IEnumerable<string> Ids()
    {
        var all = ImkElements.Checkable;
        for (var i = 0; i < all.Count; i++)
        {
            if ((Bits & (1u << i)) != 0)
            {
                yield return all[i].Id;
            }
        }
    }
}
