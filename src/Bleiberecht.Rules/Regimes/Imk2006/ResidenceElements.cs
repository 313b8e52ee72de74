using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Elements 4-6: "seit sechs Jahren mit Familie und seit acht Jahren alleinstehend" (L5-6), measured at the
/// reference date; a household is a family if a qualifying minor child lives in it (L804-807).
/// </summary>
internal static class ResidenceElements
{
    // Fixed texts of explanation details, allocated once (they are read on every decision).
    private static readonly Label NotAChild = new("kein Kind", "not a child");
    private static readonly Label NoChildrenInTheHousehold = new("keine Kinder im Haushalt", "no children in the household");
    private static readonly Label MinorChildNoOwnTimeRequirement = new("minderjähriges Kind mit Erwachsenen im Haushalt: kein eigenes Zeiterfordernis", "minor child living with an adult: no own time requirement");

    /// <summary>Element 6, for one member: a minor child at least <c>Family.MinChildAge</c> old at the reference date.</summary>
    private static readonly Rule<MemberContext> QualifyingChildMember = new Condition<MemberContext>(
        Ask.Sub(ImkElements.QualifyingChild, "Child", "minderjähriges Kind im Mindestalter", "minor child of the minimum age"),
        m =>
        {
            if (m.Person.Role != HouseholdRole.Child)
            {
                return Check.Of(Truth.False, NotAChild);
            }

            if (Members.AgeAtReference(m) is not { } age)
            {
                return Check.Unknown(null, Ask.Fact(m.Path("birthDate"), "Geburtsdatum des Kindes?", "Child's date of birth?"));
            }

            var f = m.Options.Family;
            var ok = age >= f.MinChildAge && age < f.AgeOfMajority;
            return Check.Of(ok.ToTruth(), Label.Later((age, f.MinChildAge, f.AgeOfMajority), static x => (
                $"Alter am Stichtag {x.age}; erforderlich {x.MinChildAge} bis unter {x.AgeOfMajority}",
                $"age at reference date {x.age}; required {x.MinChildAge} to under {x.AgeOfMajority}")));
        },
        m => m.Person.Id);

    /// <summary>Element 6 for the household: some member is a qualifying child.</summary>
    public static readonly Rule<HouseholdContext> QualifyingChild = new ForEach<HouseholdContext, MemberContext>(
        ImkElements.QualifyingChild,
        Quantifier.Some,
        h => h.Children,
        QualifyingChildMember,
        _ => NoChildrenInTheHousehold);

    /// <summary>
    /// Element 5 for one adult, given the household's family status (element 6): with Unknown family status the
    /// verdict is still definite if the stay is ≥ 8 years (met either way) or &lt; 6 years (failed either way).
    /// </summary>
    public static Check MinYears(MemberContext m, Truth isFamily)
    {
        var p = m.Person;
        var range = p.EntryDateRange;
        if (p.EntryDate is null && range is null)
        {
            return Check.Unknown(null, Ask.Fact(m.Path("entryDate"), "Seit wann lebt die Person in Deutschland (Einreisedatum)?", "Date of entry into Germany?"));
        }

        var openEnded = false;
        foreach (var gap in p.Interruptions ?? [])
        {
            openEnded |= gap.EndUnknown;
        }

        if (p.EntryDate is { } entry && !openEnded)
        {
            return MinYears(m, isFamily, entry, worst: false);
        }

        // An entry date known only as a range, or an interruption whose end is unknown (ADR 0013): the earliest entry
        // and the shortest interruptions give the longest stay, the latest entry and interruptions running to the
        // reference date the shortest; an open bound stands for an entry as early or as late as the calendar allows.
        // The verdict only grows with a longer stay, so it is definite when both ends agree.
        var early = MinYears(m, isFamily, p.EntryDate ?? range!.From ?? DateOnly.MinValue, worst: false);
        var late = MinYears(m, isFamily, p.EntryDate ?? range!.To ?? DateOnly.MaxValue, worst: true);
        var detail = p.EntryDate is null
            ? Label.Later((range!.From, range.To, late.Detail), static x => (
                $"Einreise zwischen {(x.From is { } f ? Ask.D(f) : "offen")} und {(x.To is { } t ? Ask.D(t) : "offen")}; im ungünstigsten Fall: {x.Detail?.De}",
                $"entry between {(x.From is { } f2 ? Ask.D(f2) : "open")} and {(x.To is { } t2 ? Ask.D(t2) : "open")}; at worst: {x.Detail?.En}"))
            : Label.Later(late.Detail, static d => ($"Ende einer Unterbrechung unbekannt; im ungünstigsten Fall: {d?.De}", $"end of an interruption unknown; at worst: {d?.En}"));
        if (early.Result == late.Result && late.Result != Truth.Unknown)
        {
            return Check.Of(late.Result, detail);
        }

        var missing = new List<MissingFact>();
        if (early.Result != late.Result)
        {
            if (p.EntryDate is null)
            {
                missing.Add(Ask.Fact(m.Path("entryDate"), "Genaues Einreisedatum (bisher nur ein Zeitraum)?", "Exact date of entry (only a range so far)?"));
            }

            var interruptions = p.Interruptions ?? [];
            for (var i = 0; i < interruptions.Count; i++)
            {
                if (interruptions[i].EndUnknown)
                {
                    missing.Add(Ask.Fact(m.Path(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"interruptions[{i}].to")), "Wann endete die Unterbrechung (Wiedereinreise)?", "When did the interruption end (re-entry)?"));
                }
            }
        }

