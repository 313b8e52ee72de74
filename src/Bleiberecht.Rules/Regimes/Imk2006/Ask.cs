using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>Small helpers shared by the element files: sub-node metadata, questions and yes/no leaves.</summary>
internal static class Ask
{
    /// <summary>A sub-requirement of an element: same citations, id <c>Parent/suffix</c>.</summary>
    public static RuleMeta Sub(RuleMeta parent, string suffix, string de, string en)
        => new($"{parent.Id}/{suffix}", new Label(de, en), parent.Citations);

    /// <summary>A question for a missing fact.</summary>
    public static MissingFact Fact(string path, string de, string en) => new(path, new Label(de, en));

    /// <summary>A question for a missing fact at a case path.</summary>
    public static MissingFact Fact(FactPath path, string de, string en) => new(path.ToString(), new Label(de, en));

    /// <summary>A leaf from an optional boolean fact: null is Unknown with the question to ask.</summary>
    public static Check YesNo(bool? value, FactPath path, string questionDe, string questionEn, bool wanted = true)
    {
        if (value is null)
        {
            return Check.Unknown(null, Fact(path, questionDe, questionEn));
        }

        return Check.Of((value.Value == wanted).ToTruth(), value.Value ? YesLabel : NoLabel);
    }

    private static readonly Label YesLabel = new("ja", "yes");
    private static readonly Label NoLabel = new("nein", "no");

    /// <summary>Culture-invariant text for numbers in explanations.</summary>
    public static string N(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>ISO date text for explanations.</summary>
    public static string D(DateOnly value) => value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Applicability of a requirement to a subject (adults only, school-age children only).</summary>
internal static class Applicability
{
    /// <summary>
    /// Kleene "applies → requirement": not applicable is met; unknown applicability is met only if the requirement
    /// is met anyway, else unknown with the birth date (which decides applicability) added to the questions.
    /// </summary>
    /// <remarks>The requirement takes its state as an argument so that static lambdas allocate nothing per call.</remarks>
    public static Check When<TState>(Truth applies, TState state, Func<TState, Check> requirement, Label notApplicable, FactPath birthDate)
    {
        if (applies == Truth.False)
        {
            return Check.NotApplicable(notApplicable);
        }

        // The verdict is the kernels' composition (Kernels.Applicable.Implies); this wrapper adds the explanation.
        var check = requirement(state);
        if (applies == Truth.True || Kernels.Applicable.Implies(applies, check.Result) == Truth.True)
        {
            return check;
        }

        var missing = new List<MissingFact> { Ask.Fact(birthDate, "Geburtsdatum?", "Date of birth?") };
        missing.AddRange(check.Missing);
        return new Check(Truth.Unknown, check.Detail, missing);
    }
}
