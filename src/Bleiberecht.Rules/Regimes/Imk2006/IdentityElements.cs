using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 11-12: the passport as an express precondition "wie in den meisten anderen Bundesländern"
/// (L1871-1874), an identity substitute where all reasonable efforts are proven (L657-661), and the duty to
/// cooperate (L793-794).
/// </summary>
internal static class IdentityElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label PassportOnly2 = new("nur Pass anerkannt", "passport only");
    private static readonly Label SubstituteRuleDoesNotCoverThisOrigin = new("Ersatzregel gilt nicht für diese Herkunft", "substitute rule does not cover this origin");
    private static readonly Label OnlyAValidPassportIsAccepted = new("nur ein gültiger Pass genügt", "only a valid passport is accepted");
    private static readonly Label MisconductOnRecord = new("Fehlverhalten aktenkundig", "misconduct on record");

    /// <summary>Element 11: a valid passport, or the substitute the rule set accepts (A12).</summary>
    public static readonly Rule<MemberContext> Passport = new AnyOf<MemberContext>(
        ImkElements.Passport,
        [
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Passport, "Valid", "gültiger Pass liegt vor", "valid passport presented"),
                m => Ask.YesNo(m.Person.Identity?.ValidPassport, m.Path("identity.validPassport"), "Liegt ein gültiger Pass vor?", "Has a valid passport been presented?"),
                m => m.Person.Id),
            new Condition<MemberContext>(
                Ask.Sub(ImkElements.Passport, "Substitute", "anerkannter Ersatz", "accepted substitute"),
                SubstituteAccepted,
                m => m.Person.Id),
        ],
        m => m.Person.Id);

    /// <summary>
    /// Element 12: the duty to cooperate — unless proven passport efforts count as cooperation where the rule set
    /// accepts a substitute (Oder-Spree: "höhere Gewalt").
    /// </summary>
    public static readonly Rule<MemberContext> Cooperation = new Unless<MemberContext>(
        ImkElements.Cooperation,
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Cooperation, "NoBreach", "keine Verletzung der Mitwirkungspflicht", "no breach of the duty to cooperate"),
            NoBreach,
            m => m.Person.Id),
        new Condition<MemberContext>(
            Ask.Sub(ImkElements.Cooperation, "EffortsProven", "nachgewiesene Bemühungen gelten als Mitwirkung", "proven efforts count as cooperation"),
            m => m.Options.Passport.SubstituteAccepted == PassportSubstituteMode.PassportOnly
                ? Check.Of(Truth.False, PassportOnly2)
                : EffortsProven(m),
            m => m.Person.Id));

    /// <summary>
    /// No breach of the duty to cooperate that counts. Berlin counted these breaches as deception ("Täuschung ...
    /// (insbesondere Verletzung der Mitwirkungspflicht)", L793-794), so a breach is read as the deception ground is
    /// (docs/adr/0012, item 7): it counts only if deliberate (L182-184), and where A14 weighs deception it is weighed
    /// the same way — of some weight (NW, L2104-2108) or against integration (SH, which said so of the
    /// "Mitwirkungspflicht", L3193-3197). As an exclusion ground it reaches the family like deception (A19).
    /// </summary>
    private static Check NoBreach(MemberContext m)
    {
        var p = m.Person;
        var breached = Ask.YesNo(p.CooperationBreached, m.Path("cooperationBreached"), "Wurde die Mitwirkungspflicht verletzt?", "Was the duty to cooperate breached?");
        if (breached.Result == Truth.False)
        {
            return Check.Of(Truth.True);
        }

        var counts = new FactConjunction();
        counts.Add(breached);
        counts.Add(Ask.YesNo(p.CooperationBreachDeliberate, m.Path("cooperationBreachDeliberate"), "War die Verletzung der Mitwirkungspflicht vorsätzlich?", "Was the breach of the duty to cooperate deliberate?"));
        switch (m.Options.Exclusion.DeceptionWeighing)
        {
            case DeceptionWeighing.MinimumWeight:
                counts.Add(Ask.YesNo(p.CooperationBreachOfSomeWeight, m.Path("cooperationBreachOfSomeWeight"), "Ist die Verletzung von einigem Gewicht?", "Is the breach of some weight?"));
                break;
            case DeceptionWeighing.BalanceAgainstIntegration:
                counts.Add(Ask.YesNo(p.CooperationBreachOutweighedByIntegration, m.Path("cooperationBreachOutweighedByIntegration"), "Wird die Verletzung durch Integrationsleistungen aufgewogen?", "Is the breach outweighed by integration?", wanted: false));
                break;
        }

        var result = counts.ToCheck();
        return result with { Result = result.Result.Not(), Missing = result.Result == Truth.Unknown ? result.Missing : [] };
    }

    private static Check SubstituteAccepted(MemberContext m)
    {
        var o = m.Options.Passport;
        var id = m.Person.Identity;
        if (o.AppliesToOrigins is { Count: > 0 } origins)
        {
            if (id?.Origin is null)
            {
                return Check.Unknown(null, Ask.Fact(m.Path("identity.origin"), "Herkunftsland?", "Country of origin?"));
            }

            if (!origins.Contains(id.Origin, StringComparer.OrdinalIgnoreCase))
            {
                return Check.Of(Truth.False, SubstituteRuleDoesNotCoverThisOrigin);
            }
        }

        switch (o.SubstituteAccepted)
        {
            case PassportSubstituteMode.PassportOnly:
                return Check.Of(Truth.False, OnlyAValidPassportIsAccepted);
            case PassportSubstituteMode.CredibleEffortsSuffice:
                return Ask.YesNo(id?.CredibleEffortsDocumented, m.Path("identity.credibleEffortsDocumented"), "Sind ernsthafte Bemühungen um einen Pass glaubhaft belegt?", "Are serious efforts to obtain a passport credibly documented?");
            case PassportSubstituteMode.SubstituteOnJobOfferPassportLater:
                return Combine(
                    Ask.YesNo(id?.SubstituteDocument, m.Path("identity.substituteDocument"), "Liegt ein Passersatzpapier vor?", "Is a substitute document available?"),
                    Ask.YesNo(id?.JobOffer, m.Path("identity.jobOffer"), "Liegt ein Arbeitsplatzangebot vor?", "Is there a job offer?"));
            default:
                var parts = new List<Check>
                {
                    Ask.YesNo(id?.SubstituteDocument, m.Path("identity.substituteDocument"), "Liegt ein Ausweisersatz vor?", "Is an identity substitute available?"),
                    EffortsProven(m),
                };
                if (o.RequiresIdentityClarified)
                {
                    parts.Add(Ask.YesNo(id?.IdentityClarified, m.Path("identity.identityClarified"), "Ist die Identität geklärt?", "Is the identity clarified?"));
                }

                if (o.RequiresNoMisconduct)
                {
                    parts.Add(NoDeceptionOrObstruction(m));
                }

                return Combine([.. parts]);
        }
    }

    /// <summary>Proof of passport efforts: a number of confirmed embassy visits where set, else credible documentation.</summary>
    private static Check EffortsProven(MemberContext m)
    {
        var id = m.Person.Identity;
        if (m.Options.Passport.MinConfirmedEmbassyVisits is { } min)
        {
            if (id?.ConfirmedEmbassyVisits is not { } visits)
            {
                return Check.Unknown(null, Ask.Fact(m.Path("identity.confirmedEmbassyVisits"), "Wie viele Botschaftsbesuche sind bestätigt?", "How many embassy visits are confirmed?"));
            }

            return Check.Of((visits >= min).ToTruth(), Label.Later((visits, min), static x => ($"{x.visits} bestätigte Besuche, erforderlich {x.min}", $"{x.visits} confirmed visits, required {x.min}")));
        }

        return Ask.YesNo(id?.CredibleEffortsDocumented, m.Path("identity.credibleEffortsDocumented"), "Sind ernsthafte Bemühungen um einen Pass belegt?", "Are serious efforts to obtain a passport documented?");
    }

    private static Check NoDeceptionOrObstruction(MemberContext m)
    {
        if (m.Person.Misconduct is not { } records)
        {
            return Check.Unknown(null, Ask.Fact(m.Path("misconduct"), "Liegen Täuschung oder Behinderung vor?", "Is there any deception or obstruction on record?"));
        }

        var any = records.Any(r => r.Kind != MisconductKind.Absconding);
        return Check.Of((!any).ToTruth(), any ? MisconductOnRecord : null);
    }

    private static Check Combine(params Check[] parts)
    {
        var result = Truth.True;
        foreach (var part in parts)
        {
            result = result.And(part.Result);
        }

        if (result != Truth.Unknown)
        {
            return Check.Of(result);
        }

        return new Check(Truth.Unknown, null, parts.Where(p => p.Result == Truth.Unknown).SelectMany(p => p.Missing).ToList());
    }
}
