using System.Globalization;
using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Evaluation;
using RulesEngine.Models;
using Rule = RulesEngine.Models.Rule;

namespace Bleiberecht.Rules.Benchmarks;

/// <summary>
/// Benchmark (c): the IMK base rule as a Microsoft RulesEngine workflow — expression rules over the flat
/// <see cref="FlatCase"/> — two rules per element (definitely failed / still open), so the three-valued verdicts
/// survive; the outcome is then decided from the rule results (<see cref="FlatDecision.Decide"/>).
/// </summary>
public sealed class RulesEngineWorkflow
{
    private const string Name = "Imk2006";
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineWorkflow()
    {
        var deadline = FlatDecision.ApplicationDeadline.ToString(CultureInfo.InvariantCulture);
        static string WhenFailed(string innerFailed) => $"input1.Adult == 2 && ({innerFailed})";
        static string WhenOpen(string innerFailed, string innerTrue) => $"input1.Adult != 0 && !({innerTrue}) && !(input1.Adult == 2 && ({innerFailed}))";
        const string YearsFailed = "input1.EntryKnown && ((input1.Family == 2 && !input1.MetSix) || (input1.Family == 0 && !input1.MetEight) || (input1.Family == 1 && !input1.MetEight && !input1.MetSix))";
        const string YearsTrue = "input1.EntryKnown && input1.GapsKnown && ((input1.Family == 2 && input1.MetSix) || (input1.Family == 0 && input1.MetEight) || (input1.Family == 1 && input1.MetEight))";
        const string LanguageFailed = "input1.GermanLevel >= 0 && input1.GermanLevel < 2";
        const string LanguageTrue = "input1.GermanLevel >= 2";
        (string Name, string Expression)[] rules =
        [
            ("Application.Failed", "input1.ApplicationFiled == 0"),
            ("Application.Open", "input1.ApplicationFiled == 1 && !input1.HasApplicationDate"),
            ("Scope.Failed", "input1.Tolerated == 0 || input1.Obliged == 0"),
            ("Scope.Open", "input1.Tolerated != 0 && input1.Obliged != 0 && (input1.Tolerated == 1 || input1.Obliged == 1)"),
            ("Deadline.Failed", $"input1.ApplicationFiled != 0 && input1.HasApplicationDate && input1.ApplicationDay > {deadline}"),
            ("Deadline.Open", "input1.ApplicationFiled != 0 && !input1.HasApplicationDate"),
            ("MinYears.Failed", WhenFailed(YearsFailed)),
            ("MinYears.Open", WhenOpen(YearsFailed, YearsTrue)),
            ("Deception.Failed", "input1.MisconductKnown && input1.DeceptionAny == 2"),
            ("Deception.Open", "!input1.MisconductKnown || input1.DeceptionAny == 1"),
            ("Obstruction.Failed", "input1.MisconductKnown && input1.ObstructionAny == 2"),
            ("Obstruction.Open", "!input1.MisconductKnown || input1.ObstructionAny == 1"),
            ("Conviction.Failed", "input1.ConvictionsKnown && input1.BestExceeds"),
            ("Conviction.Open", "!input1.ConvictionsKnown || (!input1.BestExceeds && input1.WorstExceeds)"),
            ("Extremism.Failed", "input1.ExtremismLinks == 2"),
            ("Extremism.Open", "input1.ExtremismLinks == 1"),
            ("Absconding.Failed", "input1.MisconductKnown && input1.AbscondingAny"),
            ("Absconding.Open", "!input1.MisconductKnown"),
            ("FamilyScope.Failed", "input1.OthersNoExclusion == 0"),
            ("FamilyScope.Open", "input1.OthersNoExclusion == 1"),
            ("Housing.Failed", "input1.Housing == 0"),
            ("Housing.Open", "input1.Housing == 1"),
            ("Language.Failed", WhenFailed(LanguageFailed)),
            ("Language.Open", WhenOpen(LanguageFailed, LanguageTrue)),
            ("School.Failed", "input1.School == 0"),
            ("School.Open", "input1.School == 1"),
            ("Prognosis.Failed", "input1.Prognosis == 0"),
            ("Prognosis.Open", "input1.Prognosis == 1"),
            ("Passport.Failed", "input1.ValidPassport == 0"),
            ("Passport.Open", "input1.ValidPassport == 1"),
            ("Cooperation.Failed", "input1.CooperationBreached == 2"),
            ("Cooperation.Open", "input1.CooperationBreached == 1"),
            ("Livelihood.Failed", "input1.Livelihood == 0"),
            ("Livelihood.Open", "input1.Livelihood == 1"),
        ];
        var workflow = new Workflow
        {
            WorkflowName = Name,
            Rules = rules.Select(r => new Rule { RuleName = r.Name, Expression = r.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression }).ToList(),
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    /// <summary>Runs the workflow for every row and decides each household.</summary>
    public void Run(FlatCase[] rows, FlatPerson[] structs, int[] householdStart, int households, BulkResult[] results)
    {
        for (var h = 0; h < households; h++)
        {
            var first = householdStart[h];
            var end = householdStart[h + 1];
            for (var i = first; i < end; i++)
            {
                var r = _engine.ExecuteAllRulesAsync(Name, rows[i]).GetAwaiter().GetResult();
                static byte V(List<RuleResultTree> r, int k) => r[2 * k].IsSuccess ? (byte)0 : r[(2 * k) + 1].IsSuccess ? (byte)1 : (byte)2;
                var e = new FlatElements
                {
                    Application = V(r, 0), Scope = V(r, 1), Deadline = V(r, 2), MinYears = V(r, 3), Deception = V(r, 4), Obstruction = V(r, 5),
                    Conviction = V(r, 6), Extremism = V(r, 7), Absconding = V(r, 8), FamilyScope = V(r, 9), Housing = V(r, 10), Language = V(r, 11),
                    School = V(r, 12), Prognosis = V(r, 13), Passport = V(r, 14), Cooperation = V(r, 15), Livelihood = V(r, 16),
                };
                var (outcome, bits) = FlatDecision.Decide(e, rows[i].Withdrawn, rows[i].DecisionDay);
                results[i] = new BulkResult(outcome, Outcome.Mixed, new FailureMask(bits));
            }

            FlatDecision.Cap(structs.AsSpan(first, end - first), results.AsSpan(first, end - first));
        }
    }
}
