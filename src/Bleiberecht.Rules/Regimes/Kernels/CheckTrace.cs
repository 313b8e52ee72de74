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
    // The questions in the order asked, formatted only when the verdict stays unknown (ToCheck): a kernel often asks
    // for a fact that a definite part then makes irrelevant, and each question is a path, a label and a record. The
    // first is kept here (most leaves ask one at most); the leaf's list is an array of their number.
    private Question _first;
    private List<Question>? _more;
    private Label? _detail;

    /// <inheritdoc />
    public static bool Enabled => true;

    /// <inheritdoc />
    public void Ask(string property, string questionDe, string questionEn)
        => Add(new Question(member, property, questionDe, questionEn, null));

    /// <inheritdoc />
    public void AskHousehold(string property, string questionDe, string questionEn)
        => Add(new Question(-1, property, questionDe, questionEn, null));

    /// <inheritdoc />
    public void Detail(Label? detail) => _detail = detail;

    /// <summary>The leaf for the kernel's verdict.</summary>
    public readonly Check ToCheck(Truth result)
        => result == Truth.Unknown ? new Check(result, _detail, Questions()) : Check.Of(result, _detail);

    private void Add(Question question)
    {
        if (_first.Asked)
        {
            (_more ??= []).Add(question);
        }
        else
        {
            _first = question;
        }
    }

    private readonly IReadOnlyList<MissingFact> Questions()
    {
        if (!_first.Asked)
        {
            return [];
        }

        var more = _more;
        var all = new MissingFact[1 + (more?.Count ?? 0)];
        all[0] = _first.ToFact();
        for (var i = 1; i < all.Length; i++)
        {
            all[i] = more![i - 1].ToFact();
        }

        return all;
    }

    /// <summary>A question asked: a fact at a member's (or, with -1, the household's) property, or one already made.</summary>
    private readonly record struct Question(int Member, string? Property, string? De, string? En, MissingFact? Fact)
    {
        public bool Asked => Property is not null || Fact is not null;

        public MissingFact ToFact() => Fact ?? Imk2006.Ask.Fact(new FactPath(Member, -1, Property!), De!, En!);
    }
}
