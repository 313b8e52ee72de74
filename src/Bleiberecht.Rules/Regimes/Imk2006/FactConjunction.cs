using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Folds the parts of one leaf requirement with Kleene conjunction and keeps the questions of the parts still
/// open — dropped again if another part fails, since no answer could then change the verdict.
/// </summary>
internal struct FactConjunction()
{
    private List<MissingFact>? _missing;

    /// <summary>The verdict so far (True while no part was added).</summary>
    public Truth Result { get; private set; } = Truth.True;

    /// <summary>Whether a part already failed: later parts need not be computed.</summary>
    public readonly bool Failed => Result == Truth.False;

    /// <summary>Adds a part.</summary>
    public void Add(Check part)
    {
        Result = Result.And(part.Result);
        if (part.Result == Truth.Unknown)
        {
            var missing = part.Missing;
            for (var i = 0; i < missing.Count; i++)
            {
                (_missing ??= []).Add(missing[i]);
            }
        }
    }

    /// <summary>Adds a part with at most one question.</summary>
    public void Add(Truth part, MissingFact? question)
    {
        Result = Result.And(part);
        if (part == Truth.Unknown && question is not null)
        {
            (_missing ??= []).Add(question);
        }
    }

    /// <summary>The leaf's result.</summary>
    public readonly Check ToCheck(Label? detail = null)
        => Result == Truth.Unknown ? new Check(Result, detail, _missing ?? []) : Check.Of(Result, detail);
}
