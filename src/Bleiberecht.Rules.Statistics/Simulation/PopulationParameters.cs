using System.Globalization;
using System.Text;
using Bleiberecht.Rules.Facts;
using P = Bleiberecht.Rules.Statistics.Simulation.Provenance;

namespace Bleiberecht.Rules.Statistics.Simulation;

/// <summary>
/// The distributions of a synthetic population of applicant households under the IMK resolution of 17.11.2006. Every
/// parameter is explicit, documented and overridable (<c>with</c> and <see cref="Parameter{T}.Override"/>) and
/// carries its provenance: a study figure or our arithmetic on one (cited by line of the study,
/// e.g. <c>L123-130</c>), a labelled assumption with a sentence why, or a former assumption calibrated to the DE row
/// of table 6.1 or, where marked, to the study's qualitative list of main refusal reasons (L181-189)
/// (<see cref="ProvenanceKind.Calibrated"/>). The study prints outcome counts, not case
/// facts, so most parameters are assumptions; a synthetic population shows the effect of the coded discretion, not
/// the published rates. Shares are probabilities in [0, 1]; "household" draws apply to all members.
/// </summary>
public sealed record PopulationParameters
{
    /// <summary>The defaults described on each property.</summary>
    public static PopulationParameters Default { get; } = new();

    /// <summary>The reference date of the residence time (the resolution, [background]; L3-4, L792).</summary>
    public static DateOnly ReferenceDate { get; } = new(2006, 11, 17);

    /// <summary>Share of households with one adult and no children (8-year rule).</summary>
    public Parameter<double> SingleShare { get; init; } = new(0.70, P.Derived("L3155-3156, L4362", "SH: 457 families with 1,880 persons of 3,076 Duldung holders; 1,196 persons outside families = 72% of 1,653 households, rounded to 0.70 (SH only, DQ-19)"));

    /// <summary>Share of families with one parent (the others have two).</summary>
    public Parameter<double> SingleParentShare { get; init; } = new(0.15, P.Assumption("the study gives no split of families; single parents are a minority of refugee families"));

    /// <summary>Number of minor children in a family.</summary>
    public Parameter<CategoricalDistribution<int>> ChildrenPerFamily { get; init; } = new(new([new(1, 0.25), new(2, 0.33), new(3, 0.22), new(4, 0.12), new(5, 0.08)]), P.Assumption("mean 2.45 children; with 1.85 adults per family (SingleParentShare 0.15) a family has 4.30 persons on average, near SH's 1,880 / 457 = 4.11 persons per family (L3155-3156) but not derived from it; the split is not printed"));

    /// <summary>Age of each child at the reference date 17.11.2006, in years.</summary>
    public Parameter<PiecewiseUniform> ChildAgeYears { get; init; } = new(PiecewiseUniform.Uniform(0, 18), P.Assumption("ages of minors are not printed; uniform over 0-17 years at 17.11.2006, so some households have only a child under the Family.MinChildAge threshold (L804-807)"));

    /// <summary>Age of each adult at the reference date, in years.</summary>
    public Parameter<PiecewiseUniform> AdultAgeYears { get; init; } = new(new([new(0.3, 20, 30), new(0.5, 30, 45), new(0.2, 45, 62)]), P.Assumption("no age figures in the study; working-age adults, raised where needed to be at least 18 years older than the eldest child"));

    /// <summary>Years in Germany at the reference date 17.11.2006 (household, all members entered together; children born later entered at birth).</summary>
    public Parameter<PiecewiseUniform> ResidenceYears { get; init; } = new(new([new(0.01, 4, 6), new(0.06, 6, 8), new(0.93, 8, 16)]), P.Derived("L792, L4340", "applicants, not the Duldung stock: Berlin refused 132 of 3,098 applications under the Stichtag rule (4.3%), so about 5% of applicants fall short of their 6/8 years; with 70% single households that puts 7% of applicants below 8 years and 1% below 6. (The stock itself has 59.3% >= 6 and 41.7% >= 8 years, L615-616, L2112-2113, L2741-2742: applicants self-selected, L2197-2201, L2594-2596.)"));

    /// <summary>Share of households whose stay was interrupted once.</summary>
    public Parameter<double> InterruptionShare { get; init; } = new(0.02, P.Assumption("the study prints no interruptions; a small share tests Residence.InterruptionToleranceDays"));

