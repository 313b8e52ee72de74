using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Element 5 written once: "seit sechs Jahren mit Familie und seit acht Jahren alleinstehend" (L5-6), uninterrupted
/// at the reference date, with the tolerance for short interruptions, the counting convention (A33, § 187 BGB
/// [background]) and the facts known only as bounds (ADR 0013: an entry date range, interruptions whose end is
/// unknown). The § 104a residence time (<c>S104a.ResidenceTime</c>) is this kernel with the statute's date and years.
/// </summary>
internal static class ResidenceKernel
{
    /// <summary>
    /// The last day of the calendar: a gap ending on it restarts the stay on the day after, which lies beyond every
    /// reference date, as the calendar's last day does (<see cref="LegalTime.AddDays"/> saturates the same way).
    /// </summary>
    private static readonly int MaxDay = DateOnly.MaxValue.DayNumber;

    /// <summary>
    /// The day the anniversaries are compared with (<see cref="LegalTime.CountingDay"/>, A33), packed: the bulk path
    /// computes it once per compiled rule set, the explain path per leaf.
    /// </summary>
    public static int CountingCivil(ResidenceOptions o) => CivilDate.Pack(LegalTime.CountingDay(o.ReferenceDate, o.PeriodCounting));

    /// <summary>
    /// Who the time binds: adults, and minors in a household without adults — a minor child is exempt because it
    /// shares the stay of the adults it lives with, and minors on their own have no such adult (docs/adr/0012, item 3).
    /// </summary>
    public static Truth Applies(Truth adult, Truth noAdultInHousehold) => adult.Or(noAdultInHousehold);

