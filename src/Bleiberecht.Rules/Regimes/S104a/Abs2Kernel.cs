using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.S104a;

/// <summary>
/// § 104a Abs. 2 and § 104b [background]: verify — the discretionary routes of <see cref="Abs2Discretion"/> written
/// once: its three leaves run <see cref="AdultChild"/>, <see cref="Unaccompanied"/> and <see cref="ChildStaying"/>, the
/// bulk path runs <see cref="Abs2"/>, their Kleene or (the explanation's <c>AnyOf</c>). The ages of the routes are
/// taken on 1.7.2007 and the majority at 18, as the statute fixes them; who is a minor child of the household reads
/// the rule set's (adapted) options, as <see cref="ResidenceTimeKernel"/> does.
/// </summary>
internal static class Abs2Kernel
{
    private static readonly Label NotAnAdultChild = new("kein volljähriges Kind", "not an adult child");
    private static readonly Label NotUnaccompanied = new("nicht unbegleitet minderjährig", "not an unaccompanied minor");
    private static readonly Label NotAChildWithParents = new("kein minderjähriges Kind mit Eltern im Haushalt", "not a minor child living with its parents");
    private static readonly Label YoungerThan14 = new("am 1.7.2007 jünger als 14", "younger than 14 on 1.7.2007");

    /// <summary>1.7.2007 packed: the day the routes' ages are taken on.</summary>
    private static readonly int ReferenceCivil = CivilDate.Pack(S104aParameters.ReferenceDate);

