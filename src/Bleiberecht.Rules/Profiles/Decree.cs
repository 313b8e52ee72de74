using Bleiberecht.Rules.Explanation;

namespace Bleiberecht.Rules.Profiles;

/// <summary>A decree, instruction or statement a profile rests on.</summary>
/// <param name="Date">The exact date, or null where the source gives only a month, a year or none.</param>
/// <param name="DateText">The date as the source gives it, e.g. <c>20.11.2006</c>, <c>Dezember 2006</c>, <c>undatiert</c>.</param>
/// <param name="Kind">Kind of document, e.g. <c>Erlass</c>, <c>Verwaltungsvorschrift</c>.</param>
/// <param name="Title">Title or description.</param>
/// <param name="Lines">Source lines, if given.</param>
public sealed record Decree(DateOnly? Date, string DateText, string Kind, string Title, Citation? Lines);
