namespace Bleiberecht.Rules.Facts;

/// <summary>Facts about a child's day care and school (L3548, L2675-2676, L3201-3203, L804-807).</summary>
public sealed record Schooling
{
    /// <summary>Attends a day-care centre (Kita).</summary>
    public bool? AttendsKita { get; init; }

    /// <summary>Actually attends school (school certificates presented).</summary>
    public bool? AttendsSchool { get; init; }

    /// <summary>The school expects the child to complete school (positive Schulabschlussprognose).</summary>
    public bool? PositiveSchoolPrognosis { get; init; }
}
