namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>
/// How exactly a figure is printed, read from the <c>note</c> column (DQ-33): "ca./etwa/rund" are approximations,
/// "über/mehr als" lower bounds, "knapp/unter" upper bounds. Tests and checks use a tolerance for anything not exact.
/// </summary>
public enum ValueQualifier
{
    /// <summary>Printed as an exact number.</summary>
    Exact,

    /// <summary>"ca.", "etwa", "rund", "fast", ...</summary>
    Approximate,

    /// <summary>"über", "mehr als", "gut", "mindestens": the true value is at least this.</summary>
    LowerBound,

    /// <summary>"knapp", "unter": the true value is at most this.</summary>
    UpperBound,

    /// <summary>A printed range a..b.</summary>
    Range,

    /// <summary>An extrapolation ("Hochrechnung"), e.g. Bayern 9 % undecided (L622-624).</summary>
    Extrapolation,

    /// <summary>A forecast.</summary>
    Forecast,
}