    /// <summary>
    /// The element for a member it may not bind (<paramref name="applies"/>; where it does not, it is met with
    /// <paramref name="notApplicable"/> as the reason; <c>null</c> on the bulk path, which reports nothing):
    /// <see cref="MinYears"/> under <see cref="Applicable"/>.
    /// </summary>
    public static Truth WhereApplicable<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, Truth isFamily, Truth applies, Label? notApplicable)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        if (Applicable.Skip(ref t, applies, notApplicable))
        {
            return Truth.True;
        }

        if (TTrace.Enabled && applies == Truth.Unknown)
        {
            var probe = default(NoTrace);
            Applicable.AskBirthDateUnlessMet(ref t, MinYears(ref f, ref probe, o, countingCivil, isFamily));
        }

        return Applicable.Implies(applies, MinYears(ref f, ref t, o, countingCivil, isFamily));
    }

    /// <summary>
    /// The requirement for one person given the household's family status (element 6): with an unknown family status
    /// the verdict is still definite if the stay is ≥ the years alone (met either way) or &lt; the years with family
    /// (failed either way). <paramref name="countingCivil"/> is <see cref="CountingCivil"/> of <paramref name="o"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Truth MinYears<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, Truth isFamily)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        var entry = f.EntryDay;
        if (entry == Days.None && !f.EntryRangeKnown)
        {
            if (TTrace.Enabled)
            {
                t.Ask("entryDate", "Seit wann lebt die Person in Deutschland (Einreisedatum)?", "Date of entry into Germany?");
            }

            return Truth.Unknown;
        }

        var openEnded = f.OpenEndedGap;
        if (entry != Days.None && !openEnded)
        {
            var stay = Measure(ref f, o, countingCivil, isFamily, entry, f.EntryCivil, worst: false);
            if (TTrace.Enabled)
            {
                t.Detail(StayDetail(in stay, o, isFamily));
                AskForStay(ref t, in stay, isFamily, f.GapsKnown);
            }

            return stay.Verdict;
        }

        return Bounded(ref f, ref t, o, countingCivil, isFamily, entry);
    }

    /// <summary>
    /// <see cref="MinYears"/> where the entry is known only as a range or an interruption's end is unknown (ADR 0013):
    /// rare, so a method of its own, which keeps the common case (one known entry) small enough to be inlined into
    /// the bulk path's member loop.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Truth Bounded<TFacts, TTrace>(ref TFacts f, ref TTrace t, ResidenceOptions o, int countingCivil, Truth isFamily, int entry)
        where TFacts : struct, IPersonFacts, allows ref struct
        where TTrace : struct, ITrace
    {
        // An entry date known only as a range, or an interruption whose end is unknown (ADR 0013): the earliest entry
        // and the shortest interruptions give the longest stay, the latest entry and interruptions running to the
        // reference date the shortest; an open bound stands for an entry as early or as late as the calendar allows.
        // The verdict only grows with a longer stay, so it is definite when both ends agree.
        int from, to;
        if (entry != Days.None)
        {
            from = to = entry;
        }
        else
        {
            from = f.EntryRangeFrom == Days.None ? DateOnly.MinValue.DayNumber : f.EntryRangeFrom;
            to = f.EntryRangeTo == Days.None ? MaxDay : f.EntryRangeTo;
        }

        var early = Measure(ref f, o, countingCivil, isFamily, from, CivilDate.Pack(DateOnly.FromDayNumber(from)), worst: false);
        var late = Measure(ref f, o, countingCivil, isFamily, to, CivilDate.Pack(DateOnly.FromDayNumber(to)), worst: true);
        var verdict = early.Verdict == late.Verdict ? late.Verdict : Truth.Unknown;
        if (TTrace.Enabled)
        {
            var worst = StayDetail(in late, o, isFamily);
            t.Detail(entry == Days.None
                ? Label.Later((From: Date(f.EntryRangeFrom), To: Date(f.EntryRangeTo), Detail: worst), static x => (
                    $"Einreise zwischen {(x.From is { } f ? Ask.D(f) : "offen")} und {(x.To is { } t ? Ask.D(t) : "offen")}; im ungünstigsten Fall: {x.Detail.De}",
                    $"entry between {(x.From is { } f2 ? Ask.D(f2) : "open")} and {(x.To is { } t2 ? Ask.D(t2) : "open")}; at worst: {x.Detail.En}"))
                : Label.Later(worst, static d => ($"Ende einer Unterbrechung unbekannt; im ungünstigsten Fall: {d.De}", $"end of an interruption unknown; at worst: {d.En}")));
            if (early.Verdict != late.Verdict)
            {
                if (entry == Days.None)
                {
                    t.Ask("entryDate", "Genaues Einreisedatum (bisher nur ein Zeitraum)?", "Exact date of entry (only a range so far)?");
                }

                // The interruptions come first among the gaps (StayGaps), so gap g is interruptions[g - FirstGap].
                var first = f.FirstGap;
                var end = f.EndGap;
                for (var g = first; g < end; g++)
                {
                    if (f.GapEndUnknown(g))
                    {
                        t.Ask(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"interruptions[{g - first}].to"), "Wann endete die Unterbrechung (Wiedereinreise)?", "When did the interruption end (re-entry)?");
                    }
                }
            }

            // Each end's own questions, once (the worst end's first).
            var askGaps = !f.GapsKnown && (late.Verdict == Truth.Unknown || early.Verdict == Truth.Unknown);
            var askFamily = (late.Verdict == Truth.Unknown && late.FamilyDecides(isFamily)) || (early.Verdict == Truth.Unknown && early.FamilyDecides(isFamily));
            AskStay(ref t, askGaps, askFamily);
        }

        return verdict;
    }

    /// <summary>A stay measured from one entry day.</summary>
    /// <param name="Verdict">The requirement's verdict for this end.</param>
    /// <param name="Start">Day number from which the stay is uninterrupted (may lie one past the calendar's end).</param>
    /// <param name="MeetsFamily">The years with family are complete.</param>
    /// <param name="MeetsOther">The years alone are complete.</param>
    private readonly record struct Stay(Truth Verdict, int Start, bool MeetsFamily, bool MeetsOther)
    {
        /// <summary>Only the family status (unknown) keeps the verdict open: the years with family are met, those alone not.</summary>
        public bool FamilyDecides(Truth isFamily) => isFamily == Truth.Unknown && !MeetsOther && MeetsFamily;
    }

    /// <summary>
    /// The stay that began on <paramref name="entry"/>: it restarts after each interruption longer than the tolerance
    /// that began by the reference date; an interruption with an unknown end ran to the reference date where
    /// <paramref name="worst"/>, else ended on its first day.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Stay Measure<TFacts>(ref TFacts f, ResidenceOptions o, int countingCivil, Truth isFamily, int entry, int entryCivil, bool worst)
        where TFacts : struct, IPersonFacts, allows ref struct
    {
        var reference = o.ReferenceDate.DayNumber;
        var tolerance = o.InterruptionToleranceDays;
        var start = entry;
        var end = f.EndGap;
        for (var g = f.FirstGap; g < end; g++)
        {
            var from = f.GapFrom(g);
            var to = f.GapTo(g);
            var gapEnd = to != Days.None ? to : f.GapEndUnknown(g) && !worst ? from : reference;
            var length = gapEnd - from + 1;
            if (from <= reference && length > tolerance && gapEnd + 1 > start)
            {
                start = gapEnd + 1;
            }
        }

        // The counting convention (A33) moves the day the anniversary is compared with (countingCivil), not the
        // reference date; completed years ≥ n ⇔ start + n years ≤ that day (CivilDate.CompletedYears).
        var startCivil = start == entry ? entryCivil : CivilDate.Pack(DateOnly.FromDayNumber(Math.Min(start, MaxDay)));
        var years = CivilDate.CompletedYears(startCivil, countingCivil);
        var meetsFamily = o.MinYearsFamily <= years;
        var meetsOther = o.MinYearsOther <= years;
        var required = isFamily switch
        {
            Truth.True => meetsFamily.ToTruth(),
            Truth.False => meetsOther.ToTruth(),
            _ => meetsOther ? Truth.True : meetsFamily ? Truth.Unknown : Truth.False,
        };

        // Interruptions can only shorten the stay: a stay too short even without them fails regardless.
        return new Stay(!f.GapsKnown && required == Truth.True ? Truth.Unknown : required, start, meetsFamily, meetsOther);
    }

    /// <summary>The questions of one measured stay, if it is open.</summary>
    private static void AskForStay<TTrace>(ref TTrace t, in Stay stay, Truth isFamily, bool gapsKnown)
        where TTrace : struct, ITrace
    {
        if (stay.Verdict == Truth.Unknown)
        {
            AskStay(ref t, !gapsKnown, stay.FamilyDecides(isFamily));
        }
    }

    /// <summary>The questions that can settle an open stay: the interruptions, the family status.</summary>
    private static void AskStay<TTrace>(ref TTrace t, bool gaps, bool family)
        where TTrace : struct, ITrace
    {
        if (gaps)
        {
            t.Ask("interruptions", "War der Aufenthalt seit der Einreise unterbrochen (Zeiten im Ausland)?", "Was the stay interrupted since entry (periods abroad)?");
        }

        if (family)
        {
            t.AskHousehold("members", "Lebt ein minderjähriges Kind im Mindestalter im Haushalt (Geburtsdaten der Kinder)?", "Does a qualifying minor child live in the household (children's birth dates)?");
        }
    }

    /// <summary>The arithmetic behind one measured stay, for the explanation.</summary>
    private static Label StayDetail(in Stay stay, ResidenceOptions o, Truth isFamily)
    {
        var start = DateOnly.FromDayNumber(Math.Min(stay.Start, MaxDay));
        var reference = o.ReferenceDate;
        var (years, days) = LegalTime.YearsAndDays(start, LegalTime.CountingDay(reference, o.PeriodCounting));
        var entryDayCounts = o.PeriodCounting == PeriodCounting.EntryDayCounts;
        return Label.Later((isFamily, o.MinYearsFamily, o.MinYearsOther, start, reference, years, days, entryDayCounts), static x =>
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
    }

    private static DateOnly? Date(int day) => day == Days.None ? null : DateOnly.FromDayNumber(day);
}
