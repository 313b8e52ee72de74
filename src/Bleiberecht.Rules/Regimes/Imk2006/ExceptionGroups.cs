using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Punkt 3.3 groups (b)-(e) [background: IMK-Beschluss of 17.11.2006, Nr. 3.3; § 104a Abs. 6 S. 2 Nr. 2-5 AufenthG
/// repeats the list]: households that may be granted although their livelihood is not fully secured by employment.
/// The study names the point only as a grant category (Brandenburg, 114 permits "nach Punkt 3.3.", L1022-1023).
/// Livelihood is a household element here, so a group that describes a person is read for the household: every
/// adult must belong to it [derived] — an able adult is expected to secure the livelihood by work (Punkt 3.2).
/// Group (a), trainees, sits with the income test (LivelihoodElements, A06).
/// </summary>
internal static class ExceptionGroups
{
    private static readonly Label NotInThisRuleSet = new("Ausnahmegruppe in diesem Regelwerk nicht vorgesehen", "exception group not provided in this rule set");

    /// <summary>(b) families with minor children that depend on benefits only temporarily, to supplement their earnings.</summary>
    public static readonly Rule<HouseholdContext> Families = new Condition<HouseholdContext>(
        Group("Families", "Familie mit minderjährigen Kindern, nur vorübergehend ergänzende Leistungen (Ausnahme b)", "family with minor children on temporary supplementary benefits only (exception b)", "IMK 17.11.2006 Nr. 3.3 (b); § 104a Abs. 6 S. 2 Nr. 2 AufenthG"),
        h =>
        {
            if (!h.Options.ExceptionGroups.FamiliesOnTemporarySupplementaryBenefits)
            {
                return Check.Of(Truth.False, NotInThisRuleSet);
            }

            var all = new FactConjunction();
            TemporaryBenefits(h, ref all);
            all.Add(MinorChild(h));
            if (!all.Failed)
            {
                // "Ergänzend": the benefits top up earnings, so some member's job must count (element 14 and its
                // labour-market conditions).
                all.Add(SomeJobCounts(h));
            }

            return all.ToCheck();
        });

    /// <summary>(c) single parents with minor children, temporarily on benefits, who cannot reasonably be expected to work.</summary>
    public static readonly Rule<HouseholdContext> SingleParents = new Condition<HouseholdContext>(
        Group("SingleParents", "Alleinerziehende, Arbeitsaufnahme nicht zumutbar (Ausnahme c)", "single parent who cannot reasonably be expected to work (exception c)", "IMK 17.11.2006 Nr. 3.3 (c); § 104a Abs. 6 S. 2 Nr. 3 AufenthG; § 10 Abs. 1 Nr. 3 SGB II"),
        h =>
        {
            if (!h.Options.ExceptionGroups.SingleParentsWorkNotReasonable)
            {
                return Check.Of(Truth.False, NotInThisRuleSet);
            }

            var all = new FactConjunction();
            var spouse = false;
            foreach (var m in h.Members)
            {
                spouse |= m.Person.Role == HouseholdRole.Spouse;
            }

            all.Add((!spouse).ToTruth(), null);
            if (all.Failed)
            {
                return all.ToCheck();
            }

            // A single *parent*: a household of minors alone has no parent in it, so the group cannot hold there
            // (docs/adr/0012, item 11) — before, the missing applicant made the per-applicant test vacuously true.
            all.Add(AnyAdult(h), null);
            if (all.Failed)
            {
                return all.ToCheck();
            }

            TemporaryBenefits(h, ref all);
            all.Add(MinorChild(h));
            foreach (var m in h.Members)
            {
                if (m.Person.Role == HouseholdRole.Applicant)
                {
                    all.Add(Ask.YesNo(m.Person.WorkNotReasonable, m.Path("workNotReasonable"), "Ist der alleinerziehenden Person eine Arbeitsaufnahme unzumutbar (§ 10 Abs. 1 Nr. 3 SGB II)?", "Can the single parent not reasonably be expected to work (§ 10 Abs. 1 Nr. 3 SGB II)?"));
                }
            }

            return all.ToCheck();
        });

    /// <summary>(d) persons unable to work whose livelihood, including care, is permanently secured otherwise without public funds.</summary>
    public static readonly Rule<HouseholdContext> UnableToWork = new Condition<HouseholdContext>(
        Group("UnableToWork", "erwerbsunfähig, Unterhalt anderweitig ohne öffentliche Mittel gesichert (Ausnahme d)", "unable to work, livelihood secured otherwise without public funds (exception d)", "IMK 17.11.2006 Nr. 3.3 (d); § 104a Abs. 6 S. 2 Nr. 4 AufenthG"),
        h =>
        {
            if (!h.Options.ExceptionGroups.UnableToWorkSecuredOtherwise)
            {
                return Check.Of(Truth.False, NotInThisRuleSet);
            }

            var all = new FactConjunction();
            SecuredOtherwise(h, ref all);
            if (!all.Failed)
            {
                EveryAdult(h, ref all, static m => Ask.YesNo(m.Person.UnableToWork, m.Path("unableToWork"), "Ist die Person erwerbsunfähig?", "Is the person unable to work?"));
            }

            return all.ToCheck();
        });

    /// <summary>
    /// (e) persons of at least <c>ExceptionGroups.ElderlyMinAge</c> (65) on the reference date, with no family in the
    /// country of origin but children or grandchildren settled in Germany, where it is ensured that no benefits are
    /// claimed (read as: none received and the livelihood secured otherwise [derived]).
    /// </summary>
    public static readonly Rule<HouseholdContext> Elderly = new Condition<HouseholdContext>(
        Group("Elderly", "ab 65, Familie nur in Deutschland, keine Sozialleistungen (Ausnahme e)", "aged 65 or over, family only in Germany, no benefits (exception e)", "IMK 17.11.2006 Nr. 3.3 (e); § 104a Abs. 6 S. 2 Nr. 5 AufenthG"),
        h =>
        {
            if (!h.Options.ExceptionGroups.ElderlyWithFamilyInGermany)
            {
                return Check.Of(Truth.False, NotInThisRuleSet);
            }

            var all = new FactConjunction();
            all.Add(LivelihoodElements.NoBenefitsReceived(h));
            SecuredOtherwise(h, ref all);
            if (!all.Failed)
            {
                EveryAdult(h, ref all, static m =>
                {
                    var person = new FactConjunction();
                    var minAge = m.Options.ExceptionGroups.ElderlyMinAge;
                    person.Add(
                        Members.AgeAtReference(m) is { } age ? (age >= minAge).ToTruth() : Truth.Unknown,
                        Ask.Fact(m.Path("birthDate"), "Geburtsdatum?", "Date of birth?"));
                    if (!person.Failed)
                    {
                        person.Add(Ask.YesNo(m.Person.NoFamilyInCountryOfOrigin, m.Path("noFamilyInCountryOfOrigin"), "Hat die Person keine Familie mehr im Herkunftsland?", "Does the person have no family left in the country of origin?"));
                        person.Add(Ask.YesNo(m.Person.DescendantsSettledInGermany, m.Path("descendantsSettledInGermany"), "Leben Kinder oder Enkel mit dauerhaftem Aufenthalt oder deutscher Staatsangehörigkeit in Deutschland?", "Do children or grandchildren live in Germany with lasting residence or German nationality?"));
                    }

                    return person.ToCheck();
                });
            }

            return all.ToCheck();
        });

    private static RuleMeta Group(string suffix, string de, string en, string point)
        => new($"{ImkElements.Punkt33.Id}/{suffix}", new Label(de, en), [Citation.Imk("Punkt 3.3"), Citation.Source("L1022-1023"), Citation.Background(point)]);

    /// <summary>
    /// The household depends on benefits only temporarily (groups b and c): "angewiesen" is about the need, so it
    /// does not matter whether the benefits are drawn yet — a family whose pay falls short is in the group as well.
    /// </summary>
    private static void TemporaryBenefits(HouseholdContext h, ref FactConjunction all)
        => all.Add(Ask.YesNo(h.Household.Livelihood?.BenefitsTemporary, HouseholdContext.Path("livelihood.benefitsTemporary"), "Ist der Haushalt nur vorübergehend auf ergänzende Leistungen angewiesen?", "Does the household depend on supplementary benefits only temporarily?"));

    private static void SecuredOtherwise(HouseholdContext h, ref FactConjunction all)
        => all.Add(Ask.YesNo(h.Household.Livelihood?.SecuredOtherwiseWithoutPublicFunds, HouseholdContext.Path("livelihood.securedOtherwiseWithoutPublicFunds"), "Ist der Unterhalt einschließlich Betreuung und Pflege anderweitig ohne öffentliche Mittel dauerhaft gesichert?", "Is the livelihood, including care, permanently secured otherwise, without public funds?"));

    /// <summary>Some member is a minor child (element 6's minor, without its minimum age).</summary>
    private static Check MinorChild(HouseholdContext h)
    {
        var any = Truth.False;
        List<MissingFact>? missing = null;
        foreach (var m in h.Children)
        {
            var minor = Members.IsMinorChild(m);
            any = any.Or(minor);
            if (minor == Truth.Unknown)
            {
                (missing ??= []).Add(Ask.Fact(m.Path("birthDate"), "Geburtsdatum?", "Date of birth?"));
            }
        }

        return any == Truth.Unknown ? new Check(any, null, missing!) : Check.Of(any);
    }

    /// <summary>Some member's job counts towards the livelihood (JobElements), or a member's jobs are unknown.</summary>
    private static Check SomeJobCounts(HouseholdContext h)
    {
        List<MissingFact>? missing = null;
        var any = JobElements.UnknownJobLists(h, ref missing);
        for (var i = 0; i < h.Jobs.Count; i++)
        {
            var job = JobElements.Explained(h, i);
            any = any.Or(job.Result);
            if (job.Result == Truth.Unknown)
            {
                (missing ??= []).AddRange(job.Missing);
            }
        }

        return any == Truth.Unknown ? new Check(any, null, missing!) : Check.Of(any);
    }

    /// <summary>Some member is an adult (element 6's reading of "minor").</summary>
    private static Truth AnyAdult(HouseholdContext h)
    {
        var anyAdult = Truth.False;
        foreach (var m in h.Members)
        {
            anyAdult = anyAdult.Or(Members.IsAdult(m));
        }

        return anyAdult;
    }

    /// <summary>
    /// The household has an adult, and every adult member (element 6's reading of "minor") meets
    /// <paramref name="requirement"/>: a group of persons cannot be met by a household of minors alone.
    /// </summary>
    private static void EveryAdult(HouseholdContext h, ref FactConjunction all, Func<MemberContext, Check> requirement)
    {
        all.Add(AnyAdult(h), null);
        foreach (var m in h.Members)
        {
            var adult = Members.IsAdult(m);
            if (adult == Truth.False || all.Failed)
            {
                continue;
            }

            var check = requirement(m);
            var part = adult.Not().Or(check.Result);
            all.Add(part == Truth.Unknown ? check with { Result = Truth.Unknown } : Check.Of(part));
            if (adult == Truth.Unknown && check.Result != Truth.True)
            {
                all.Add(Truth.Unknown, Ask.Fact(m.Path("birthDate"), "Geburtsdatum?", "Date of birth?"));
            }

        }
    }
}
