namespace Bleiberecht.Rules.Profiles;

/// <summary>The two groups of discretion options: (a) parameters of rule elements, (b) procedure.</summary>
public enum OptionGroup
{
    /// <summary>Group (a), A01-A36: options that change a decision; applied to <see cref="Options.ImkOptions"/>.</summary>
    DecisionRule,

    /// <summary>Group (b), P01-P13: procedure and labels; kept as data only, never applied.</summary>
    Procedure,
}