        foreach (var f in late.Missing.Concat(early.Missing))
        {
            if (!missing.Exists(x => x.Path == f.Path))
            {
                missing.Add(f);
            }
        }

        return new Check(Truth.Unknown, detail, missing);
    }

    /// <summary>
    /// Element 5 for a stay that began on <paramref name="entry"/>; an interruption with an unknown end ran to the
    /// reference date where <paramref name="worst"/>, else ended on its first day.
    /// </summary>
    private static Check MinYears(MemberContext m, Truth isFamily, DateOnly entry, bool worst)
    {
        var r = m.Options.Residence;
        var p = m.Person;
        var reference = r.ReferenceDate;
        var start = entry;
        var interruptionsKnown = p.Interruptions is not null;
        foreach (var gap in StayGaps.Of(p))
        {
            var gapEnd = gap.To ?? (gap.EndUnknown && !worst ? gap.From : reference);
            var length = gapEnd.DayNumber - gap.From.DayNumber + 1;
            if (gap.From <= reference && length > r.InterruptionToleranceDays && LegalTime.AddDays(gapEnd, 1) > start)
            {
                start = LegalTime.AddDays(gapEnd, 1);
            }
        }

        // The counting convention (A33) moves the day the anniversary is compared with, not the reference date.
        var counted = LegalTime.CountingDay(reference, r.PeriodCounting);
        var (years, days) = LegalTime.YearsAndDays(start, counted);
        var meetsFamily = LegalTime.HasCompletedYears(start, counted, r.MinYearsFamily);
        var meetsOther = LegalTime.HasCompletedYears(start, counted, r.MinYearsOther);
        var required = isFamily switch
        {
            Truth.True => meetsFamily.ToTruth(),
            Truth.False => meetsOther.ToTruth(),
            _ => meetsOther ? Truth.True : meetsFamily ? Truth.Unknown : Truth.False,
        };

        // Interruptions can only shorten the stay: a stay too short even without them fails regardless.
        if (!interruptionsKnown && required == Truth.True)
        {
            required = Truth.Unknown;
        }

        var entryDayCounts = r.PeriodCounting == PeriodCounting.EntryDayCounts;
        var detail = Label.Later((isFamily, r.MinYearsFamily, r.MinYearsOther, start, reference, years, days, entryDayCounts), static x =>
        {
            var needed = x.isFamily switch
            {
                Truth.True => $"{x.MinYearsFamily}",
                Truth.False => $"{x.MinYearsOther}",
                _ => $"{x.MinYearsFamily}/{x.MinYearsOther}",
            };
            return (
                $"ununterbrochen seit {Ask.D(x.start)}: {x.years} Jahre {x.days} Tage am Stichtag {Ask.D(x.reference)}{(x.entryDayCounts ? " (Einreisetag mitgezählt, § 187 Abs. 2 BGB)" : string.Empty)}; erforderlich {needed} Jahre",
                $"uninterrupted since {Ask.D(x.start)}: {x.years} years {x.days} days at the reference date {Ask.D(x.reference)}{(x.entryDayCounts ? " (day of entry counted, § 187 Abs. 2 BGB)" : string.Empty)}; required {needed} years");
        });
        if (required != Truth.Unknown)
        {
            return Check.Of(required, detail);
        }

        var missing = new List<MissingFact>();
        if (!interruptionsKnown)
        {
            missing.Add(Ask.Fact(m.Path("interruptions"), "War der Aufenthalt seit der Einreise unterbrochen (Zeiten im Ausland)?", "Was the stay interrupted since entry (periods abroad)?"));
        }

        if (isFamily == Truth.Unknown && !meetsOther && meetsFamily)
        {
            missing.Add(Ask.Fact("$.members", "Lebt ein minderjähriges Kind im Mindestalter im Haushalt (Geburtsdaten der Kinder)?", "Does a qualifying minor child live in the household (children's birth dates)?"));
        }

        return new Check(Truth.Unknown, detail, missing);
    }

    /// <summary>
    /// Element 5 as a rule over a member; the family status comes from the evaluator. It applies to adults, and to
    /// minors in a household without adults: a minor child is exempt because it shares the stay of the adults it
    /// lives with, and minors on their own have no such adult (docs/adr/0012, item 3). Such a minor is the household's
    /// qualifying child, so the six years "mit Familie" (L5-6) apply — the period § 104a Abs. 2 S. 2 AufenthG later
    /// set for unaccompanied minors ([background]; verify against the resolution).
    /// </summary>
    public static Rule<(MemberContext Member, Truth IsFamily)> MinYearsRule { get; } = new Condition<(MemberContext Member, Truth IsFamily)>(
        ImkElements.MinYears,
        x => Applicability.When(
            Members.IsAdult(x.Member).Or(Members.NoAdult(x.Member.Household)),
            x,
            static x => MinYears(x.Member, x.IsFamily),
            MinorChildNoOwnTimeRequirement,
            x.Member.Path("birthDate")),
        x => x.Member.Person.Id);
}