    /// <summary>Length of an interruption in days.</summary>
    public Parameter<PiecewiseUniform> InterruptionDays { get; init; } = new(PiecewiseUniform.Uniform(14, 180), P.Assumption("short stays abroad or without status"));

    /// <summary>Share of households whose members are tolerated and obliged to leave (else: not in scope).</summary>
    public Parameter<double> ObligedToLeaveShare { get; init; } = new(0.964, P.Derived("L794, L4340", "Berlin refused 112 of 3,098 applications for lack of Ausreisepflicht: 1 - 3.6%"));

    /// <summary>Share of adults whose Duldung forbids employment.</summary>
    public Parameter<double> DuldungForbidsEmploymentShare { get; init; } = new(0.05, P.Calibrated("0.10", "fewer job-holders lose the job to the annotation; the annotation existed (L2914-2916), its frequency is not printed"));

    /// <summary>German level of each adult.</summary>
    public Parameter<CategoricalDistribution<CefrLevel>> GermanLevel { get; init; } = new(new([new(CefrLevel.None, 0.01), new(CefrLevel.A1, 0.04), new(CefrLevel.A2, 0.40), new(CefrLevel.B1, 0.55)]), P.CalibratedToRefusalReasons("None 0.04, A1 0.10, A2 0.36, B1 0.50", "A2 is required (L4179-4180); refusals for gravierend mangelnde Deutschkenntnisse are reported (L1031-1032) but are not among the main refusal reasons (L181-189), so 5% of adults are below A2"));

    /// <summary>Share of households that presented valid passports (all members).</summary>
    public Parameter<double> PassportShare { get; init; } = new(0.75, P.Derived("L185-189, L1678-1680", "missing passports were one of the central reasons for non-grants; Wiesbaden: 90 of 353 applications (25.5%) undecided, mostly for the passport"));

    /// <summary>Without passport: share with an identity substitute or substitute travel document.</summary>
    public Parameter<double> SubstituteDocumentShare { get; init; } = new(0.40, P.Assumption("identity substitutes exist (L657-661); their frequency is not printed"));

    /// <summary>Without passport: share whose identity is clarified.</summary>
    public Parameter<double> IdentityClarifiedShare { get; init; } = new(0.50, P.Assumption("München requires clarified identity for a substitute (L657-661); frequency not printed"));

    /// <summary>Without passport: confirmed embassy visits (integer part).</summary>
    public Parameter<PiecewiseUniform> EmbassyVisits { get; init; } = new(PiecewiseUniform.Uniform(0, 5), P.Assumption("Oder-Spree asked for 3 confirmed visits (L1167-1175); counts are not printed, so 0-4 uniformly"));

    /// <summary>Without passport: share with credibly documented efforts.</summary>
    public Parameter<double> CredibleEffortsShare { get; init; } = new(0.50, P.Assumption("Rhein-Lahn accepted documented efforts; frequency not printed"));

    /// <summary>Share of adults who breached the duty to cooperate.</summary>
    public Parameter<double> CooperationBreachedShare { get; init; } = new(0.02, P.Assumption("breaches were counted as deception in Berlin (L793-794), so most are in DeceptionShare"));

    /// <summary>Share of adults with one conviction for an offence in Germany.</summary>
    public Parameter<double> ConvictionShare { get; init; } = new(0.06, P.Assumption("convictions were a main refusal reason (L181-189) and all 7 Wiesbaden refusals (2% of 353, L1678-1679); a share with any conviction of 6% of adults, most of them below the threshold"));

    /// <summary>Day-fines of a fine (integer part).</summary>
    public Parameter<PiecewiseUniform> DayFines { get; init; } = new(new([new(0.35, 5, 31), new(0.25, 31, 51), new(0.25, 51, 91), new(0.15, 91, 181)]), P.Assumption("thresholds 50 / 90 day-fines (L1850; [background]); the distribution of sentences is not printed, so 60% of fines are at or below 50"));

    /// <summary>Share of convictions that are prison sentences.</summary>
    public Parameter<double> PrisonShare { get; init; } = new(0.10, P.Assumption("prison sentences are rarer than fines [background]"));

    /// <summary>Months of a prison sentence (integer part).</summary>
    public Parameter<PiecewiseUniform> PrisonMonths { get; init; } = new(PiecewiseUniform.Uniform(1, 25), P.Assumption("suspended sentences of up to two years dominate [background]"));

