using System.Globalization;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// One change of facts a person can bring about (a job, German, a passport, housing, school), for one member or
/// the household. Immutable; <see cref="Apply"/> returns a changed copy of a household and never alters its input.
/// </summary>
/// <param name="Kind">What changes.</param>
/// <param name="MemberId">The member, or <c>null</c> for a household fact (housing).</param>
/// <param name="Facts">JSON paths (case format) of the facts the change sets, e.g. <c>$.members[0].germanLevel</c>.</param>
/// <param name="Label">What the change is, in German and English.</param>
public sealed record FactChange(FactChangeKind Kind, string? MemberId, IReadOnlyList<string> Facts, Label Label)
{
    /// <summary>Net monthly pay of a job change (EUR).</summary>
    internal decimal JobNetMonthlyEur { get; init; }

    /// <summary>Kind of the job of a job change.</summary>
    internal EmploymentKind JobKind { get; init; }

    /// <summary>Level reached by a German change.</summary>
    internal CefrLevel GermanLevel { get; init; }

    /// <summary>
    /// Changes that exclude each other share a slot (a passport and documented passport efforts of the same member):
    /// a path holds at most one change per slot.
    /// </summary>
    internal string Slot => Kind switch
    {
        FactChangeKind.PresentPassport or FactChangeKind.DocumentPassportEfforts => "identity:" + MemberId,
        _ => Kind.ToString() + ":" + MemberId,
    };

    /// <summary>A short stable key, e.g. <c>TakeUpJob(father)</c>, for output and sorting.</summary>
    public string Key => MemberId is null ? Kind.ToString() : $"{Kind}({MemberId})";

    /// <summary>The household with this change made; facts the change does not touch stay as they are.</summary>
    /// <param name="household">The household (not changed).</param>
    /// <exception cref="ArgumentException">The member is not in the household.</exception>
    public Household Apply(Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (Kind == FactChangeKind.AdequateHousing)
        {
            return household with { Housing = (household.Housing ?? new Housing()) with { Sufficient = true, CommunalShelter = false } };
        }

        var index = IndexOf(household, MemberId);
        var person = household.Members[index];
        var changed = Kind switch
        {
            FactChangeKind.TakeUpJob => person with { Employments = [.. person.Employments ?? [], Job(household.DecisionDate)] },
            FactChangeKind.ReachGermanLevel => person with
            {
                GermanLevel = person.GermanLevel is { } l && l > GermanLevel ? l : GermanLevel,
                GermanVerifiedInPerson = true,
            },
            FactChangeKind.PresentPassport => person with { Identity = (person.Identity ?? new IdentityDocuments()) with { ValidPassport = true, IdentityClarified = true } },
            FactChangeKind.DocumentPassportEfforts => person with { Identity = (person.Identity ?? new IdentityDocuments()) with { CredibleEffortsDocumented = true } },
            _ => person with { Schooling = (person.Schooling ?? new Schooling()) with { AttendsSchool = true } },
        };
        var members = household.Members.ToArray();
        members[index] = changed;
        var result = household with { Members = members };
        if (Kind == FactChangeKind.TakeUpJob)
        {
            // Pay replaces benefits: the household no longer draws them (the livelihood element still checks that the
            // pay covers the need, L4303-4307).
            result = result with { Livelihood = (household.Livelihood ?? new Livelihood()) with { ReceivesBenefits = false } };
        }

        return result;
    }

    /// <summary>
    /// The household with the facts this change sets made unknown. The household after any change set that contains
    /// this change, or not, is a filling of it (the job change appends to the jobs: a filling of unknown jobs).
    /// </summary>
    internal Household Unset(Household household)
    {
        if (Kind == FactChangeKind.AdequateHousing)
        {
            return household with { Housing = (household.Housing ?? new Housing()) with { Sufficient = null, CommunalShelter = null } };
        }

        var index = IndexOf(household, MemberId);
        var person = household.Members[index];
        var unset = Kind switch
        {
            FactChangeKind.TakeUpJob => person with { Employments = null },
            FactChangeKind.ReachGermanLevel => person with { GermanLevel = null, GermanVerifiedInPerson = null },
            FactChangeKind.PresentPassport or FactChangeKind.DocumentPassportEfforts => person with
            {
                Identity = (person.Identity ?? new IdentityDocuments()) with { ValidPassport = null, IdentityClarified = null, CredibleEffortsDocumented = null },
            },
            _ => person with { Schooling = (person.Schooling ?? new Schooling()) with { AttendsSchool = null } },
        };
        var members = household.Members.ToArray();
        members[index] = unset;
        var result = household with { Members = members };
        return Kind == FactChangeKind.TakeUpJob
            ? result with { Livelihood = (household.Livelihood ?? new Livelihood()) with { ReceivesBenefits = null } }
            : result;
    }

    /// <summary>The household with every change of a path made, in order.</summary>
    /// <param name="household">The household (not changed).</param>
    /// <param name="changes">The changes.</param>
    public static Household ApplyAll(Household household, IEnumerable<FactChange> changes)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(changes);
        var h = household;
        foreach (var c in changes)
        {
            h = c.Apply(h);
        }

        return h;
    }

    /// <inheritdoc />
    public override string ToString() => Key;

    internal static int IndexOf(Household household, string? memberId)
    {
        for (var i = 0; i < household.Members.Count; i++)
        {
            if (household.Members[i].Id == memberId)
            {
                return i;
            }
        }

        throw new ArgumentException($"No member '{Cut(memberId)}' in case '{Cut(household.CaseId)}'.", nameof(memberId));
    }

    private static string Cut(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40];

    /// <summary>
    /// A job that passes every labour-market check a person can influence: subject to social insurance, open-ended,
    /// comparable conditions at the collective wage, within the permitted area, no privileged worker available
    /// (L1473-1480, L3515-3516, L712-715), starting on the decision date — so the work take-up deadline (Punkt 9,
    /// L620-621) decides whether a job taken up now still counts.
    /// </summary>
    private Employment Job(DateOnly? decisionDate)
    {
        var net = JobNetMonthlyEur;
        return new Employment
        {
            Kind = JobKind,
            Start = decisionDate,
            FixedTerm = false,
            FixedTermCustomaryInSector = false,
            SocialInsurance = true,
            GrossMonthlyEur = decimal.Round(net * 1.4m, 2),
            NetMonthlyEur = net,
            MonthsAlreadyWorked = 0,
            PrivilegedWorkerAvailable = false,
            ConditionsComparable = true,
            ShareOfCollectiveWage = 1m,
            NetHourlyEur = decimal.Round(net / 173m, 2),
            WithinPermittedArea = true,
            TrainingPlaceAdditional = JobKind == EmploymentKind.Training ? true : null,
            RecognisedApprenticeship = JobKind == EmploymentKind.Training ? true : null,
        };
    }

    internal static string Money(decimal eur) => eur.ToString("0.##", CultureInfo.InvariantCulture);
}
