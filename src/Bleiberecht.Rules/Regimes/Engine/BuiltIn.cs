namespace Bleiberecht.Rules.Regimes;

/// <summary>
/// Which built-in element an element of a regime is, so the bulk path can read its verdict from the columnar batch;
/// <see cref="Custom"/> elements (user-defined predicates) are evaluated through their rule on both paths.
/// </summary>
internal enum BuiltIn : byte
{
    Custom,
    Scope,
    Application,
    ApplicationDeadline,
    QualifyingChild,
    MinYears,
    Deception,
    Obstruction,
    Conviction,
    Extremism,
    Absconding,
    FamilyScope,
    Housing,
    Language,
    SchoolAttendance,
    SchoolPrognosis,
    Passport,
    Cooperation,
    Livelihood,
    WorkTakeUp,
}
