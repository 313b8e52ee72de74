using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Options.Dated;
using Bleiberecht.Rules.Options.Declarations;
using static Bleiberecht.Rules.Explanation.Citation;

namespace Bleiberecht.Rules.Profiles;

/// <summary>
/// The option values the study dates: where a Land's practice changed by decree, or a position held only for a time.
/// profiles.json keeps one (the latest) value per option; these are the same values with their periods, so a
/// decision date selects the value that was in force. Each period starts on the date the source gives for it.
/// </summary>
public static class DatedPractice
{
    /// <summary>Date of the resolution (L3-4): the earliest date any value applies from.</summary>
    public static readonly DateOnly Resolution = new(2006, 11, 17);

    /// <summary>Berlin's instruction of 4.12.2006, setting the end of the work take-up period to 1.10.2007 (L798-801).</summary>
    public static readonly DateOnly BerlinFirstInstruction = new(2006, 12, 4);

    /// <summary>Berlin's amendment of 7.3.2007, moving that end forward to 18.5.2007 (L801-802).</summary>
    public static readonly DateOnly BerlinAmendment = new(2007, 3, 7);

    /// <summary>
    /// The BA's Globalzustimmung of 26.4.2007: from then on individual BA consent was no longer needed (L3115-3119;
    /// in Hamburg "Die Weisung der Bundesagentur vom 26. April 2007", L1482).
    /// </summary>
    public static readonly DateOnly ConsentNoLongerRequired = new(2007, 4, 26);

    /// <summary>§ 104a AufenthG in force: "ab 28. August 2007" (L2598-2601).</summary>
    public static readonly DateOnly Statute104aInForce = new(2007, 8, 28);

    /// <summary>
    /// The dated options of a profile (with its Land's values for a Kommune, see <see cref="ProfileCatalog.Resolve"/>),
    /// given the undated options the profile's values produce. A Kommune's own stated value replaces its Land's
    /// dated one: the Kommune's source speaks for it.
    /// </summary>
    public static IReadOnlyList<DatedOption> For(LandProfile resolved, ImkOptions options)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(options);
        var result = new List<DatedOption>();
        bool StatedBy(string optionId, string land) =>
            resolved.Find(optionId) is { Status: OptionStatus.Stated } v && string.Equals(v.StatedBy, land, StringComparison.OrdinalIgnoreCase);

        if (StatedBy(DecisionRuleOptions.WorkTakeUp.Id, "BE"))
        {
            // Berlin: the instruction of 4.12.2006 set 1.10.2007; the amendment of 7.3.2007 moved it to 18.5.2007
            // (L798-802). Before the first instruction the resolution's own deadline applied (Punkt 9, L620-621).
            result.Add(new DatedOption<(DateOnly, bool)>(DecisionRuleOptions.WorkTakeUp, new(
            [
                new(Resolution, (new DateOnly(2007, 9, 30), false), Source("L620-621")),
                new(BerlinFirstInstruction, (new DateOnly(2007, 10, 1), false), Source("L798-801")),
                new(BerlinAmendment, (new DateOnly(2007, 5, 18), false), Source("L801-802")),
            ])));
        }

        if (StatedBy(DecisionRuleOptions.WageFloor.Id, "HH"))
        {
            // Hamburg's Arbeitsagentur checked pay "bis zum Wegfall des Zustimmungserfordernisses" against 30 % below
            // the collective or local wage (L1473-1478); consent ended with the BA's instruction of 26.4.2007 (L1482, L3115-3119).
            result.Add(new DatedOption<(decimal?, decimal?)>(DecisionRuleOptions.WageFloor, new(
            [
                new(Resolution, DecisionRuleOptions.WageFloor.Get(options), Source("L1473-1478")),
                new(ConsentNoLongerRequired, (null, null), Source("L1473-1474, L1482, L3115-3119")),
            ])));
        }

        if (StatedBy(DecisionRuleOptions.MinimumGrossForSingle.Id, "HH"))
        {
            // The same Arbeitsagentur's example floor for an unskilled single person (L1478-1480), part of the same
            // working-conditions check, so it ends with the consent requirement too [derived].
            result.Add(new DatedOption<decimal?>(DecisionRuleOptions.MinimumGrossForSingle, new(
            [
                new(Resolution, DecisionRuleOptions.MinimumGrossForSingle.Get(options), Source("L1478-1480")),
                new(ConsentNoLongerRequired, null, Source("L1473-1474, L1482, L3115-3119")),
            ])));
        }

        if (options.Fallback.Convert104a != Convert104a.No)
        {
            // A31: a conversion to § 104a exists only once the statute is in force (L2598-2601).
            result.Add(new DatedOption<Convert104a>(DecisionRuleOptions.Convert104a, new(
            [
                new(Resolution, Convert104a.No, Source("L2598-2601")),
                new(Statute104aInForce, options.Fallback.Convert104a, Source("L2598-2601")),
            ])));
        }

        return result.AsReadOnly();
    }
}