    /// <summary>Share of convictions for offences only foreigners can commit (90 day-fine threshold).</summary>
    public Parameter<double> ForeignerOnlyOffenceShare { get; init; } = new(0.30, P.Assumption("offences under AufenthG / AsylVfG (e.g. breach of Residenzpflicht) are frequent among Geduldete [background]"));

    /// <summary>Share of convictions for negligent offences (never a ground).</summary>
    public Parameter<double> NegligentShare { get; init; } = new(0.10, P.Assumption("most convictions are for intentional offences [background]"));

    /// <summary>Share of adults whose conviction record is unknown (null).</summary>
    public Parameter<double> ConvictionRecordUnknownShare { get; init; } = new(0.0, P.Assumption("all conduct certificates are in the file by 30.9.2007; raise it to model cases pending for a missing record"));

    /// <summary>Share of convicted adults for whom the authority finds exceptional circumstances.</summary>
    public Parameter<double> ExceptionalCircumstancesShare { get; init; } = new(0.20, P.Assumption("only relevant where Exclusion.ConvictionDiscretionaryOverride applies (L2229-2232)"));

    /// <summary>Share of households whose applicant deceived the authority.</summary>
    public Parameter<double> DeceptionShare { get; init; } = new(0.04, P.Derived("L793, L4340", "Berlin refused 124 of 3,098 applications for deception (4.0%); deception was a main refusal reason (L181-189)"));

    /// <summary>Years between the end of a deception and the decision date.</summary>
    public Parameter<PiecewiseUniform> DeceptionEndedYearsBefore { get; init; } = new(PiecewiseUniform.Uniform(0, 12), P.Assumption("when the deception ended is not printed; uniform so that a lookback limit (A15) bites on part of it"));

    /// <summary>Share of deceptions of some weight.</summary>
    public Parameter<double> DeceptionOfSomeWeightShare { get; init; } = new(0.60, P.Assumption("NRW asks for deception von einigem Gewicht (L2104-2108); frequency not printed"));

    /// <summary>Share of deceptions that prevented removal.</summary>
    public Parameter<double> DeceptionCausedNonRemovalShare { get; init; } = new(0.50, P.Assumption("causality is asked only in some Länder (L851-853); frequency not printed"));

    /// <summary>Share of deceptions outweighed by integration.</summary>
    public Parameter<double> DeceptionOutweighedShare { get; init; } = new(0.40, P.Assumption("SH weighs deception against integration (L3193-3197); frequency not printed"));

    /// <summary>Share of households whose applicant obstructed removal.</summary>
    public Parameter<double> ObstructionShare { get; init; } = new(0.02, P.Assumption("most frequent MV refusal ground (L1849-1850) but no count is printed"));

    /// <summary>Share of households whose applicant absconded.</summary>
    public Parameter<double> AbscondingShare { get; init; } = new(0.01, P.Assumption("a ground in most Länder (L1869-1871); no count is printed"));

    /// <summary>Share of adults with extremist links.</summary>
    public Parameter<double> ExtremismShare { get; init; } = new(0.0, P.Assumption("not in the source ([background] ground only)"));

    /// <summary>Share of spouses for whom refusal would be a particular hardship.</summary>
    public Parameter<double> SpouseHardshipShare { get; init; } = new(0.30, P.Assumption("only relevant under the spouse-hardship exclusion scope"));

    /// <summary>Share of households in which the applicant has or finds a job.</summary>
    public Parameter<double> JobFoundShare { get; init; } = new(0.85, P.Calibrated("0.55", "raised so that about 40% of the households not refused and not pending hold a qualifying job (19,779 permits / 49,613 permits + job-search Duldungen, L4365); near SH (about 80% in work, L3380-3383)"));

    /// <summary>Of job holders: share whose job started before 17.11.2006.</summary>
    public Parameter<double> EmployedBeforeResolutionShare { get; init; } = new(0.55, P.Calibrated("0.40", "Wuppertal about 110 employed at the resolution (L2291-2292); Aurich mostly employed before (L1966-1967); raised towards the permit share of L4365"));

    /// <summary>Start of a job found after the resolution, in days after 1.12.2006.</summary>
    public Parameter<PiecewiseUniform> JobStartDaysAfter1Dec2006 { get; init; } = new(PiecewiseUniform.Uniform(0, 396), P.Assumption("jobs found after the resolution start uniformly from 1.12.2006 to 31.12.2007, so about a quarter miss the 30.9.2007 deadline (L620-621) and part starts while the BA checks still apply (to 26.4.2007, L3115-3119)"));

