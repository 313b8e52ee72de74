using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// A German level recorded with the day it was reached (<c>germanLevelSince</c>, ADR 0013) counts from that day: on
/// an earlier decision date the person had a lower level, of which only its bound is known. The requirement is judged
/// on the decision date [derived: the IMK permit is granted when the authority decides; the study states no other day].
/// </summary>
internal static class LanguageSince
{
    /// <summary>
    /// The verdict for a person whose recorded <paramref name="level"/> meets <paramref name="required"/>: null when
    /// the level held on the decision date (or no day is recorded), else False or Unknown. Shared in substance with
    /// the bulk path (<c>BulkPersonElements.LanguageSince</c>).
    /// </summary>
    public static Check? Before(MemberContext m, CefrLevel level, CefrLevel required, Label detail)
    {
        if (m.Person.GermanLevelSince is not { } since)
        {
            return null;
        }

        if (m.Household.Household.DecisionDate is not { } decision)
        {
            return new Check(Truth.Unknown, detail, [Ask.Fact("$.decisionDate", "Datum der Entscheidung (ab wann zählt das Sprachniveau)?", "Date of the decision (from when does the language level count)?")]);
        }

        if (since <= decision)
        {
            return null;
        }

        // Before `since` the level was at most one below the recorded one.
        return level - 1 < required
            ? Check.Of(Truth.False, Label.Later(since, static s => ($"Niveau erst ab {Ask.D(s)} erreicht", $"level reached only on {Ask.D(s)}")))
            : new Check(Truth.Unknown, detail, [Ask.Fact(m.Path("germanLevel"), "Welches Deutschniveau hatte die Person am Tag der Entscheidung?", "What was the person's German level on the day of the decision?")]);
    }
}
