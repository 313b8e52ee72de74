using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Regimes;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// The failure-mask bit of each element the decision procedure reports, looked up once in
/// <see cref="ImkElements.Checkable"/> (so the bulk path follows any reordering of the catalogue).
/// </summary>
internal static class ElementBits
{
    public static readonly uint Scope = Bit(ImkElements.Scope.Id);
    public static readonly uint Application = Bit(ImkElements.Application.Id);
    public static readonly uint ApplicationDeadline = Bit(ImkElements.ApplicationDeadline.Id);
    public static readonly uint MinYears = Bit(ImkElements.MinYears.Id);
    public static readonly uint Deception = Bit(ImkElements.Deception.Id);
    public static readonly uint Obstruction = Bit(ImkElements.Obstruction.Id);
    public static readonly uint Conviction = Bit(ImkElements.Conviction.Id);
    public static readonly uint Extremism = Bit(ImkElements.Extremism.Id);
    public static readonly uint Absconding = Bit(ImkElements.Absconding.Id);
    public static readonly uint FamilyScope = Bit(ImkElements.FamilyScope.Id);
    public static readonly uint Housing = Bit(ImkElements.Housing.Id);
    public static readonly uint Language = Bit(ImkElements.Language.Id);
    public static readonly uint SchoolAttendance = Bit(ImkElements.SchoolAttendance.Id);
    public static readonly uint SchoolPrognosis = Bit(ImkElements.SchoolPrognosis.Id);
    public static readonly uint Passport = Bit(ImkElements.Passport.Id);
    public static readonly uint Cooperation = Bit(ImkElements.Cooperation.Id);
    public static readonly uint Livelihood = Bit(ImkElements.Livelihood.Id);
    public static readonly uint WorkTakeUp = Bit(ImkElements.WorkTakeUp.Id);

    /// <summary>The elements a refusal may rest on alone for the § 104a conversion (A31).</summary>
    public static readonly uint Convertible = Livelihood | WorkTakeUp | MinYears;

    /// <summary>The element's bit; 0 for an element outside the catalogue (it is then not reported, as in <see cref="FailureMask.From"/>).</summary>
    private static uint Bit(string id) => FailureMask.IndexOf(id) is var i and >= 0 ? 1u << i : 0u;
}
