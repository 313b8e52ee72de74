using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>The facts element 19 reads: the convictions, as day-fine tallies for the verdict and as records for the questions.</summary>
internal partial interface IPersonFacts
{
    /// <summary>The convictions are known (certificate of conduct; an empty list is "none").</summary>
    bool ConvictionsKnown { get; }

    /// <summary>
    /// The counting day-fines and prison sentence of one reading of the convictions (<c>ConvictionTally</c>:
    /// unknown facts in the person's favour, or against if <paramref name="worst"/>), judged on decision day
    /// <paramref name="decisionDay"/> (the household's; the batch tallied on it when it was built). Whether the whole
    /// register is erasable is reported only if <paramref name="withErasure"/> (the explanation's detail and questions
    /// need it, the verdict does not); otherwise <paramref name="erasable"/> is false.
    /// </summary>
    void ConvictionTally(bool worst, int decisionDay, bool withErasure, out int general, out int total, out bool prison, out bool erasable);

    /// <summary>The conviction records, for the explanation's questions and detail (read only when tracing); empty when not known.</summary>
    IReadOnlyList<Conviction> Convictions { get; }

    /// <summary>Exceptional circumstances to disregard a conviction (A18).</summary>
    Truth ExceptionalCircumstances { get; }
}
