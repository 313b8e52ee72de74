using System.Collections;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// Several compiled rule sets to run one population through in one pass
/// (<see cref="BulkEvaluator.Evaluate(HouseholdBatch, CompiledRuleSets, IReadOnlyList{Memory{BulkResult}}, bool)"/>):
/// each household is decided under every rule set in turn, and a rule set takes over from an earlier one whatever it
/// would compute the same way — an element's verdict where the options that element reads are equal, and the whole
/// decision where the members' verdicts and the procedure's options are equal too. The Land profiles differ from
/// the base rule in a few options each, so most of the work is done once per household instead of once per rule set.
/// The results are exactly those of evaluating each rule set alone (a property test compares them). A rule set whose
/// A31 transition decides households again under § 104a brings that decision into the group as an entry of its own,
/// after the rule sets (ADR 0015 item 6).
/// </summary>
/// <remarks>
/// What counts as "equal" is decided once, here, by comparing option records by value (a record holding a list
/// compares the list by reference, which can only cost sharing, never correctness), per period of the dated options.
/// Rule sets with user-defined elements, or on another regime, share nothing with the others. Immutable and
/// thread-safe. At most <see cref="MaxRuleSets"/> rule sets; building the group compares each rule set with the
/// earlier ones until one shares an input, per input and period — quadratic in the number of rule sets where they all
/// differ (300 rule sets that differ in two records: about 0.2 s here; build one group and reuse it).
/// </remarks>
public sealed class CompiledRuleSets : IReadOnlyList<CompiledRuleSet>
{
    /// <summary>The most rule sets one group holds.</summary>
    public const int MaxRuleSets = short.MaxValue;

    private const int Inputs = (int)SharedInput.ProcedureBesideRelief + 1;

    /// <summary>The inputs that are element verdicts (and the adulthood and family status they read).</summary>
    private const int ElementInputs = (int)SharedInput.S104a + 1;

    private readonly CompiledRuleSet[] _rules;

    /// <summary>
    /// The rule sets, then the § 104a rule set of each one whose A31 transition decides a household again under the
    /// statute (<see cref="StatuteOf"/>): the A31 decisions are members of the group too, computed only when the
    /// transition asks, and take over from one another what they compute alike (ADR 0015 item 6).
    /// </summary>
    private readonly CompiledRuleSet[] _members;

    /// <summary>Per rule set, the index of its § 104a rule set in <see cref="_members"/>, or -1.</summary>
    private readonly int[] _statuteOf;

    /// <summary>Day numbers where any rule set's options change, ascending: segment s + 1 starts at <c>_bounds[s]</c>.</summary>
    private readonly int[] _bounds;

    /// <summary>Per segment and rule set, the compiled form in force (segment 0 also for an unknown decision date).</summary>
    private readonly CompiledRuleSet[] _instances;

    /// <summary>Per segment, rule set and input, the first earlier rule set that shares the input, or -1.</summary>
    private readonly short[] _donors;

    /// <summary>
    /// Per segment and rule set, the earlier rule set that shares every element input with it (so the members'
    /// verdicts are that rule set's), or -1.
    /// </summary>
    private readonly short[] _maskDonor;

    /// <summary>
    /// Per segment and rule set with a <see cref="MaskDonor"/>: the element verdicts taken over from other earlier rule
    /// sets than that one (donor, bits in the masks); empty where all come from it.
    /// </summary>
    private readonly (short Donor, uint Bits)[][] _otherDonors;

    /// <summary>
    /// Per segment and rule set with a <see cref="MaskDonor"/>: the element inputs run again (bits by <see cref="SharedInput"/>,
    /// and <see cref="BulkEvaluator.ResidenceIfFamilyDiffers"/>), and their bits in the masks.
    /// </summary>
    private readonly (uint Inputs, uint Bits)[] _recompute;

    /// <summary>Per segment and entry: whether a later entry takes anything over from it (so its values are kept).</summary>
    private readonly bool[] _read;

    /// <summary>
    /// Per segment and rule set, four entries (<see cref="Moot"/>): the earlier rule set whose results it copies whole
    /// (<see cref="ResultsOf"/>), or -1; then the same for a household on which the Residenzpflicht relief cannot turn,
    /// one on which the other humanitarian title cannot, and one on which neither can (indexed, not branched on: which
    /// households those are is data).
    /// </summary>
    private readonly short[] _resultsOf;