    /// <summary>Kind of the job.</summary>
    public Parameter<CategoricalDistribution<EmploymentKind>> JobKind { get; init; } = new(new([new(EmploymentKind.Regular, 0.75), new(EmploymentKind.TempAgency, 0.08), new(EmploymentKind.MiniJob, 0.07), new(EmploymentKind.SelfEmployed, 0.03), new(EmploymentKind.Training, 0.07)]), P.Calibrated("Regular 0.62, TempAgency 0.15, MiniJob 0.10, SelfEmployed 0.05, Training 0.08", "kinds are named (mini-jobs L4304-4307, temp agency L1480-1482, self-employment L807-810, training L1117-1119) but never counted; non-counting kinds lowered towards the permit share of L4365"));

    /// <summary>Net monthly pay of a regular, temp-agency, self-employed or training job in EUR.</summary>
    public Parameter<PiecewiseUniform> NetMonthlyPayEur { get; init; } = new(new([new(0.15, 700, 1100), new(0.40, 1100, 1500), new(0.35, 1500, 2000), new(0.10, 2000, 2800)]), P.Calibrated("0.30 500-900, 0.40 900-1300, 0.25 1300-1900, 0.05 1900-2600 EUR", "the study prints no amounts (Einkommensmindestgrenzen, L4305-4307); low-wage jobs dominate (L2293-2296), but families were about 70% of permit holders in Wiesbaden (L1683), so a family's earner must reach its need in part of the cases"));

    /// <summary>Net monthly pay of a mini-job in EUR.</summary>
    public Parameter<PiecewiseUniform> MiniJobNetPayEur { get; init; } = new(PiecewiseUniform.Uniform(150, 400), P.Study("L2294-2297", "400-Euro-Jobs"));

    /// <summary>Working hours per month (mini-job: a third of it).</summary>
    public Parameter<PiecewiseUniform> HoursPerMonth { get; init; } = new(PiecewiseUniform.Uniform(120, 174), P.Assumption("part- to full-time; gives net hourly pay for the Wuppertal 7 EUR floor (L2324-2328)"));

    /// <summary>Share of fixed-term contracts.</summary>
    public Parameter<double> FixedTermShare { get; init; } = new(0.10, P.Calibrated("0.35", "fixed-term contracts are a discretion question (L3512-3514) and do not count in the base rule; their frequency is not printed"));

    /// <summary>Of fixed-term contracts: share customary in the sector.</summary>
    public Parameter<double> FixedTermCustomaryShare { get; init; } = new(0.50, P.Assumption("Wiesbaden accepted customary fixed terms (L1670-1675)"));

    /// <summary>Share of jobs inside the area the Duldung permits.</summary>
    public Parameter<double> WithinPermittedAreaShare { get; init; } = new(0.95, P.Calibrated("0.85", "the Residenzpflicht limited the job search (L712-715, L1153-1156); frequency not printed"));

    /// <summary>Share of jobs for which a privileged worker was available (priority check).</summary>
    public Parameter<double> PrivilegedWorkerAvailableShare { get; init; } = new(0.10, P.Calibrated("0.20", "the priority check refused jobs (L599-605); frequency not printed"));

    /// <summary>Share of jobs with comparable pay and conditions.</summary>
    public Parameter<double> ConditionsComparableShare { get; init; } = new(0.95, P.Calibrated("0.85", "the working-conditions check refused low pay (L1473-1480); frequency not printed"));

    /// <summary>Pay as a share of the collective wage.</summary>
    public Parameter<PiecewiseUniform> ShareOfCollectiveWage { get; init; } = new(PiecewiseUniform.Uniform(0.6, 1.1), P.Assumption("Hamburg used 70% of the collective wage (L1478-1480); spread around it"));

    /// <summary>Of training places: share that are recognised apprenticeships.</summary>
    public Parameter<double> RecognisedApprenticeshipShare { get; init; } = new(0.70, P.Assumption("Punkt 3.3 (a) covers recognised apprenticeships [background]"));

