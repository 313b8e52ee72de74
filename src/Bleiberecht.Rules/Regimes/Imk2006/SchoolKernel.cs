using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 9-10 written once, for one child (the household's verdict is the conjunction over its children: the
/// explanation's <c>ForEach</c>, the bulk path's loop): a child of school age attends school (L3548, L2676) and has a
/// positive school prognosis (L3201-3203). Both bind only a child of school age on the decision date
/// (<see cref="MembersKernel.IsSchoolAgeChild"/>, composed by <see cref="Applicable"/>).
/// </summary>
internal static class SchoolKernel
{
    private static readonly Label NotOfSchoolAge = new("nicht im schulpflichtigen Alter", "not of school age");

    /// <summary>Element 9 for one child; <paramref name="decisionCivil"/> is the decision date packed.</summary>
    public static Truth Attendance<TFacts, TTrace>(ref TFacts f, ref TTrace t, SchoolOptions s, int ageOfMajority, int decisionCivil)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => OfSchoolAge(ref f, ref t, s, ageOfMajority, decisionCivil, Requirement.Attendance);

    /// <summary>Element 10 for one child (where the rule set requires it of the family, A20: the caller's choice of children).</summary>
    public static Truth Prognosis<TFacts, TTrace>(ref TFacts f, ref TTrace t, SchoolOptions s, int ageOfMajority, int decisionCivil)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => OfSchoolAge(ref f, ref t, s, ageOfMajority, decisionCivil, Requirement.Prognosis);

    private enum Requirement
    {
        Attendance,
        Prognosis,
    }

    /// <summary>
    /// Kleene "of school age → requirement" for one of the two requirements. Not applicable is reported as the reason;
    /// while applicability is unknown, the birth and decision dates that decide it are asked before the requirement's
    /// own question, unless the requirement is met anyway.
    /// </summary>
    private static Truth OfSchoolAge<TFacts, TTrace>(ref TFacts f, ref TTrace t, SchoolOptions s, int ageOfMajority, int decisionCivil, Requirement which)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var applies = MembersKernel.IsSchoolAgeChild(ref f, decisionCivil, s.CompulsoryFromAge, ageOfMajority);
        if (Applicable.Skip(ref t, applies, NotOfSchoolAge))
        {
            return Truth.True;
        }

        var fact = which == Requirement.Attendance ? f.AttendsSchool : f.PositiveSchoolPrognosis;
        if (TTrace.Enabled && applies == Truth.Unknown && fact != Truth.True)
        {
            if (f.BirthCivil == Bulk.CivilDate.None)
            {
                t.Ask("birthDate", "Geburtsdatum?", "Date of birth?");
            }

            if (decisionCivil == Bulk.CivilDate.None)
            {
                t.AskHousehold("decisionDate", "Datum der Entscheidung?", "Date of the decision?");
            }
        }

        var met = which == Requirement.Attendance
            ? Traced.YesNo(ref t, fact, "schooling.attendsSchool", "Besucht das Kind tatsächlich die Schule (Schulbescheinigung)?", "Does the child actually attend school (certificate)?")
            : Traced.YesNo(ref t, fact, "schooling.positiveSchoolPrognosis", "Ist ein Schulabschluss zu erwarten (positive Prognose)?", "Is the child expected to complete school?");
        return Applicable.Implies(applies, met);
    }
}
