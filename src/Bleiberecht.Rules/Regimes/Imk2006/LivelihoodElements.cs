using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 13 (household): livelihood secured by own employment, "unabhängig von staatlichen Leistungen"
/// (L171-172, L633-634) — by the standard route (Punkt 3.2) or an exception group (Punkt 3.3 [background]). The
/// logic of each part is written once in <see cref="LivelihoodKernel"/>; here it is the explanation tree.
/// </summary>
internal static class LivelihoodElements
{
    /// <summary>Income from counting jobs covers the household's need (A07-A11 shape the test); the jobs are its children.</summary>
    private sealed class IncomeCoversNeed() : Rule<HouseholdContext>(Ask.Sub(ImkElements.Punkt32, "Income", "Einkommen deckt den Bedarf", "income covers the need"))
    {
        public override ExplanationNode Explain(HouseholdContext h)
        {
            var jobs = JobElements.Jobs(h);
            var children = jobs.Count == 0 ? [] : new ExplanationNode[jobs.Count];
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = JobElements.Explained(h, i);
            }

            var facts = new LivelihoodObjectFacts(h);
            var trace = new CheckTrace(-1);
            var result = LivelihoodKernel.IncomeCoversNeed(ref facts, ref trace, h.Options, out _);
            var check = trace.ToCheck(result);
            IReadOnlyList<MissingFact> missing = [];
            if (result == Truth.Unknown)
            {
                // The tracer's questions are the node's when none is asked twice (the usual case); else their union.
                var distinct = DistinctLists.IsDistinct(check.Missing) ? check.Missing : new List<MissingFact>(check.Missing.Count);
                (distinct as List<MissingFact>)?.AddDistinct(check.Missing);
                missing = distinct;
            }

            return Node(result, null, check.Detail, missing, children);
        }
    }

    /// <summary>
    /// "Viele Kinder": the source gives no number; three or more is the usual meaning of a "kinderreiche Familie"
    /// [derived; verify] (docs/adr/0012, item 12).
    /// </summary>
    internal const int ManyChildrenCount = 3;

    /// <summary>No dependence on public benefits — unless temporary receipt is tolerated (A10).</summary>
    private static readonly Rule<HouseholdContext> NoBenefits = new Condition<HouseholdContext>(
        Ask.Sub(ImkElements.Punkt32, "NoBenefits", "kein Bezug öffentlicher Leistungen", "no public benefits"),
        static h => Leaf(h, static (ref LivelihoodObjectFacts f, ref CheckTrace t, ImkOptions o) => LivelihoodKernel.NoBenefits(ref f, ref t, o.Income)));

    /// <summary>Element 15: the standard route.</summary>
    internal static readonly Rule<HouseholdContext> Punkt32 = new AllOf<HouseholdContext>(ImkElements.Punkt32, [new IncomeCoversNeed(), NoBenefits]);

    /// <summary>
    /// Element 16: the exception route of Punkt 3.3 [background] — (a) a trainee (A06), (b) a family on temporary
    /// supplementary benefits, (c) a single parent who cannot be expected to work, (d) persons unable to work whose
    /// livelihood is secured otherwise, (e) persons of 65 and over with their family in Germany (ExceptionGroups).
    /// </summary>
    internal static readonly Rule<HouseholdContext> Punkt33 = new AnyOf<HouseholdContext>(
        ImkElements.Punkt33,
        [
            new Condition<HouseholdContext>(
                Ask.Sub(ImkElements.Punkt33, "Trainee", "Auszubildende: jede(r) Erwachsene in Ausbildung (Ausnahme a)", "trainees: every adult in training (exception a)"),
                static h => Leaf(h, static (ref LivelihoodObjectFacts f, ref CheckTrace t, ImkOptions o) => LivelihoodKernel.Trainees(ref f, ref t, o.Employment))),
            ExceptionGroups.Families,
            ExceptionGroups.SingleParents,
            ExceptionGroups.UnableToWork,
            ExceptionGroups.Elderly,
        ]);

    /// <summary>Element 13.</summary>
    public static readonly Rule<HouseholdContext> Rule = new AnyOf<HouseholdContext>(ImkElements.Livelihood, [Punkt32, Punkt33]);

    /// <summary>Runs a livelihood kernel on the household's objects: the explanation leaf.</summary>
    private static Check Leaf(HouseholdContext h, OptionsKernel<LivelihoodObjectFacts> kernel)
    {
        var facts = new LivelihoodObjectFacts(h);
        return OptionsLeaf.Check(ref facts, h.Options, kernel);
    }
}