    /// <summary>Share of training places that are additional to the employer's usual number (asked while BA consent was needed, L3986-3990).</summary>
    public Parameter<double> TrainingPlaceAdditionalShare { get; init; } = new(0.80, P.Assumption("the BA benchmark was the employer's three-year average (L3986-3990); no share is printed"));

    /// <summary>Of two-adult households with a job: share where the spouse also works.</summary>
    public Parameter<double> SecondEarnerShare { get; init; } = new(0.60, P.Calibrated("0.20", "second incomes help large families (L1967-1971); raised so that families reach permits (about 70% of Wiesbaden permit holders were families, L1683)"));

    /// <summary>Monthly need of the first adult in EUR (further adults: 90%).</summary>
    public Parameter<double> NeedPerAdultEur { get; init; } = new(345, P.Assumption("[background] SGB II standard rate 2007 for a single adult (345 EUR; partners 311); the study prints no amounts (L4305-4307)"));

    /// <summary>Monthly need per child in EUR.</summary>
    public Parameter<double> NeedPerChildEur { get; init; } = new(250, P.Assumption("[background] between the 2007 child rates of 207 and 276 EUR"));

    /// <summary>Monthly rent and heating in EUR (bin chosen at random; families add 40 EUR per child).</summary>
    public Parameter<PiecewiseUniform> RentEur { get; init; } = new(new([new(1, 250, 450), new(1, 450, 700)]), P.Assumption("[background] rent and heating; larger homes for families are drawn from the upper bin with family size"));

    /// <summary>Notional child benefit per child per month in EUR (for Income.NotionalChildAndHousingBenefit).</summary>
    public Parameter<double> ChildBenefitEur { get; init; } = new(154, P.Assumption("[background] Kindergeld 2007 for the first three children"));

    /// <summary>Notional housing benefit per month in EUR.</summary>
    public Parameter<PiecewiseUniform> HousingBenefitEur { get; init; } = new(PiecewiseUniform.Uniform(0, 150), P.Assumption("[background] Wohngeld of low earners; Gütersloh counted it notionally (L2427-2429)"));

    /// <summary>Share of households receiving benefits although job pay covers the need.</summary>
    public Parameter<double> BenefitsShareIfIncomeCovers { get; init; } = new(0.02, P.Calibrated("0.05", "households whose pay covers the need rarely still draw benefits"));

    /// <summary>Share of households receiving benefits when job pay does not cover the need.</summary>
    public Parameter<double> BenefitsShareOtherwise { get; init; } = new(0.85, P.Assumption("Geduldete without sufficient pay live on AsylbLG benefits (L171-172)"));

    /// <summary>Of benefit recipients: share whose receipt is only temporary.</summary>
    public Parameter<double> BenefitsTemporaryShare { get; init; } = new(0.50, P.Assumption("temporary supplementary receipt is tolerated in some Länder (A10); frequency not printed"));

    /// <summary>Share of households whose livelihood is secured otherwise without public funds.</summary>
    public Parameter<double> SecuredOtherwiseShare { get; init; } = new(0.01, P.Assumption("exception (d) of Punkt 3.3 [background] is rare"));

    /// <summary>Share of households living in a communal shelter.</summary>
    public Parameter<double> CommunalShelterShare { get; init; } = new(0.15, P.Assumption("the only derivable figure is SL's: 53% of 1,607 reception-centre residents (2004) had a Duldung, about 850 of 2,032 Geduldete = 42% (L2740, L2743-2746); SL housed Geduldete centrally, so 15% for all Länder is an assumption, not that derivation"));

    /// <summary>
    /// Share of communal-shelter households whose housing the authority nevertheless finds sufficient: shelters
    /// were accepted at least at the first grant in SH (L3199-3201), and housing is not among the reported refusal
    /// reasons (L181-189), so most shelter households must have passed.
    /// </summary>
    public Parameter<double> ShelterJudgedSufficientShare { get; init; } = new(0.90, P.Assumption("no housing refusals are reported (L181-189); SH accepted shelters at the first grant (L3199-3201)"));

    /// <summary>Share of households outside shelters with sufficient housing.</summary>
    public Parameter<double> SufficientHousingShare { get; init; } = new(0.99, P.CalibratedToRefusalReasons("0.95", "housing is a named criterion (L3547) but refusals for it are not reported, and it is not among the main refusal reasons (L181-189)"));

    /// <summary>Share of children under school age attending day care.</summary>
    public Parameter<double> KitaShare { get; init; } = new(0.50, P.Assumption("Berlin counted Kita children from age two (L804-807); attendance is not printed"));

