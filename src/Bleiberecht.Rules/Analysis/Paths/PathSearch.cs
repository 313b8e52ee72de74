using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// Path to eligibility: the minimal sets of changes of facts (<see cref="ChangeCatalog"/>) that give a member or the
/// whole household a permit (<see cref="PermitOutcomes.IsPermit"/>) under a rule set — any regime, built-in or composed.
/// </summary>
/// <remarks>
/// <para>Unknown facts are answered first: the open questions of the decision get their favourable answer (and the
/// unfavourable one is evaluated to show what is at stake); answers are not changes and are not counted.</para>
/// <para>Then a breadth-first search over change sets of size 1, 2, … up to <see cref="PathSearchOptions.MaxChanges"/>,
/// at most one change per slot (a passport or documented efforts), skipping every superset of a path already found;
/// each size is decided as one batch on the bulk path (verdicts only). Every returned path is minimal — no proper subset
/// of it grants — and its decision is then recomputed on the explain path for the explanation.</para>
/// </remarks>
public static class PathSearch
{
    /// <summary>Rounds of answering: an answer can open a further question (a job list, then its pay).</summary>
    private const int AnswerRounds = 8;

    /// <summary>Finds the paths for a household under a rule set.</summary>
    /// <param name="household">The case.</param>
    /// <param name="ruleSet">The rule set (its regime decides which elements exist).</param>
    /// <param name="options">Target member, size limit, cost model; <see cref="PathSearchOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><see cref="PathSearchOptions.MemberId"/> is not a member of the household.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public static PathSearchResult Find(Household household, RuleSet ruleSet, PathSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Find(household, CompiledRuleSet.Compile(ruleSet), options);
    }

    /// <summary>Finds the paths for a household under a compiled rule set (compile once to search many households).</summary>
    /// <param name="household">The case.</param>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="options">Target member, size limit, cost model; <see cref="PathSearchOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><see cref="PathSearchOptions.MemberId"/> is not a member of the household.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its documented range.</exception>
    public static PathSearchResult Find(Household household, CompiledRuleSet rules, PathSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(rules);
        options ??= PathSearchOptions.Default;
        options.Validate();
        var ruleSet = rules.RuleSet;
        var target = options.MemberId is null ? -1 : FactChange.IndexOf(household, options.MemberId);
        var before = Evaluator.Evaluate(household, ruleSet);
        var outcome = PathEngine.OutcomeOf(before, target);
        if (PathEngine.Granted(before, target))
        {
            var empty = new EligibilityPath([], [], 0m, outcome, [], before);
            return new PathSearchResult(household.CaseId, ruleSet.Name, options.MemberId, outcome, [], [], options.MaxChanges, 0, 1, [empty]);
        }

        var (_, given, questions) = Answer(household, ruleSet, before, target);

        var searchBase = SearchBase(household, given);
        var catalogue = ChangeCatalog.For(searchBase, options);
        var engine = new PathEngine(searchBase, catalogue, target);
        var found = Search(engine, rules, options.MaxChanges, shortestOnly: false);
        var beforeMask = PathEngine.Grounds(before, ruleSet, target);
        var costs = options.Costs;
        var ordered = found
            .Select(set => (Set: set, Changes: engine.ChangesOf(set)))
            .Select(x => (x.Set, x.Changes, Cost: x.Changes.Sum(costs.CostOf), Key: string.Join(",", x.Changes.Select(c => c.Key))))
            .OrderBy(x => x.Cost)
            .ThenBy(x => x.Changes.Count)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .Take(options.MaxPaths)
            .ToList();
        var paths = new List<EligibilityPath>(ordered.Count);
        foreach (var (_, changes, cost, _) in ordered)
        {
            var (answers, decision) = AnswersFor(household, changes, ruleSet, target);
            var afterMask = PathEngine.Grounds(decision, ruleSet, target);
            var turned = ruleSet.Regime.IdsOf(new FailureMask(beforeMask & ~afterMask)).ToList();
            paths.Add(new EligibilityPath(answers, changes, cost, PathEngine.OutcomeOf(decision, target), turned, decision));
        }

        return new PathSearchResult(household.CaseId, ruleSet.Name, options.MemberId, outcome, questions, catalogue, options.MaxChanges, found.Count == 0 ? null : found.Min(System.Numerics.BitOperations.PopCount), found.Count, paths);
    }

    /// <summary>
    /// The answers a path needs: the questions the decision after its changes asks, answered favourably round after
    /// round until the target is granted; where that does not reach the permit (an answer only the settled base
    /// gave), every answer of the base.
    /// </summary>
    /// <summary>
    /// The household the search changes: a birth date known only as a range takes its most favourable day (the answer
    /// the paths assume, among <paramref name="given"/>; it depends on the rule set), the other open facts are settled
    /// generically. The population summary searches from the same base (<see cref="PathSummary"/>).
    /// </summary>
    internal static Household SearchBase(Household household, IReadOnlyList<FactAnswer> given)
    {
        var births = given.Where(a => a.Path.EndsWith(".birthDate", StringComparison.Ordinal)).ToList();
        return FactAnswering.Settle(births.Count > 0 ? FactAnswering.Apply(household, births) ?? household : household);
    }

    private static (IReadOnlyList<FactAnswer> Answers, HouseholdDecision Decision) AnswersFor(Household household, IReadOnlyList<FactChange> changes, RuleSet ruleSet, int target)
    {
        var answers = new List<FactAnswer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < AnswerRounds; round++)
        {
            var answered = FactAnswering.Apply(household, answers);
            if (answered is null)
            {
                break;
            }

            var decision = Evaluator.Evaluate(FactChange.ApplyAll(answered, changes), ruleSet);
            if (PathEngine.Granted(decision, target))
            {
                return (answers, decision);
            }

            var added = false;
            var tree = FactAnswering.Tree(answered);
            foreach (var fact in target >= 0 ? decision.Members[target].Missing : decision.Missing)
            {
                if (seen.Add(fact.Path) && FactAnswering.IsUnknown(tree, fact.Path) && FactAnswering.Answer(fact, favourable: true, FactChange.ApplyAll(answered, changes), ruleSet, target) is { } a)
                {
                    answers.Add(a);
                    added = true;
                }
            }

            if (!added)
            {
                break;
            }
        }

        // Fallback: every answer of the settled base.
        var all = FactAnswering.AnswersOf(household);
        var settled = FactAnswering.Settle(household);
        return (all, Evaluator.Evaluate(FactChange.ApplyAll(settled, changes), ruleSet));
    }

    /// <summary>
    /// The minimal granting change sets up to <paramref name="maxChanges"/> changes; with
    /// <paramref name="shortestOnly"/> it stops after the first size that grants.
    /// </summary>
    internal static List<ulong> Search(PathEngine engine, CompiledRuleSet rules, int maxChanges, bool shortestOnly)
    {
        var found = new List<ulong>();
        var first = PathEngine.Decide([engine.Apply(0)], rules);
        if (PathEngine.Granted(first.Batch, first.Results, 0, engine.Target))
        {
            found.Add(0);
            return found;
        }

        for (var size = 1; size <= Math.Min(maxChanges, engine.Count); size++)
        {
            var candidates = engine.Candidates(size, found);
            if (candidates.Count == 0)
            {
                break;
            }

            var households = new Household[candidates.Count];
            for (var i = 0; i < candidates.Count; i++)
            {
                households[i] = engine.Apply(candidates[i]);
            }

            var (batch, results, _) = PathEngine.Decide(households, rules);
            var hits = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (PathEngine.Granted(batch, results, i, engine.Target))
                {
                    found.Add(candidates[i]);
                    hits++;
                }
            }

            if (shortestOnly && hits > 0)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// Answers the open questions favourably, round after round (an answer can raise a further question), and
    /// evaluates each unfavourable answer with the others favourable.
    /// </summary>
    internal static (Household Answered, IReadOnlyList<FactAnswer> Answers, IReadOnlyList<QuestionOutcome> Questions) Answer(Household household, RuleSet ruleSet, HouseholdDecision decision, int target)
    {
        var asked = new List<MissingFact>();
        var answers = new List<FactAnswer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = household;
        var d = decision;
        for (var round = 0; round < AnswerRounds; round++)
        {
            var added = false;
            var tree = FactAnswering.Tree(current);
            foreach (var fact in target >= 0 ? d.Members[target].Missing : d.Missing)
            {
                if (!seen.Add(fact.Path))
                {
                    continue;
                }

                asked.Add(fact);
                if (FactAnswering.IsUnknown(tree, fact.Path) && FactAnswering.Answer(fact, favourable: true, current, ruleSet, target) is { } a)
                {
                    var next = FactAnswering.Apply(current, [a]);
                    if (next is not null)
                    {
                        answers.Add(a);
                        current = next;
                        added = true;
                    }
                }
            }

            if (!added)
            {
                break;
            }

            d = Evaluator.Evaluate(current, ruleSet);
        }

        var questions = new List<QuestionOutcome>(asked.Count);
        foreach (var fact in asked)
        {
            var favourable = answers.FirstOrDefault(a => a.Path == fact.Path);
            var unfavourable = favourable is null ? null : FactAnswering.Answer(fact, favourable: false, household, ruleSet, target);
            Outcome? ifUnfavourable = null;
            if (unfavourable is not null)
            {
                var mixed = answers.Select(a => a.Path == fact.Path ? unfavourable : a).ToList();
                if (FactAnswering.Apply(household, mixed) is { } h)
                {
                    ifUnfavourable = PathEngine.OutcomeOf(Evaluator.Evaluate(h, ruleSet), target);
                }
            }

            questions.Add(new QuestionOutcome(fact, favourable, unfavourable, ifUnfavourable));
        }

        return (current, answers, questions);
    }
}
