namespace Bleiberecht.Rules.Explanation;

/// <summary>
/// A fact that must be established before a requirement can be decided: what an advisor should ask for.
/// </summary>
/// <param name="Path">JSON path of the fact in the case format, e.g. <c>$.members[1].passport.hasValidPassport</c>.</param>
/// <param name="Question">The question to ask, in German and English.</param>
public sealed record MissingFact(string Path, Label Question);