    /// <summary>Share of school-age children attending school.</summary>
    public Parameter<double> SchoolAttendanceShare { get; init; } = new(0.99, P.CalibratedToRefusalReasons("0.97", "school certificates were requested (L2675-2676); non-attendance is rare and not among the main refusal reasons (L181-189)"));

    /// <summary>Share of school-age children with a positive school prognosis.</summary>
    public Parameter<double> PositivePrognosisShare { get; init; } = new(0.98, P.CalibratedToRefusalReasons("0.90", "SH criticised the prognosis requirement (L3201-3203); negative prognoses are not counted and not among the main refusal reasons (L181-189); a per-child share bars the whole family"));

    /// <summary>Share of households that filed an application.</summary>
    public Parameter<double> ApplicationFiledShare { get; init; } = new(1.0, P.Assumption("the population models applicants, the denominator of the printed AE / Anträge rates; 0.403 = 71,857 / 178,326 (L4365) would model the Duldung stock, whose residence years differ"));

    /// <summary>Filing date in days after 17.11.2006.</summary>
    public Parameter<PiecewiseUniform> ApplicationDaysAfter17Nov2006 { get; init; } = new(new([new(0.99, 0, 182), new(0.01, 182, 318)]), P.CalibratedToRefusalReasons("3% late", "the deadline is not printed ([background] six months after the resolution: 17.5.2007, docs/adr/0012; L706-707); late filing is not among the main refusal reasons (L181-189), so 1% file after it (up to 30.9.2007)"));

    /// <summary>Share of applications withdrawn or settled otherwise.</summary>
    public Parameter<double> WithdrawnShare { get; init; } = new(0.05, P.Derived("L1019-1021", "BB: 55 of 1,078 applications withdrawn (5.1%)"));

    /// <summary>Date at which every case is assessed.</summary>
    public Parameter<DateOnly> DecisionDate { get; init; } = new(new(2007, 9, 30), P.Study("L31, L1019", "reporting date of the federal and Land figures: bis zum Stichtag 30.09.2007"));

    /// <summary>Country of origin of the household (for origin-specific passport practice).</summary>
    public Parameter<CategoricalDistribution<string>> Origin { get; init; } = new(new([new("Serbien/Kosovo", 0.40), new("Türkei", 0.10), new("Irak", 0.08), new("Vietnam", 0.07), new("Afghanistan", 0.05), new("Iran", 0.05), new("Togo", 0.03), new("andere", 0.22)]), P.Assumption("former Yugoslavia dominates in several chapters (L2299, L1968); shares are not printed federally"));

