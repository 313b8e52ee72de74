namespace Bleiberecht.Rules.Regimes.Kernels;

/// <summary>Dates as the kernels read them: day numbers (<see cref="DateOnly.DayNumber"/>), with one sentinel for "not known".</summary>
internal static class Days
{
    /// <summary>No date (the fact is not known); the batch's <c>NoDate</c> is the same value.</summary>
    public const int None = -1;

    /// <summary>The day number of an optional date.</summary>
    public static int Of(DateOnly? date) => date?.DayNumber ?? None;
}
