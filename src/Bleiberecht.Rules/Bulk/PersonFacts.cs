using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// A person's facts and option-free verdicts that the evaluation loop reads for every person, packed into one
/// struct (about one cache line) so that a person costs one array access instead of some thirty. A copy of the
/// corresponding <see cref="HouseholdBatch"/> arrays, built once with the batch; the rarely read facts (misconduct
/// records, interruptions, origin, passport substitutes) stay in the arrays only.
/// </summary>
internal struct PersonFacts
{
    public int BirthCivil;
    public int EntryDate;
    public int EntryCivil;
    public int GapStart;
    public int GapEnd;
    public int IdOrder;
    public int BestGeneral;
    public int BestTotal;
    public int WorstGeneral;
    public int WorstTotal;
    public int GermanSince;
    public HouseholdRole Role;
    public ushort NoDeception;
    public Truth Scope;
    public Truth Extremism;
    public Truth NoObstruction;
    public Truth NoAbsconding;
    public Truth AttendsSchool;
    public Truth PositiveSchoolPrognosis;
    public Truth ValidPassport;
    public Truth CooperationBreached;
    public Truth BreachDeliberate;
    public Truth BreachOfSomeWeight;
    public Truth BreachOutweighed;
    public Truth ExceptionalCircumstances;
    public Truth SpouseHardship;
    public sbyte GermanLevel;

    /// <summary>
    /// Element 8's verdict under each <see cref="LanguageReading.Stored"/> reading, two bits each; meaningful where
    /// <see cref="GermanSince"/> is none (the oral check and the course admission, read only by the kernel, stay in
    /// the batch's arrays).
    /// </summary>
    public byte Language;

    /// <summary>Element 19's threshold verdict under the base thresholds (<see cref="ConvictionReading"/>).</summary>
    public Truth ConvictionThreshold;
    public bool GapsKnown;
    public bool OpenEndedGap;
    public bool ConvictionsKnown;
    public bool BestPrison;
    public bool WorstPrison;
    public bool OtherTitleGranted;
}

/// <summary>The household-level facts the evaluation loop reads for every household, packed as <see cref="PersonFacts"/>.</summary>
internal struct HouseholdFacts
{
    public int MemberStart;
    public int MemberEnd;
    public int ApplicationDate;
    public int DecisionDate;

    /// <summary>
    /// The decision date as a packed civil date (<see cref="CivilDate.Pack(DateOnly)"/>), or <see cref="CivilDate.None"/>:
    /// derived once with the batch, for the ages the school elements read on it (packing a day number divides).
    /// </summary>
    public int DecisionCivil;
    public Truth ApplicationFiled;
    public Truth HousingSufficient;
    public int JobStart;
    public int JobEnd;
    public long NeedCents;
    public long NotionalCents;
    public Truth ReceivesBenefits;
    public Truth BenefitsTemporary;
    public Truth SecuredOtherwise;
    public bool Withdrawn;
    public bool CommunalShelter;
    public bool NeedKnown;
    public bool CentsExact;
    public bool EmploymentsUnknown;
}

/// <summary>
/// A job's facts that the livelihood test reads for every job, packed as <see cref="PersonFacts"/> (with the
/// owner's Duldung annotation); the decimal amounts stay in the <see cref="HouseholdBatch"/> arrays.
/// </summary>
internal struct JobFacts
{
    public long NetCents;
    public int Start;
    public int End;
    public int MonthsWorked;
    public EmploymentKind Kind;
    public Truth FixedTerm;
    public Truth FixedTermCustomary;
    public Truth SocialInsurance;
    public Truth PrivilegedWorker;
    public Truth ConditionsComparable;
    public Truth WithinPermittedArea;
    public Truth TrainingPlaceAdditional;
    public Truth RecognisedApprenticeship;
    public Truth DuldungForbidsEmployment;
    public Truth HeldJobSearchDuldung;
}