    /// <summary>Every parameter with its value and provenance, in declaration order.</summary>
    public IReadOnlyList<ParameterDescription> Entries() =>
    [
        E(nameof(SingleShare), SingleShare),
        E(nameof(SingleParentShare), SingleParentShare),
        E(nameof(ChildrenPerFamily), ChildrenPerFamily),
        E(nameof(ChildAgeYears), ChildAgeYears),
        E(nameof(AdultAgeYears), AdultAgeYears),
        E(nameof(ResidenceYears), ResidenceYears),
        E(nameof(InterruptionShare), InterruptionShare),
        E(nameof(InterruptionDays), InterruptionDays),
        E(nameof(ObligedToLeaveShare), ObligedToLeaveShare),
        E(nameof(DuldungForbidsEmploymentShare), DuldungForbidsEmploymentShare),
        E(nameof(GermanLevel), GermanLevel),
        E(nameof(PassportShare), PassportShare),
        E(nameof(SubstituteDocumentShare), SubstituteDocumentShare),
        E(nameof(IdentityClarifiedShare), IdentityClarifiedShare),
        E(nameof(EmbassyVisits), EmbassyVisits),
        E(nameof(CredibleEffortsShare), CredibleEffortsShare),
        E(nameof(CooperationBreachedShare), CooperationBreachedShare),
        E(nameof(ConvictionShare), ConvictionShare),
        E(nameof(DayFines), DayFines),
        E(nameof(PrisonShare), PrisonShare),
        E(nameof(PrisonMonths), PrisonMonths),
        E(nameof(ForeignerOnlyOffenceShare), ForeignerOnlyOffenceShare),
        E(nameof(NegligentShare), NegligentShare),
        E(nameof(ConvictionRecordUnknownShare), ConvictionRecordUnknownShare),
        E(nameof(ExceptionalCircumstancesShare), ExceptionalCircumstancesShare),
        E(nameof(DeceptionShare), DeceptionShare),
        E(nameof(DeceptionEndedYearsBefore), DeceptionEndedYearsBefore),
        E(nameof(DeceptionOfSomeWeightShare), DeceptionOfSomeWeightShare),
        E(nameof(DeceptionCausedNonRemovalShare), DeceptionCausedNonRemovalShare),
        E(nameof(DeceptionOutweighedShare), DeceptionOutweighedShare),
        E(nameof(ObstructionShare), ObstructionShare),
        E(nameof(AbscondingShare), AbscondingShare),
        E(nameof(ExtremismShare), ExtremismShare),
        E(nameof(SpouseHardshipShare), SpouseHardshipShare),
        E(nameof(JobFoundShare), JobFoundShare),
        E(nameof(EmployedBeforeResolutionShare), EmployedBeforeResolutionShare),
        E(nameof(JobStartDaysAfter1Dec2006), JobStartDaysAfter1Dec2006),
        E(nameof(JobKind), JobKind),
        E(nameof(NetMonthlyPayEur), NetMonthlyPayEur),
        E(nameof(MiniJobNetPayEur), MiniJobNetPayEur),
        E(nameof(HoursPerMonth), HoursPerMonth),
        E(nameof(FixedTermShare), FixedTermShare),
        E(nameof(FixedTermCustomaryShare), FixedTermCustomaryShare),
        E(nameof(WithinPermittedAreaShare), WithinPermittedAreaShare),
        E(nameof(PrivilegedWorkerAvailableShare), PrivilegedWorkerAvailableShare),
        E(nameof(ConditionsComparableShare), ConditionsComparableShare),
        E(nameof(ShareOfCollectiveWage), ShareOfCollectiveWage),
        E(nameof(RecognisedApprenticeshipShare), RecognisedApprenticeshipShare),
        E(nameof(SecondEarnerShare), SecondEarnerShare),
        E(nameof(NeedPerAdultEur), NeedPerAdultEur),
        E(nameof(NeedPerChildEur), NeedPerChildEur),
        E(nameof(RentEur), RentEur),
        E(nameof(ChildBenefitEur), ChildBenefitEur),
        E(nameof(HousingBenefitEur), HousingBenefitEur),
        E(nameof(BenefitsShareIfIncomeCovers), BenefitsShareIfIncomeCovers),
        E(nameof(BenefitsShareOtherwise), BenefitsShareOtherwise),
        E(nameof(BenefitsTemporaryShare), BenefitsTemporaryShare),
        E(nameof(SecuredOtherwiseShare), SecuredOtherwiseShare),
        E(nameof(CommunalShelterShare), CommunalShelterShare),
        E(nameof(SufficientHousingShare), SufficientHousingShare),
        E(nameof(ShelterJudgedSufficientShare), ShelterJudgedSufficientShare),
        E(nameof(TrainingPlaceAdditionalShare), TrainingPlaceAdditionalShare),
        E(nameof(KitaShare), KitaShare),
        E(nameof(SchoolAttendanceShare), SchoolAttendanceShare),
        E(nameof(PositivePrognosisShare), PositivePrognosisShare),
        E(nameof(ApplicationFiledShare), ApplicationFiledShare),
        E(nameof(ApplicationDaysAfter17Nov2006), ApplicationDaysAfter17Nov2006),
        E(nameof(WithdrawnShare), WithdrawnShare),
        E(nameof(DecisionDate), DecisionDate),
        E(nameof(Origin), Origin),
    ];

