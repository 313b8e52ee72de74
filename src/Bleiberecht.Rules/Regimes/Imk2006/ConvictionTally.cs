using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 19's arithmetic, shared by the explain and the bulk path: which convictions count (intentional, in
/// Germany, L184; [background]) and their day-fine sums, general and in total, plus whether a prison sentence is
/// among them. Unknown facts are resolved in the person's favour (<c>worst</c> false) or against (true); the verdict
/// is definite only where both resolutions agree.
/// </summary>
internal static class ConvictionTally
{
    /// <summary>Stands for an unknown number of day-fines in the unfavourable resolution: above any threshold.</summary>
    private const int Unbounded = 1_000_000;

    /// <summary>Sums the counting day-fines (general and total) and notes any counting prison sentence.</summary>
    public static void Sum(IReadOnlyList<Conviction> convictions, bool worst, out int general, out int total, out bool prison)
    {
        general = 0;
        total = 0;
        prison = false;
        foreach (var c in convictions)
        {
            var relevant = c.InGermany.ToTruth().And((c.Culpability == null ? (bool?)null : c.Culpability == Culpability.Intentional).ToTruth());
            if (relevant == Truth.False || (relevant == Truth.Unknown && !worst))
            {
                continue;
            }

            var isPrison = c.Sentence switch
            {
                SentenceKind.Prison => true,
                SentenceKind.DayFines => false,
                _ => worst,
            };
            if (isPrison)
            {
                prison = true;
                continue;
            }

            var fines = c.DayFines ?? (worst ? Unbounded : 0);
            var foreignerOnly = c.ForeignerOnlyOffence ?? !worst;
            total = Saturating.Add(total, fines);
            if (!foreignerOnly)
            {
                general = Saturating.Add(general, fines);
            }
        }
    }
}