    /// <summary>
    /// The element: any route. <paramref name="parents"/> is how many members are parents
    /// (<see cref="ResidenceTimeKernel.IsParent"/>), <paramref name="parentTime"/> whether a parent meets the Abs. 1
    /// time (<see cref="ResidenceTimeKernel.ParentMeetsTime"/>); the other parameters as <see cref="ResidenceTimeKernel.Time"/>'s.
    /// </summary>
    public static Truth Abs2<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, int referenceCivil, int ageOfMajority, int parents, Truth parentTime)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
        => AdultChild(ref f, ref t, referenceCivil, ageOfMajority, parentTime)
            .Or(Unaccompanied(ref f, ref t, o, countingCivil, parents))
            .Or(ChildStaying(ref f, ref t, o, countingCivil, referenceCivil, ageOfMajority, parents));

    /// <summary>The member's age on 1.7.2007, or <see cref="Ages.Unknown"/> with the birth date asked (the route's own question).</summary>
    private static int AgeOnReferenceDate<TFacts, TTrace>(ref TFacts f, ref TTrace t, string questionDe, string questionEn)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var age = f.AgeOn(ReferenceCivil);
        if (TTrace.Enabled && age == Ages.Unknown)
        {
            t.Ask("birthDate", questionDe, questionEn);
        }

        return age;
    }

    /// <summary>Abs. 2 S. 1: the adult unmarried child who entered as a minor, a parent meeting the Abs. 1 time, integration assured.</summary>
    public static Truth AdultChild<TFacts, TTrace>(ref TFacts f, ref TTrace t, int referenceCivil, int ageOfMajority, Truth parentTime)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var minor = MembersKernel.IsMinorChild(ref f, referenceCivil, ageOfMajority);
        if (f.Role != HouseholdRole.Child || minor == Truth.True)
        {
            return Because.Of(ref t, Truth.False, NotAnAdultChild);
        }

        // Each open fact is asked as it is read; the tracer keeps the questions only while the verdict is open.
        var entered = f.AgeOn(f.EntryCivil);
        var enteredAsMinor = entered == Ages.Unknown ? Truth.Unknown : (entered < S104aParameters.AgeOfMajority).ToTruth();
        var result = minor.Not()
            .And(Traced.Part(ref t, enteredAsMinor, "entryDate", "Einreisedatum und Geburtsdatum (als Minderjähriger eingereist?)", "Entry and birth date (entered as a minor?)"))
            .And(Traced.Part(ref t, f.Unmarried, "unmarried", "Ist das Kind ledig?", "Is the child unmarried?"))
            .And(Traced.Part(ref t, f.IntegrationPrognosis, "integrationPrognosis", "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?"))
            .And(parentTime);
        if (TTrace.Enabled)
        {
            if (parentTime == Truth.Unknown)
            {
                t.AskHousehold("members", "Erfüllt ein Elternteil die Aufenthaltszeit nach Abs. 1?", "Does a parent meet the residence time of Abs. 1?");
            }

            if (result != Truth.Unknown)
            {
                t.Detail(Label.Later((enteredAsMinor, parentTime), static x => ($"als Minderjähriger eingereist: {x.enteredAsMinor}; Elternteil erfüllt Abs. 1: {x.parentTime}", $"entered as a minor: {x.enteredAsMinor}; a parent meets Abs. 1: {x.parentTime}")));
            }
        }

        return result;
    }

    /// <summary>Abs. 2 S. 2: a minor on 1.7.2007 without a parent in the household, 6 years then, integration assured.</summary>
    public static Truth Unaccompanied<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, int parents)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        // Another member is a parent (the member itself does not count).
        if (parents - (ResidenceTimeKernel.IsParent(f.Role) ? 1 : 0) > 0)
        {
            return Because.Of(ref t, Truth.False, NotUnaccompanied);
        }

        var age = AgeOnReferenceDate(ref f, ref t, "Geburtsdatum (minderjährig am 1.7.2007?)", "Date of birth (a minor on 1.7.2007?)");
        if (age == Ages.Unknown)
        {
            return Truth.Unknown;
        }

        if (age >= S104aParameters.AgeOfMajority)
        {
            return Because.Of(ref t, Truth.False, NotUnaccompanied);
        }

        // 6 years on 1.7.2007: the Abs. 1 time block read as for a family (6 years). Its questions are reported only
        // while its verdict is open (ResidenceKernel), so they are this route's first ones exactly then.
        var time = ResidenceKernel.WhereApplicable(ref f, ref t, o, countingCivil, Truth.True, Truth.True, null);
        return time.And(Traced.Part(ref t, f.IntegrationPrognosis, "integrationPrognosis", "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?"));
    }

    /// <summary>§ 104b (with § 104a Abs. 3 S. 3): the integrated child of 14 or more whose parents leave, its care in Germany assured.</summary>
    public static Truth ChildStaying<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, int referenceCivil, int ageOfMajority, int parents)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var minor = MembersKernel.IsMinorChild(ref f, referenceCivil, ageOfMajority);
        if (parents == 0 || minor == Truth.False)
        {
            return Because.Of(ref t, Truth.False, NotAChildWithParents);
        }

        var age = AgeOnReferenceDate(ref f, ref t, "Geburtsdatum?", "Date of birth?");
        if (age == Ages.Unknown)
        {
            return Truth.Unknown;
        }

        if (age < S104aParameters.ChildStayingAge)
        {
            return Because.Of(ref t, Truth.False, YoungerThan14);
        }

        // The time's questions come first, and only while it is open (ResidenceKernel); its detail is the route's. The
        // other facts are asked as they are read; the tracer keeps the questions only while the verdict is open.
        var time = ResidenceKernel.WhereApplicable(ref f, ref t, o, countingCivil, Truth.True, Truth.True, null);
        var level = f.GermanLevel;
        var german = level < 0 ? Truth.Unknown : (level >= (int)S104aParameters.ChildStayingGerman).ToTruth();
        return time
            .And(Traced.Part(ref t, german, "germanLevel", "Welches Deutschniveau hat das Kind?", "What is the child's German level?"))
            .And(Traced.Part(ref t, f.IntegrationPrognosis, "integrationPrognosis", "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?"))
            .And(Traced.Part(ref t, f.CustodyAssured, "custodyAssured", "Ist die Personensorge im Bundesgebiet sichergestellt?", "Is the child's custody in Germany assured?"))
            .And(Traced.Part(ref t, f.ParentsLeave, "parentsLeave", "Reisen die Eltern nach Ablehnung aus?", "Do the parents leave after their refusal?"));
    }
}
