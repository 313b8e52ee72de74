namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// The facts a person can change. Everything else — convictions, misconduct, extremism links, entry dates, residence
/// time at the fixed reference date (waiting does not help: the Stichtag is 17.11.2006, L792), the Duldung's
/// annotations, the application and its date — is not in this list and is never proposed.
/// </summary>
public enum FactChangeKind
{
    /// <summary>Takes up a job (kind and pay from <see cref="PathSearchOptions"/>) on the decision date; the household stops drawing benefits.</summary>
    TakeUpJob,

    /// <summary>Reaches the German level the options ask for (A2 by default, L4179-4180) and shows it in person.</summary>
    ReachGermanLevel,

    /// <summary>Presents a valid passport (identity clarified, L1163-1164).</summary>
    PresentPassport,

    /// <summary>Documents credible efforts to obtain a passport (where a Land accepts them instead of the passport, L657-661).</summary>
    DocumentPassportEfforts,

    /// <summary>The household moves into sufficient housing outside a communal shelter (L3547, L3199-3201).</summary>
    AdequateHousing,

    /// <summary>A child attends school (L3548).</summary>
    AttendSchool,
}
