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
        where TFacts : struct, IPersonFacts
        where TTrace : struct, ITrace
        => AdultChild(ref f, ref t, referenceCivil, ageOfMajority, parentTime)
            .Or(Unaccompanied(ref f, ref t, o, countingCivil, parents))
            .Or(ChildStaying(ref f, ref t, o, countingCivil, referenceCivil, ageOfMajority, parents));

    /// <summary>Abs. 2 S. 1: the adult unmarried child who entered as a minor, a parent meeting the Abs. 1 time, integration assured.</summary>
    public static Truth AdultChild<TFacts, TTrace>(ref TFacts f, ref TTrace t, int referenceCivil, int ageOfMajority, Truth parentTime)
        where TFacts : struct, IPersonFacts
        where TTrace : struct, ITrace
    {
        var minor = MembersKernel.IsMinorChild(ref f, referenceCivil, ageOfMajority);
        if (f.Role != HouseholdRole.Child || minor == Truth.True)
        {
            if (TTrace.Enabled)
            {
                t.Detail(NotAnAdultChild);
            }

            return Truth.False;
        }

        var entered = Ages.On(f.BirthCivil, f.EntryCivil);
        var enteredAsMinor = entered == Ages.Unknown ? Truth.Unknown : (entered < S104aParameters.AgeOfMajority).ToTruth();
        var unmarried = f.Unmarried;
        var prognosis = f.IntegrationPrognosis;
        var result = minor.Not().And(enteredAsMinor).And(parentTime).And(unmarried).And(prognosis);
        if (!TTrace.Enabled)
        {
            return result;
        }

        if (result != Truth.Unknown)
        {
            t.Detail(Label.Later((enteredAsMinor, parentTime), static x => ($"als Minderjähriger eingereist: {x.enteredAsMinor}; Elternteil erfüllt Abs. 1: {x.parentTime}", $"entered as a minor: {x.enteredAsMinor}; a parent meets Abs. 1: {x.parentTime}")));
            return result;
        }

        if (enteredAsMinor == Truth.Unknown)
        {
            t.Ask("entryDate", "Einreisedatum und Geburtsdatum (als Minderjähriger eingereist?)", "Entry and birth date (entered as a minor?)");
        }

        if (unmarried == Truth.Unknown)
        {
            t.Ask("unmarried", "Ist das Kind ledig?", "Is the child unmarried?");
        }

        if (prognosis == Truth.Unknown)
        {
            t.Ask("integrationPrognosis", "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?");
        }

        if (parentTime == Truth.Unknown)
        {
            t.AskHousehold("members", "Erfüllt ein Elternteil die Aufenthaltszeit nach Abs. 1?", "Does a parent meet the residence time of Abs. 1?");
        }

        return result;
    }

    /// <summary>Abs. 2 S. 2: a minor on 1.7.2007 without a parent in the household, 6 years then, integration assured.</summary>
    public static Truth Unaccompanied<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, int parents)
        where TFacts : struct, IPersonFacts
        where TTrace : struct, ITrace
    {
        // Another member is a parent (the member itself does not count).
        if (parents - (ResidenceTimeKernel.IsParent(f.Role) ? 1 : 0) > 0)
        {
            if (TTrace.Enabled)
            {
                t.Detail(NotUnaccompanied);
            }

            return Truth.False;
        }

        var age = Ages.On(f.BirthCivil, ReferenceCivil);
        if (age == Ages.Unknown)
        {
            if (TTrace.Enabled)
            {
                t.Ask("birthDate", "Geburtsdatum (minderjährig am 1.7.2007?)", "Date of birth (a minor on 1.7.2007?)");
            }

            return Truth.Unknown;
        }

        if (age >= S104aParameters.AgeOfMajority)
        {
            if (TTrace.Enabled)
            {
                t.Detail(NotUnaccompanied);
            }

            return Truth.False;
        }

        // 6 years on 1.7.2007: the Abs. 1 time block read as for a family (6 years). Its questions are reported only
        // while its verdict is open (ResidenceKernel), so they are this route's first ones exactly then.
        var time = ResidenceKernel.WhereApplicable(ref f, ref t, o, countingCivil, Truth.True, Truth.True, null);
        var prognosis = f.IntegrationPrognosis;
        var result = time.And(prognosis);
        if (TTrace.Enabled && result == Truth.Unknown && prognosis == Truth.Unknown)
        {
            t.Ask("integrationPrognosis", "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?");
        }

        return result;
    }

    /// <summary>§ 104b (with § 104a Abs. 3 S. 3): the integrated child of 14 or more whose parents leave, its care in Germany assured.</summary>
    public static Truth ChildStaying<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, int referenceCivil, int ageOfMajority, int parents)
        where TFacts : struct, IPersonFacts
        where TTrace : struct, ITrace
    {
        var minor = MembersKernel.IsMinorChild(ref f, referenceCivil, ageOfMajority);
        if (parents == 0 || minor == Truth.False)
        {
            if (TTrace.Enabled)
            {
                t.Detail(NotAChildWithParents);
            }

            return Truth.False;
        }

        var age = Ages.On(f.BirthCivil, ReferenceCivil);
        if (age == Ages.Unknown)
        {
            if (TTrace.Enabled)
            {
                t.Ask("birthDate", "Geburtsdatum?", "Date of birth?");
            }

            return Truth.Unknown;
        }

        if (age < S104aParameters.ChildStayingAge)
        {
            if (TTrace.Enabled)
            {
                t.Detail(YoungerThan14);
            }

            return Truth.False;
        }

        // The time's questions come first, and only while it is open (ResidenceKernel); its detail is the route's.
        var time = ResidenceKernel.WhereApplicable(ref f, ref t, o, countingCivil, Truth.True, Truth.True, null);
        var level = f.GermanLevel;
        var german = level < 0 ? Truth.Unknown : (level >= (int)S104aParameters.ChildStayingGerman).ToTruth();
        var prognosis = f.IntegrationPrognosis;
        var custody = f.CustodyAssured;
        var parentsLeave = f.ParentsLeave;
        var result = time.And(german).And(prognosis).And(custody).And(parentsLeave);
        if (TTrace.Enabled && result == Truth.Unknown)
        {
            if (german == Truth.Unknown)
            {
                t.Ask("germanLevel", "Welches Deutschniveau hat das Kind?", "What is the child's German level?");
            }

            if (prognosis == Truth.Unknown)
            {
                t.Ask("integrationPrognosis", "Erscheint eine dauerhafte Integration gewährleistet?", "Does lasting integration appear assured?");
            }

            if (custody == Truth.Unknown)
            {
                t.Ask("custodyAssured", "Ist die Personensorge im Bundesgebiet sichergestellt?", "Is the child's custody in Germany assured?");
            }

            if (parentsLeave == Truth.Unknown)
            {
                t.Ask("parentsLeave", "Reisen die Eltern nach Ablehnung aus?", "Do the parents leave after their refusal?");
            }
        }

        return result;
    }
}