    /// <summary>Groups compiled rule sets, in the given order.</summary>
    /// <param name="rules">The rule sets (at least one, at most <see cref="MaxRuleSets"/>).</param>
    /// <exception cref="ArgumentException">No rule set, a null entry, or more than <see cref="MaxRuleSets"/>.</exception>
    public CompiledRuleSets(IEnumerable<CompiledRuleSet> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        if (_rules.Length == 0 || _rules.Length > MaxRuleSets)
        {
            throw new ArgumentException($"a group holds 1 to {MaxRuleSets} rule sets, not {_rules.Length}", nameof(rules));
        }

        if (Array.IndexOf(_rules, null) is var missing and >= 0)
        {
            throw new ArgumentException($"rule set {missing} is null", nameof(rules));
        }

        // The A31 transition's § 104a rule sets, after every rule set of the group (so a rule set never takes over
        // from one, which is computed only for some households), for the rule sets that convert in some period.
        var members = new List<CompiledRuleSet>(_rules);
        _statuteOf = new int[_rules.Length];
        for (var r = 0; r < _rules.Length; r++)
        {
            var c = _rules[r];
            var converts = c.Plan.Convert104a;
            foreach (var day in c.Boundaries)
            {
                converts |= c.For(day).Plan.Convert104a;
            }

            // Past the limit of the donor table a rule set decides its A31 households alone (as outside a group).
            converts &= members.Count < MaxRuleSets;
            _statuteOf[r] = converts ? members.Count : -1;
            if (converts)
            {
                members.Add(c.Statute);
            }
        }

        _members = [.. members];
        var bounds = new SortedSet<int>();
        foreach (var c in _members)
        {
            foreach (var day in c.Boundaries)
            {
                bounds.Add(day);
            }
        }

        _bounds = [.. bounds];
        var segments = _bounds.Length + 1;
        var count = _members.Length;
        _instances = new CompiledRuleSet[segments * count];
        _donors = new short[segments * count * Inputs];
        _maskDonor = new short[segments * count];
        _otherDonors = new (short, uint)[segments * count][];
        _recompute = new (uint, uint)[segments * count];
        _read = new bool[segments * count];
        _resultsOf = new short[segments * count * Moot];
        for (var s = 0; s < segments; s++)
        {
            var day = s == 0 ? HouseholdBatch.NoDate : _bounds[s - 1];
            for (var r = 0; r < count; r++)
            {
                var c = _members[r].For(day);
                _instances[(s * count) + r] = c;
                for (var k = 0; k < Inputs; k++)
                {
                    short donor = -1;
                    for (var e = 0; e < r && donor < 0; e++)
                    {
                        donor = Same((SharedInput)k, _instances[(s * count) + e], c) ? (short)e : (short)-1;
                    }

                    _donors[(((s * count) + r) * Inputs) + k] = donor;
                }

                // The members' verdicts can be put together from earlier rule sets: the adulthood from one (the base),
                // and what reads it — the family status and element 5, element 8, § 104a's own elements — from the same
                // one or run again (so what they read is this rule set's own; § 104a's elements only from the base);
                // every other element from any rule set that computes it alike, or run again where none does
                // (Recompute). Element 5 also reads the family status: it runs again where that does.
                var at = ((s * count) + r) * Inputs;
                var baseDonor = _donors[at + (int)SharedInput.Adult];
                var familyAgain = _donors[at + (int)SharedInput.Family] != baseDonor;
                var all = baseDonor >= 0 && (!c.HasS104aElements || (!familyAgain && _donors[at + (int)SharedInput.S104a] == baseDonor));
                var others = new List<(short, uint)>();
                uint recompute = 0, recomputeBits = 0;
                for (var k = 0; k < ElementInputs && all; k++)
                {
                    var input = (SharedInput)k;
                    var d = _donors[at + k];
                    var bit = Regimes.RegimePlan.Bit(BitOf(input, c));
                    var readsFamily = input is SharedInput.Residence;
                    if (input is SharedInput.Adult or SharedInput.S104a || (d == baseDonor && !(familyAgain && readsFamily)))
                    {
                        continue;
                    }

                    if (readsFamily && d == baseDonor)
                    {
                        // Element 5 alike but for the family status it reads, which runs again: run again only where
                        // that comes out otherwise than the base's (BulkEvaluator.Recompute).
                        recompute |= BulkEvaluator.ResidenceIfFamilyDiffers;
                        continue;
                    }

                    if (d < 0 || input is SharedInput.Family or SharedInput.Residence or SharedInput.Language)
                    {
                        recompute |= 1u << k;
                        recomputeBits |= bit;
                        continue;
                    }

                    var j = others.FindIndex(o => o.Item1 == d);
                    others.Add((d, bit));
                    if (j >= 0)
                    {
                        others[j] = (d, others[j].Item2 | bit);
                        others.RemoveAt(others.Count - 1);
                    }
                }

                _maskDonor[(s * count) + r] = all ? baseDonor : (short)-1;
                _otherDonors[(s * count) + r] = all ? [.. others] : [];
                _recompute[(s * count) + r] = all ? (recompute, recomputeBits) : (0u, 0u);

                // Results copied whole: every verdict from one rule set that also runs the procedure alike — on every
                // household, or where the Residenzpflicht relief cannot turn (every job within the permitted area, ADR
                // 0015 item 8), or the routing to another humanitarian title (no member holds one, item 9), or both.
                // A later entry that reads this one then gets that one's kept values (SharedVerdicts.ResultsOf).
                var verdictsAlike = all && others.Count == 0 && recompute == 0;
                for (var moot = 0; moot < Moot; moot++)
                {
                    var alike = verdictsAlike && SameProcedure(_instances[(s * count) + baseDonor], c, besideRelief: (moot & 1) != 0, besideTitle: (moot & 2) != 0);
                    _resultsOf[(((s * count) + r) * Moot) + moot] = alike ? baseDonor : (short)-1;
                }

                for (var k = 0; k < Inputs; k++)
                {
                    if (_donors[at + k] >= 0)
                    {
                        _read[(s * count) + _donors[at + k]] = true;
                    }
                }
            }
        }
    }

