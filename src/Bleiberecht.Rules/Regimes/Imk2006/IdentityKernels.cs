using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 11-12 written once: <see cref="IdentityElements"/> explains them leaf by leaf, the bulk path evaluates
/// <see cref="Passport"/> and <see cref="Cooperation"/> with the same leaves. The passport as an express
/// precondition (L1871-1874), an identity substitute where all reasonable efforts are proven (L657-661), the duty to
/// cooperate (L793-794).
/// </summary>
internal static class IdentityKernels
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label PassportOnly = new("nur Pass anerkannt", "passport only");
    private static readonly Label SubstituteRuleDoesNotCoverThisOrigin = new("Ersatzregel gilt nicht für diese Herkunft", "substitute rule does not cover this origin");
    private static readonly Label OnlyAValidPassportIsAccepted = new("nur ein gültiger Pass genügt", "only a valid passport is accepted");
    private static readonly Label MisconductOnRecord = new("Fehlverhalten aktenkundig", "misconduct on record");

    /// <summary>Element 11, leaf 1: a valid passport has been presented.</summary>
    public static Truth ValidPassport<TFacts, TTrace>(ref TFacts f, ref TTrace t)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => Traced.YesNo(ref t, f.ValidPassport, "identity.validPassport", "Liegt ein gültiger Pass vor?", "Has a valid passport been presented?");

    /// <summary>Element 11: a valid passport, or the substitute the rule set accepts (A12) — the explanation's <c>AnyOf</c>.</summary>
    public static Truth Passport<TFacts, TTrace>(ref TFacts f, ref TTrace t, PassportOptions o)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var valid = ValidPassport(ref f, ref t);
        return valid == Truth.True ? Truth.True : valid.Or(SubstituteAccepted(ref f, ref t, o));
    }

    /// <summary>Element 11, leaf 2: the substitute the rule set accepts (A12), for the origins it covers.</summary>
    public static Truth SubstituteAccepted<TFacts, TTrace>(ref TFacts f, ref TTrace t, PassportOptions o)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        // With a passport alone (A12 PassportOnly) no substitute is accepted from anyone: which origins a substitute
        // rule would cover is then moot, and an unknown origin must not turn the definite "no" into an open question.
        if (o.SubstituteAccepted == PassportSubstituteMode.PassportOnly)
        {
            if (TTrace.Enabled)
            {
                t.Detail(OnlyAValidPassportIsAccepted);
            }

            return Truth.False;
        }

        // Whether the substitute rule covers the person's origin: an unknown origin leaves it open, but the rule's own
        // requirements are still read — where they fail, the substitute fails whatever the origin (Kleene and).
        var coverage = Truth.True;
        if (o.AppliesToOrigins is { Count: > 0 } origins)
        {
            if (f.Origin is not { } origin)
            {
                if (TTrace.Enabled)
                {
                    t.Ask("identity.origin", "Herkunftsland?", "Country of origin?");
                }

                coverage = Truth.Unknown;
            }
            else if (!Covers(origins, origin))
            {
                if (TTrace.Enabled)
                {
                    t.Detail(SubstituteRuleDoesNotCoverThisOrigin);
                }

                return Truth.False;
            }
        }

        Truth result;
        switch (o.SubstituteAccepted)
        {
            case PassportSubstituteMode.CredibleEffortsSuffice:
                return coverage.And(Traced.YesNo(ref t, f.CredibleEfforts, "identity.credibleEffortsDocumented", "Sind ernsthafte Bemühungen um einen Pass glaubhaft belegt?", "Are serious efforts to obtain a passport credibly documented?"));
            case PassportSubstituteMode.SubstituteOnJobOfferPassportLater:
                result = Traced.Part(ref t, f.SubstituteDocument, "identity.substituteDocument", "Liegt ein Passersatzpapier vor?", "Is a substitute document available?")
                    .And(Traced.Part(ref t, f.JobOffer, "identity.jobOffer", "Liegt ein Arbeitsplatzangebot vor?", "Is there a job offer?"));
                break;
            default:
                result = Traced.Part(ref t, f.SubstituteDocument, "identity.substituteDocument", "Liegt ein Ausweisersatz vor?", "Is an identity substitute available?")
                    .And(EffortsProven(ref f, ref t, o));
                if (o.RequiresIdentityClarified)
                {
                    result = result.And(Traced.Part(ref t, f.IdentityClarified, "identity.identityClarified", "Ist die Identität geklärt?", "Is the identity clarified?"));
                }

                if (o.RequiresNoMisconduct)
                {
                    result = result.And(Traced.Part(ref t, f.NoDeceptionOrObstructionOnRecord, "misconduct", "Liegen Täuschung oder Behinderung vor?", "Is there any deception or obstruction on record?"));
                }

                break;
        }

        // A combination of parts shows no detail of its own, only the questions of the parts still open.
        if (TTrace.Enabled)
        {
            t.Detail(null);
        }

        return coverage.And(result);
    }

    /// <summary>Whether a substitute rule for <paramref name="origins"/> covers <paramref name="origin"/> (names compared without case).</summary>
    private static bool Covers(IReadOnlyList<string> origins, string origin)
    {
        for (var i = 0; i < origins.Count; i++)
        {
            if (string.Equals(origins[i], origin, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Proof of passport efforts (A12): a number of confirmed embassy visits where set, else credible documentation.</summary>
    public static Truth EffortsProven<TFacts, TTrace>(ref TFacts f, ref TTrace t, PassportOptions o)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (o.MinConfirmedEmbassyVisits is { } min)
        {
            var visits = f.EmbassyVisits;
            if (visits == int.MinValue)
            {
                if (TTrace.Enabled)
                {
                    t.Ask("identity.confirmedEmbassyVisits", "Wie viele Botschaftsbesuche sind bestätigt?", "How many embassy visits are confirmed?");
                }

                return Truth.Unknown;
            }

            if (TTrace.Enabled)
            {
                t.Detail(Label.Later((visits, min), static x => ($"{x.visits} bestätigte Besuche, erforderlich {x.min}", $"{x.visits} confirmed visits, required {x.min}")));
            }

            return (visits >= min).ToTruth();
        }

        return Traced.YesNo(ref t, f.CredibleEfforts, "identity.credibleEffortsDocumented", "Sind ernsthafte Bemühungen um einen Pass belegt?", "Are serious efforts to obtain a passport documented?");
    }

    /// <summary>
    /// Element 12, leaf 1: no breach of the duty to cooperate that counts. Berlin counted these breaches as deception
    /// ("Täuschung ... (insbesondere Verletzung der Mitwirkungspflicht)", L793-794), so a breach is read as the
    /// deception ground is (docs/adr/0012, item 7): it counts only if deliberate (L182-184), and where A14 weighs
    /// deception it is weighed the same way — of some weight (NW, L2104-2108) or against integration (SH, which said
    /// so of the "Mitwirkungspflicht", L3193-3197).
    /// </summary>
    public static Truth NoBreach<TFacts, TTrace>(ref TFacts f, ref TTrace t, DeceptionWeighing weighing)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var breached = f.CooperationBreached;
        if (breached == Truth.False)
        {
            return Truth.True;
        }

        var counts = Traced.Part(ref t, breached, "cooperationBreached", "Wurde die Mitwirkungspflicht verletzt?", "Was the duty to cooperate breached?")
            .And(Traced.Part(ref t, f.BreachDeliberate, "cooperationBreachDeliberate", "War die Verletzung der Mitwirkungspflicht vorsätzlich?", "Was the breach of the duty to cooperate deliberate?"));
        switch (weighing)
        {
            case DeceptionWeighing.MinimumWeight:
                counts = counts.And(Traced.Part(ref t, f.BreachOfSomeWeight, "cooperationBreachOfSomeWeight", "Ist die Verletzung von einigem Gewicht?", "Is the breach of some weight?"));
                break;
            case DeceptionWeighing.BalanceAgainstIntegration:
                counts = counts.And(Traced.Part(ref t, f.BreachOutweighed, "cooperationBreachOutweighedByIntegration", "Wird die Verletzung durch Integrationsleistungen aufgewogen?", "Is the breach outweighed by integration?", wanted: false));
                break;
        }

        return counts.Not();
    }

    /// <summary>Element 12, leaf 2: proven passport efforts count as cooperation where the rule set accepts a substitute (Oder-Spree: "höhere Gewalt").</summary>
    public static Truth EffortsCountAsCooperation<TFacts, TTrace>(ref TFacts f, ref TTrace t, PassportOptions o)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (o.SubstituteAccepted == PassportSubstituteMode.PassportOnly)
        {
            if (TTrace.Enabled)
            {
                t.Detail(PassportOnly);
            }

            return Truth.False;
        }

        return EffortsProven(ref f, ref t, o);
    }

    /// <summary>Element 12: no breach that counts, unless proven efforts count as cooperation — the explanation's <c>Unless</c>.</summary>
    public static Truth Cooperation<TFacts, TTrace>(ref TFacts f, ref TTrace t, PassportOptions o, DeceptionWeighing weighing)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var noBreach = NoBreach(ref f, ref t, weighing);
        return noBreach == Truth.True ? Truth.True : noBreach.Or(EffortsCountAsCooperation(ref f, ref t, o));
    }
}
