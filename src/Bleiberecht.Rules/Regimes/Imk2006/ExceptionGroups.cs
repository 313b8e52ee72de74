using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Punkt 3.3 groups (b)-(e) [background: IMK-Beschluss of 17.11.2006, Nr. 3.3; § 104a Abs. 6 S. 2 Nr. 2-5 AufenthG
/// repeats the list]: households that may be granted although their livelihood is not fully secured by employment.
/// The study names the point only as a grant category (Brandenburg, 114 permits "nach Punkt 3.3.", L1022-1023).
/// Livelihood is a household element here, so a group that describes a person is read for the household: every
/// adult must belong to it [derived] — an able adult is expected to secure the livelihood by work (Punkt 3.2).
/// Group (a), trainees, sits with the income test (LivelihoodElements, A06). Each group's logic is written once in
/// <see cref="ExceptionGroupsKernel"/>; here it is the explanation leaf.
/// </summary>
internal static class ExceptionGroups
{
    /// <summary>(b) families with minor children that depend on benefits only temporarily, to supplement their earnings.</summary>
    public static readonly Rule<HouseholdContext> Families = new Condition<HouseholdContext>(
        Group("Families", "Familie mit minderjährigen Kindern, nur vorübergehend ergänzende Leistungen (Ausnahme b)", "family with minor children on temporary supplementary benefits only (exception b)", "IMK 17.11.2006 Nr. 3.3 (b); § 104a Abs. 6 S. 2 Nr. 2 AufenthG"),
        static h => Leaf(h, static (ref LivelihoodObjectFacts f, ref CheckTrace t, ImkOptions o) => ExceptionGroupsKernel.Families(ref f, ref t, o.ExceptionGroups)));

    /// <summary>(c) single parents with minor children, temporarily on benefits, who cannot reasonably be expected to work.</summary>
    public static readonly Rule<HouseholdContext> SingleParents = new Condition<HouseholdContext>(
        Group("SingleParents", "Alleinerziehende, Arbeitsaufnahme nicht zumutbar (Ausnahme c)", "single parent who cannot reasonably be expected to work (exception c)", "IMK 17.11.2006 Nr. 3.3 (c); § 104a Abs. 6 S. 2 Nr. 3 AufenthG; § 10 Abs. 1 Nr. 3 SGB II"),
        static h => Leaf(h, static (ref LivelihoodObjectFacts f, ref CheckTrace t, ImkOptions o) => ExceptionGroupsKernel.SingleParents(ref f, ref t, o.ExceptionGroups)));

    /// <summary>(d) persons unable to work whose livelihood, including care, is permanently secured otherwise without public funds.</summary>
    public static readonly Rule<HouseholdContext> UnableToWork = new Condition<HouseholdContext>(
        Group("UnableToWork", "erwerbsunfähig, Unterhalt anderweitig ohne öffentliche Mittel gesichert (Ausnahme d)", "unable to work, livelihood secured otherwise without public funds (exception d)", "IMK 17.11.2006 Nr. 3.3 (d); § 104a Abs. 6 S. 2 Nr. 4 AufenthG"),
        static h => Leaf(h, static (ref LivelihoodObjectFacts f, ref CheckTrace t, ImkOptions o) => ExceptionGroupsKernel.UnableToWork(ref f, ref t, o.ExceptionGroups)));

    /// <summary>
    /// (e) persons of at least <c>ExceptionGroups.ElderlyMinAge</c> (65) on the reference date, with no family in the
    /// country of origin but children or grandchildren settled in Germany, where it is ensured that no benefits are
    /// claimed (read as: none received and the livelihood secured otherwise [derived]).
    /// </summary>
    public static readonly Rule<HouseholdContext> Elderly = new Condition<HouseholdContext>(
        Group("Elderly", "ab 65, Familie nur in Deutschland, keine Sozialleistungen (Ausnahme e)", "aged 65 or over, family only in Germany, no benefits (exception e)", "IMK 17.11.2006 Nr. 3.3 (e); § 104a Abs. 6 S. 2 Nr. 5 AufenthG"),
        static h => Leaf(h, static (ref LivelihoodObjectFacts f, ref CheckTrace t, ImkOptions o) => ExceptionGroupsKernel.Elderly(ref f, ref t, o.ExceptionGroups)));

    /// <summary>
    /// Runs a group's kernel on the household's objects. Group (b)'s last part is whether a job counts: its questions
    /// are those of the jobs' explanation nodes, added after the kernel's own.
    /// </summary>
    private static Check Leaf(HouseholdContext h, OptionsKernel<LivelihoodObjectFacts> kernel)
    {
        var facts = new LivelihoodObjectFacts(h);
        var check = OptionsLeaf.Check(ref facts, h.Options, kernel);
        return check.Result == Truth.Unknown && facts.Jobs is { Result: Truth.Unknown } jobs
            ? check with { Missing = [.. check.Missing, .. jobs.Missing] }
            : check;
    }

    private static RuleMeta Group(string suffix, string de, string en, string point)
        => new($"{ImkElements.Punkt33.Id}/{suffix}", new Label(de, en), [Citation.Imk("Punkt 3.3"), Citation.Source("L1022-1023"), Citation.Background(point)]);
}