    /// <summary>Compiles and groups rule sets.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    public static CompiledRuleSets Compile(IEnumerable<RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        return new CompiledRuleSets(ruleSets.Select(CompiledRuleSet.Compile));
    }

    /// <inheritdoc />
    public int Count => _rules.Length;

    /// <inheritdoc />
    public CompiledRuleSet this[int index] => _rules[index];

    /// <inheritdoc />
    public IEnumerator<CompiledRuleSet> GetEnumerator() => ((IEnumerable<CompiledRuleSet>)_rules).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The segment of the dated options a decision day falls in (0 for an unknown date, as <see cref="CompiledRuleSet.For"/>).</summary>
    internal int Segment(int decisionDay)
    {
        if (decisionDay == HouseholdBatch.NoDate || _bounds.Length == 0)
        {
            return 0;
        }

        var k = Array.BinarySearch(_bounds, decisionDay);
        return k >= 0 ? k + 1 : ~k;
    }

    /// <summary>The compiled form of rule set <paramref name="r"/> in force in segment <paramref name="segment"/>.</summary>
    internal CompiledRuleSet Instance(int segment, int r) => _instances[(segment * _members.Length) + r];

    /// <summary>The rule sets and the A31 transition's § 104a rule sets (<see cref="StatuteOf"/>): the entries per household.</summary>
    internal int Width => _members.Length;

    /// <summary>Where rule set <paramref name="r"/>'s § 104a rule set for the A31 transition sits (an index up to <see cref="Width"/>), or -1.</summary>
    internal int StatuteOf(int r) => _statuteOf[r];

    /// <summary>The earlier rule set whose members' verdicts rule set <paramref name="r"/> takes over whole in segment <paramref name="segment"/>, or -1.</summary>
    internal int MaskDonor(int segment, int r) => _maskDonor[(segment * _members.Length) + r];

    /// <summary>The element inputs rule set <paramref name="r"/> runs again although it has a <see cref="MaskDonor"/>, and their bits.</summary>
    internal (uint Inputs, uint Bits) Recomputed(int segment, int r) => _recompute[(segment * _members.Length) + r];

    /// <summary>
    /// The earlier rule set whose results rule set <paramref name="r"/> copies whole in segment <paramref name="segment"/>
    /// (equal verdicts and an equal procedure: <see cref="MaskDonor"/> with nothing run again or taken from others,
    /// and the same procedure — beside the Residenzpflicht relief where bit 0 of <paramref name="moot"/> is set, beside
    /// the other humanitarian title where bit 1 is: <see cref="SharedScratch.Moot"/>), or -1.
    /// </summary>
    internal int ResultsOf(int segment, int r, int moot) => _resultsOf[(((segment * _members.Length) + r) * Moot) + moot];

    /// <summary>The kinds of household <see cref="ResultsOf"/> tells apart (<see cref="SharedScratch.Moot"/>: 0-3).</summary>
    private const int Moot = 4;

    /// <summary>Whether a later entry of the group takes over anything entry <paramref name="r"/> computes in segment <paramref name="segment"/> (else it keeps nothing).</summary>
    internal bool Read(int segment, int r) => _read[(segment * _members.Length) + r];

    /// <summary>The element verdicts rule set <paramref name="r"/> takes over from other rule sets than its <see cref="MaskDonor"/> (donor, bits).</summary>
    internal (short Donor, uint Bits)[] OtherDonors(int segment, int r) => _otherDonors[(segment * _members.Length) + r];

    /// <summary>Where an element input's verdict sits in the masks (-1: not an element verdict of its own, or absent from the regime).</summary>
    private static int BitOf(SharedInput input, CompiledRuleSet c) => input switch
    {
        SharedInput.Deadline => c.BitDeadline,
        SharedInput.Housing => c.BitHousing,
        SharedInput.School => c.BitSchool,
        SharedInput.Prognosis => c.BitPrognosis,
        SharedInput.Deception => c.BitDeception,
        SharedInput.Obstruction => c.BitObstruction,
        SharedInput.Conviction => c.BitConviction,
        SharedInput.Extremism => c.BitExtremism,
        SharedInput.Absconding => c.BitAbsconding,
        SharedInput.Cooperation => c.BitCooperation,
        SharedInput.Residence => c.BitMinYears,
        SharedInput.Language => c.BitLanguage,
        _ => -1,
    };

    /// <summary>Per segment, rule set and input, the earlier rule set whose value is taken over, or -1 (entries at <see cref="DonorsAt"/>).</summary>
    internal short[] DonorTable => _donors;

    /// <summary>Where the entries of rule set <paramref name="r"/> in segment <paramref name="segment"/> start in <see cref="DonorTable"/>.</summary>
    internal int DonorsAt(int segment, int r) => ((segment * _members.Length) + r) * Inputs;

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> compute <paramref name="input"/> alike for every
    /// household: the same regime (so the same elements at the same bits), no user-defined elements, and equal values
    /// of everything the input's kernel reads besides the household's facts — whole option records, or the fields a
    /// small kernel reads (ADR 0015 item 7). Conservative: unequal where unsure. Equality of what is read, so an
    /// equivalence: a rule set that shares every input with an earlier one is never the first to share one with a later.
    /// </summary>
    internal static bool Same(SharedInput input, CompiledRuleSet a, CompiledRuleSet b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (!ReferenceEquals(a.RuleSet.Regime, b.RuleSet.Regime) || a.HasCustomElements || b.HasCustomElements)
        {
            return false;
        }

        var x = a.Options;
        var y = b.Options;
        return input switch
        {
            // Element 24 reads only the application deadline (ProcedureKernel.ApplicationDeadline).
            SharedInput.Deadline => x.Deadline.Application == y.Deadline.Application,
            SharedInput.Housing => Equals(x.Housing, y.Housing),
            SharedInput.Adult => a.ReferenceCivil == b.ReferenceCivil && a.AgeOfMajority == b.AgeOfMajority,
            SharedInput.Family => a.FamilyIsBuiltIn == b.FamilyIsBuiltIn && a.ReferenceCivil == b.ReferenceCivil && Equals(x.Family, y.Family),
            // Elements 9 and 10 read the school age (SchoolKernel); whether 10 is required is read by the loop.
            SharedInput.School => a.AgeOfMajority == b.AgeOfMajority && x.School.CompulsoryFromAge == y.School.CompulsoryFromAge,
            SharedInput.Prognosis => a.AgeOfMajority == b.AgeOfMajority && x.School.CompulsoryFromAge == y.School.CompulsoryFromAge
                && x.School.PrognosisRequiredForFamily == y.School.PrognosisRequiredForFamily,
            // Each exclusion ground by the fields its kernel reads (MisconductKernel, ConvictionKernel, ExtremismKernel;
            // the stored readings of HouseholdBatch follow from the same fields, MisconductReading).
            SharedInput.Deception => x.Exclusion.DeceptionRequiresCausality == y.Exclusion.DeceptionRequiresCausality
                && x.Exclusion.DeceptionWeighing == y.Exclusion.DeceptionWeighing && x.Exclusion.DeceptionLookbackYears == y.Exclusion.DeceptionLookbackYears,
            SharedInput.Obstruction => x.Exclusion.ObstructionLookbackYears == y.Exclusion.ObstructionLookbackYears,
            SharedInput.Conviction => x.Exclusion.ConvictionDayFinesGeneral == y.Exclusion.ConvictionDayFinesGeneral
                && x.Exclusion.ConvictionDayFinesForeignerOnly == y.Exclusion.ConvictionDayFinesForeignerOnly
                && x.Exclusion.ConvictionDiscretionaryOverride == y.Exclusion.ConvictionDiscretionaryOverride,
            SharedInput.Extremism => x.Exclusion.ExtremismLookbackYears == y.Exclusion.ExtremismLookbackYears,
            SharedInput.Absconding => x.Exclusion.AbscondingIsGround == y.Exclusion.AbscondingIsGround
                && x.Exclusion.AbscondingLookbackYears == y.Exclusion.AbscondingLookbackYears,
            SharedInput.Cooperation => SamePassport(x.Passport, y.Passport) && x.Exclusion.DeceptionWeighing == y.Exclusion.DeceptionWeighing,
            SharedInput.Residence => a.ResidenceCountCivil == b.ResidenceCountCivil && SameResidenceTime(x.Residence, y.Residence),
            SharedInput.Language => Equals(x.Language, y.Language),
            SharedInput.S104a => !a.HasS104aElements || SameS104a(a, b),
            SharedInput.Livelihood => SameLivelihoodRoute(a, b) && Equals(ForLivelihood(x), ForLivelihood(y)),
            SharedInput.LivelihoodBesideRelief => SameLivelihoodRoute(a, b) && Equals(BesideRelief(ForLivelihood(x)), BesideRelief(ForLivelihood(y))),
            SharedInput.Procedure => SameProcedure(a, b, besideRelief: false, besideTitle: false),
            SharedInput.ProcedureBesideRelief => SameProcedure(a, b, besideRelief: true, besideTitle: false),
            SharedInput.ProcedureBeforeLivelihood => a.Plan.SameOutsideLivelihood(in b.Plan) && !a.Plan.Convert104a && !b.Plan.Convert104a
                && a.Plan.LivelihoodBit >= 0 && b.Plan.LivelihoodBit >= 0 && SamePassport(x.Passport, y.Passport),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the decision procedure runs alike under two rule sets on equal verdicts: equal plans (none converting
    /// under A31, which decides again under another rule set), livelihood and passport options. Beside the
    /// Residenzpflicht relief: livelihood compared as <see cref="SharedInput.LivelihoodBesideRelief"/> (for a household
    /// whose every job lies inside). Beside the other humanitarian title: the plans equal once the routing to it
    /// (<c>Fallback.OtherHumanitarianTitle</c>, read by the procedure only for a refused member who holds such a title)
    /// is set alike — for a household none of whose members holds one (ADR 0015 item 9).
    /// </summary>
    private static bool SameProcedure(CompiledRuleSet a, CompiledRuleSet b, bool besideRelief, bool besideTitle)
    {
        if (a.HasCustomElements || b.HasCustomElements || !ReferenceEquals(a.RuleSet.Regime, b.RuleSet.Regime) || a.Plan.Convert104a || b.Plan.Convert104a)
        {
            return false;
        }

        var plan = a.Plan;
        if (besideTitle)
        {
            var title = b.Options.Fallback.OtherHumanitarianTitle;
            plan = a.Plan.Regime.Plan(a.Options with { Fallback = a.Options.Fallback with { OtherHumanitarianTitle = title } });
        }

        return plan.Equals(b.Plan) && Same(besideRelief ? SharedInput.LivelihoodBesideRelief : SharedInput.Livelihood, a, b)
            && SamePassport(a.Options.Passport, b.Options.Passport);
    }

    /// <summary>
    /// Whether the passport kernels (<see cref="Regimes.Imk2006.IdentityKernels"/>: element 11 and its substitute,
    /// element 12's efforts; the procedure's outstanding passport and the § 104a regimes' restated one call the same)
    /// read the same values of two passport records: the substitute mode always; the origins a substitute covers, the
    /// embassy visits and the identity and misconduct requirements only where a substitute is accepted at all — with a
    /// passport alone (A12 <see cref="PassportSubstituteMode.PassportOnly"/>) the substitute is refused and efforts do
    /// not count before any of those is read (ADR 0015 item 9).
    /// </summary>
    private static bool SamePassport(PassportOptions x, PassportOptions y)
        => x.SubstituteAccepted == y.SubstituteAccepted && (x.SubstituteAccepted == PassportSubstituteMode.PassportOnly || Equals(x, y));

    /// <summary>
    /// Whether the § 104a regimes' own elements (<see cref="BulkS104a.Write"/>) compute alike under two rule sets of
    /// the same regime: the in-force test reads only facts; the residence time and Abs. 2 the residence options, the
    /// counting and reference days and the age of majority (and the family status, compared at run time); oral German
    /// the decision day and the adulthood; the restated passport the passport options. The extension's Abs. 5 S. 2 and
    /// Abs. 6 groups read the livelihood records: there every option must be equal.
    /// </summary>
    private static bool SameS104a(CompiledRuleSet a, CompiledRuleSet b)
        => a.ReferenceCivil == b.ReferenceCivil && a.ResidenceCountCivil == b.ResidenceCountCivil && a.AgeOfMajority == b.AgeOfMajority
            && SameResidenceTime(a.Options.Residence, b.Options.Residence) && SamePassport(a.Options.Passport, b.Options.Passport)
            && ((a.BitProbationRoute < 0 && a.BitHardship < 0) || Equals(a.Options, b.Options));

    /// <summary>
    /// Whether the residence time (<see cref="Regimes.Imk2006.ResidenceKernel"/>, which the § 104a regimes' time and
    /// Abs. 2 also call) reads the same values of two residence records: not the resolution date, the Residenzpflicht
    /// relief (the job kernels read it: livelihood compares the whole record, or all but the relief where every job of the
    /// household lies inside, <see cref="SharedInput.LivelihoodBesideRelief"/>) or the permit's validity.
    /// </summary>
    private static bool SameResidenceTime(ResidenceOptions x, ResidenceOptions y)
        => x.ReferenceDate == y.ReferenceDate && x.MinYearsFamily == y.MinYearsFamily && x.MinYearsOther == y.MinYearsOther
            && x.InterruptionToleranceDays == y.InterruptionToleranceDays && x.PeriodCounting == y.PeriodCounting;

    /// <summary>Whether livelihood is computed the same way: built in or not, the standard route, reference day and age of majority.</summary>
    private static bool SameLivelihoodRoute(CompiledRuleSet a, CompiledRuleSet b)
        => a.LivelihoodIsBuiltIn == b.LivelihoodIsBuiltIn && a.LivelihoodIsStandardRoute == b.LivelihoodIsStandardRoute
            && a.ReferenceCivil == b.ReferenceCivil && a.AgeOfMajority == b.AgeOfMajority;

    /// <summary>
    /// The options with the Residenzpflicht relief set alike: read only by element 29 (<c>JobKernels.Residenzpflicht</c>),
    /// and only for a job outside the permitted area, or not known to be inside (ADR 0015 item 8).
    /// </summary>
    private static ImkOptions BesideRelief(ImkOptions o)
        => o with { Residence = o.Residence with { ResidenzpflichtLifted = ImkOptions.Base.Residence.ResidenzpflichtLifted } };

    /// <summary>
    /// The options with the records the livelihood and job kernels do not read set alike (language, passport,
    /// exclusion, housing, school, fallback; and the procedural options, group (b) of discretion-options.md, which
    /// are recorded only and read by no rule), so that the rest compares by value.
    /// </summary>
    private static ImkOptions ForLivelihood(ImkOptions o) => o with
    {
        Procedure = ImkOptions.Base.Procedure,
        Language = ImkOptions.Base.Language,
        Passport = ImkOptions.Base.Passport,
        Exclusion = ImkOptions.Base.Exclusion,
        Housing = ImkOptions.Base.Housing,
        School = ImkOptions.Base.School,
        Fallback = ImkOptions.Base.Fallback,
    };
}
