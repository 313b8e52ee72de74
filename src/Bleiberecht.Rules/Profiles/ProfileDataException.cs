namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// An option value or profile entry that cannot be read or applied: an unknown option id, or a JSON value of the
/// wrong type. The message names the option id and the expected type.
/// </summary>
public sealed class ProfileDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="optionId">The option id concerned, or null for a problem not tied to one option.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public ProfileDataException(string? optionId, string message, Exception? inner = null)
        : base(optionId is null ? message : $"option {optionId}: {message}", inner)
    {
        OptionId = optionId;
    }

    /// <summary>The option id concerned, or null.</summary>
    public string? OptionId { get; }
}
