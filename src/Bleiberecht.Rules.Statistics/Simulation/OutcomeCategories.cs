using Bleiberecht.Rules.Evaluation;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>Maps an <see cref="Outcome"/> to its <see cref="OutcomeCategory"/>.</summary>
public static class OutcomeCategories
{
    /// <summary>The five categories in table order.</summary>
    public static IReadOnlyList<OutcomeCategory> All { get; } =
        [OutcomeCategory.Permit, OutcomeCategory.Duldung, OutcomeCategory.Refusal, OutcomeCategory.Pending, OutcomeCategory.Other];

    /// <summary>The category of an outcome; any value other than the four main ones is <see cref="OutcomeCategory.Other"/>.</summary>
    /// <param name="outcome">Person or household outcome.</param>
    public static OutcomeCategory Of(Outcome outcome) => outcome switch
    {
        Outcome.ResidencePermit => OutcomeCategory.Permit,
        Outcome.JobSearchDuldung => OutcomeCategory.Duldung,
        Outcome.Refusal => OutcomeCategory.Refusal,
        Outcome.Pending => OutcomeCategory.Pending,
        _ => OutcomeCategory.Other,
    };
}
