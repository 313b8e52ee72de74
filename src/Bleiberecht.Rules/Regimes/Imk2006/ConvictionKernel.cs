using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 19's threshold written once, over the day-fine tallies of a person's convictions read both ways (unknown
/// facts in the person's favour and against, <see cref="ConvictionTally"/>): the explain path tallies the object
/// graph and adds the questions and the detail, the bulk path reads the tallies its batch precomputed. Only
/// intentional offences committed in Germany count; prison always exceeds the threshold; fines count up to the
/// general threshold, and up to the higher threshold in total where the excess comes from offences only foreigners
/// can commit ([background] wording later codified in § 104a Abs. 1 Nr. 6 AufenthG).
/// </summary>
internal static class ConvictionKernel
{
    /// <summary>Whether one reading of the tallies exceeds the rule set's thresholds (A17).</summary>
    public static bool Exceeds(bool prison, int general, int total, ExclusionOptions o)
        => prison || general > o.ConvictionDayFinesGeneral || total > o.ConvictionDayFinesForeignerOnly;

    /// <summary>
    /// No conviction above the threshold: failed if even the favourable reading exceeds it, met if even the
    /// unfavourable one does not, otherwise unknown.
    /// </summary>
    public static Truth WithinThreshold(bool bestExceeds, bool worstExceeds)
        => bestExceeds ? Truth.False : worstExceeds ? Truth.Unknown : Truth.True;
}
