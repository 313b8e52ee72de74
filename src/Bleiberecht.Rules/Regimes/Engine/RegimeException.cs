namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// A regime could not be built: every problem found (unknown or duplicate ids, missing citations, roles that do not
/// fit the level, more elements than a failure mask holds), each naming the element it concerns.
/// </summary>
public sealed class RegimeException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public RegimeException(string regimeId, IReadOnlyList<string> problems)
        : base($"Regime '{regimeId}' cannot be built:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems))
    {
        RegimeId = regimeId;
        Problems = problems;
    }

    /// <summary>The regime being built.</summary>
    public string RegimeId { get; }

    /// <summary>Every problem, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
