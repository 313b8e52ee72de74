using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>
/// The explain path's tracer: collects the questions and the detail a kernel reports and turns them, with the
/// kernel's verdict, into the <see cref="Check"/> of an explanation leaf. Questions are kept only when the verdict is
/// unknown (as <see cref="FactConjunction"/> does: once a part fails, no answer could change the verdict).
/// </summary>
/// <param name="member">The member's index in <c>members</c> (for the question's JSON path), or -1 for a household fact.</param>
internal partial struct CheckTrace(int member) : ITrace
{
    private List<MissingFact>? _missing;
    private Label? _detail;

    /// <inheritdoc />
    public static bool Enabled => true;

    /// <inheritdoc />
    public void Ask(string property, string questionDe, string questionEn)
        => (_missing ??= []).Add(Imk2006.Ask.Fact(new FactPath(member, -1, property), questionDe, questionEn));

    /// <inheritdoc />
    public void AskHousehold(string property, string questionDe, string questionEn)
        => (_missing ??= []).Add(Imk2006.Ask.Fact(new FactPath(-1, -1, property), questionDe, questionEn));

    /// <inheritdoc />
    public void Detail(Label? detail) => _detail = detail;

    /// <summary>The leaf for the kernel's verdict.</summary>
    public readonly Check ToCheck(Truth result)
        => result == Truth.Unknown ? new Check(result, _detail, _missing ?? []) : Check.Of(result, _detail);
}
