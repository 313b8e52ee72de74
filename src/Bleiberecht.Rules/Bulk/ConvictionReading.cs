using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Which threshold verdict of element 19 (<see cref="ConvictionKernel.Threshold"/>) <see cref="HouseholdBatch"/> stores
/// (storage only, as <see cref="MisconductReading"/>). On the bulk path the threshold reads the day-fine tallies the
/// batch summed for the household's decision date and, of the options, the two thresholds (A17, base L1850) only; no Land varied
/// them (the profiles set neither), so the batch runs the kernel once per person under the base thresholds
/// (<see cref="Stored"/>) and a compiled rule set with the same two reads the verdict from the person's row. The
/// exception (A18) is applied to it at run time (<see cref="ConvictionKernel.Unless"/>); other thresholds run the kernel.
/// </summary>
internal static class ConvictionReading
{
    /// <summary>The options of the stored reading: the base rule's thresholds.</summary>
    public static readonly ExclusionOptions Stored = ImkOptions.Base.Exclusion;

    /// <summary>Element 19's stored threshold verdict holds under <paramref name="o"/>.</summary>
    public static bool Holds(ExclusionOptions o)
        => o.ConvictionDayFinesGeneral == Stored.ConvictionDayFinesGeneral && o.ConvictionDayFinesForeignerOnly == Stored.ConvictionDayFinesForeignerOnly;
}
