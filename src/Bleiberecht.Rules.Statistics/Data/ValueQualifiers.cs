namespace Bleiberecht.Rules.Statistics.Data;

/// <summary>Reads the <see cref="ValueQualifier"/> from the note conventions of the Land-chapter figures ("ca.", "mehr als", …).</summary>
public static class ValueQualifiers
{
    /// <summary>Classifies a note ("approx. ('etwa 1,2 Mio.')", "lower bound ('über 50')", ...).</summary>
    /// <param name="note">The note column.</param>
    /// <param name="value">The value (a range is always <see cref="ValueQualifier.Range"/>).</param>
    public static ValueQualifier FromNote(string note, FigureValue? value)
    {
        if (value is { IsRange: true } || note.StartsWith("range", StringComparison.Ordinal))
        {
            return ValueQualifier.Range;
        }

        if (note.Contains("lower bound", StringComparison.Ordinal))
        {
            return ValueQualifier.LowerBound;
        }

        if (note.Contains("upper bound", StringComparison.Ordinal))
        {
            return ValueQualifier.UpperBound;
        }

        if (note.Contains("extrapolation", StringComparison.Ordinal))
        {
            return ValueQualifier.Extrapolation;
        }

        if (note.StartsWith("forecast", StringComparison.Ordinal))
        {
            return ValueQualifier.Forecast;
        }

        // "printed 'in etwa einem Drittel'" (MV, L1842) is an approximation even without the "approx." prefix.
        return note.StartsWith("approx.", StringComparison.Ordinal) || note.Contains("etwa", StringComparison.Ordinal)
            ? ValueQualifier.Approximate
            : ValueQualifier.Exact;
    }
}