    /// <summary>A text listing of every parameter: name, value, provenance kind and citation or reason.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.AppendLine("Population parameters (value | provenance):");
        foreach (var e in Entries())
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {e.Name} = {e.Value}").AppendLine();
            sb.Append(CultureInfo.InvariantCulture, $"      [{e.Provenance.Kind}] {e.Provenance.Text}").AppendLine();
        }

        return sb.ToString();
    }

    /// <summary>Checks that every share lies in [0, 1]; throws <see cref="ArgumentException"/> otherwise.</summary>
    public void Validate()
    {
        foreach (var (name, value) in Shares())
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentException($"population parameter {name} = {value.ToString(CultureInfo.InvariantCulture)} is not a share in [0, 1]");
            }
        }
    }

    private IEnumerable<(string Name, double Value)> Shares()
    {
        yield return (nameof(SingleShare), SingleShare.Value);
        yield return (nameof(SingleParentShare), SingleParentShare.Value);
        yield return (nameof(InterruptionShare), InterruptionShare.Value);
        yield return (nameof(ObligedToLeaveShare), ObligedToLeaveShare.Value);
        yield return (nameof(DuldungForbidsEmploymentShare), DuldungForbidsEmploymentShare.Value);
        yield return (nameof(PassportShare), PassportShare.Value);
        yield return (nameof(SubstituteDocumentShare), SubstituteDocumentShare.Value);
        yield return (nameof(IdentityClarifiedShare), IdentityClarifiedShare.Value);
        yield return (nameof(CredibleEffortsShare), CredibleEffortsShare.Value);
        yield return (nameof(CooperationBreachedShare), CooperationBreachedShare.Value);
        yield return (nameof(ConvictionShare), ConvictionShare.Value);
        yield return (nameof(PrisonShare), PrisonShare.Value);
        yield return (nameof(ForeignerOnlyOffenceShare), ForeignerOnlyOffenceShare.Value);
        yield return (nameof(NegligentShare), NegligentShare.Value);
        yield return (nameof(ConvictionRecordUnknownShare), ConvictionRecordUnknownShare.Value);
        yield return (nameof(ExceptionalCircumstancesShare), ExceptionalCircumstancesShare.Value);
        yield return (nameof(DeceptionShare), DeceptionShare.Value);
        yield return (nameof(DeceptionOfSomeWeightShare), DeceptionOfSomeWeightShare.Value);
        yield return (nameof(DeceptionCausedNonRemovalShare), DeceptionCausedNonRemovalShare.Value);
        yield return (nameof(DeceptionOutweighedShare), DeceptionOutweighedShare.Value);
        yield return (nameof(ObstructionShare), ObstructionShare.Value);
        yield return (nameof(AbscondingShare), AbscondingShare.Value);
        yield return (nameof(ExtremismShare), ExtremismShare.Value);
        yield return (nameof(SpouseHardshipShare), SpouseHardshipShare.Value);
        yield return (nameof(JobFoundShare), JobFoundShare.Value);
        yield return (nameof(EmployedBeforeResolutionShare), EmployedBeforeResolutionShare.Value);
        yield return (nameof(FixedTermShare), FixedTermShare.Value);
        yield return (nameof(FixedTermCustomaryShare), FixedTermCustomaryShare.Value);
        yield return (nameof(WithinPermittedAreaShare), WithinPermittedAreaShare.Value);
        yield return (nameof(PrivilegedWorkerAvailableShare), PrivilegedWorkerAvailableShare.Value);
        yield return (nameof(ConditionsComparableShare), ConditionsComparableShare.Value);
        yield return (nameof(RecognisedApprenticeshipShare), RecognisedApprenticeshipShare.Value);
        yield return (nameof(SecondEarnerShare), SecondEarnerShare.Value);
        yield return (nameof(BenefitsTemporaryShare), BenefitsTemporaryShare.Value);
        yield return (nameof(SecuredOtherwiseShare), SecuredOtherwiseShare.Value);
        yield return (nameof(CommunalShelterShare), CommunalShelterShare.Value);
        yield return (nameof(SufficientHousingShare), SufficientHousingShare.Value);
        yield return (nameof(ShelterJudgedSufficientShare), ShelterJudgedSufficientShare.Value);
        yield return (nameof(TrainingPlaceAdditionalShare), TrainingPlaceAdditionalShare.Value);
        yield return (nameof(KitaShare), KitaShare.Value);
        yield return (nameof(SchoolAttendanceShare), SchoolAttendanceShare.Value);
        yield return (nameof(PositivePrognosisShare), PositivePrognosisShare.Value);
        yield return (nameof(ApplicationFiledShare), ApplicationFiledShare.Value);
        yield return (nameof(WithdrawnShare), WithdrawnShare.Value);
    }

    private static ParameterDescription E<T>(string name, Parameter<T> p) => new(name, Format(p.Value), p.Provenance);

    private static string Format<T>(T value) => value switch
    {
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        null => "null",
        _ => value.ToString() ?? string.Empty,
    };
}
