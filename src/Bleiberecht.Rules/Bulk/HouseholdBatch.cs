using System.Runtime.CompilerServices;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Bulk;

/// <summary>
/// A columnar (struct-of-arrays) copy of many households for the bulk path: every fact as a compact code —
/// three-valued facts as <see cref="Truth"/> bytes (<c>null</c> is <see cref="Truth.Unknown"/>), dates as day
/// numbers, lists as ranges into flat arrays. Built once (this is where the bulk path allocates); immutable
/// afterwards and safe to evaluate under any number of rule sets, also concurrently.
/// </summary>
/// <remarks>
/// Only facts the rules read are copied. What does not depend on any option is precomputed here, once per batch
/// instead of once per rule set and person: the day-fine sums of a person's convictions read both ways (unknown
/// facts in the person's favour and against), which the conviction threshold (element 19) compares with the rule
/// set's limits; birth and entry dates as packed calendar dates (<see cref="CivilDate"/>) for the age and full-year
/// tests; the verdicts of elements 3, 18, 20 and 21, which read no option; and element 17 under each of its six
/// option readings without a look-back.
/// </remarks>
public sealed class HouseholdBatch
{
    /// <summary>Day number of an unknown date.</summary>
    internal const int NoDate = Days.None;

    /// <summary>The cents value of an unknown net income (<see cref="JobNetCents"/>).</summary>
    internal const long NoCents = long.MinValue;

    /// <summary>Builds the batch (allocates; O(facts)).</summary>
    /// <param name="households">The households, in the order results are reported.</param>
    public static HouseholdBatch Create(IReadOnlyList<Household> households)
    {
        ArgumentNullException.ThrowIfNull(households);
        return new HouseholdBatch(households);
    }

    private HouseholdBatch(IReadOnlyList<Household> households)
    {
        var h = households.Count;
        int persons = 0, jobs = 0, gaps = 0, records = 0;
        for (var i = 0; i < households.Count; i++)
        {
            var household = households[i];
            if (household is null)
            {
                throw new ArgumentException($"households[{i}] is null", nameof(households));
            }

            if (HouseholdShape.NullEntries(household, $"households[{i}]", firstOnly: true) is [var path, ..])
            {
                throw new ArgumentException($"{path} ({household.CaseId}) {HouseholdShape.NullEntry}", nameof(households));
            }

            persons += household.Members.Count;
            foreach (var p in household.Members)
            {
                jobs += p.Employments?.Count ?? 0;
                gaps += StayGaps.Of(p).Count;
                records += p.Misconduct?.Count ?? 0;
            }
        }

        HouseholdCount = h;
        PersonCount = persons;

        // The households themselves, for the elements of a composed regime that have no columnar form (user-defined
        // predicates are evaluated through their rule); a reference per household, not a copy.
        Sources = [.. households];
        HasBirthDateRanges = households.Any(Evaluation.BirthDateRanges.Any);
        MemberStart = new int[h + 1];
        JobStart = new int[h + 1];
        ApplicationFiled = new Truth[h];
        ApplicationDate = new int[h];
        Withdrawn = new bool[h];
        DecisionDate = new int[h];
        HousingSufficient = new Truth[h];
        CommunalShelter = new bool[h];
        NeedKnown = new bool[h];
        Need = new decimal[h];
        ReceivesBenefits = new Truth[h];
        BenefitsTemporary = new Truth[h];
        NotionalBenefits = new decimal[h];
        NotionalUnknown = new bool[h];
        SecuredOtherwise = new Truth[h];
        EmploymentsUnknown = new bool[h];
        WorkMonthsInPeriod = new int[h];
        WorkMonthsSecured = new int[h];
        WorkFullySecured = new Truth[h];
        WorkFullySecuredSince = new int[h];
        EffortsShown = new Truth[h];

        Role = new HouseholdRole[persons];
        IdOrder = new int[persons];
        BirthDate = new int[persons];
        BirthCivil = new int[persons];
        EntryDate = new int[persons];
        EntryCivil = new int[persons];
        EntryRangeKnown = new bool[persons];
        EntryRangeFrom = new int[persons];
        EntryRangeTo = new int[persons];
        GapStart = new int[persons + 1];
        GapsKnown = new bool[persons];
        Tolerated = new Truth[persons];
        ObligedToLeave = new Truth[persons];
        DuldungForbidsEmployment = new Truth[persons];
        HeldJobSearchDuldung = new Truth[persons];
        GermanLevel = new sbyte[persons];
        GermanVerifiedInPerson = new bool[persons];
        IntegrationCourseAdmitted = new Truth[persons];
        AttendsSchool = new Truth[persons];
        PositiveSchoolPrognosis = new Truth[persons];
        ValidPassport = new Truth[persons];
        SubstituteDocument = new Truth[persons];
        IdentityClarified = new Truth[persons];
        EmbassyVisits = new int[persons];
        CredibleEfforts = new Truth[persons];
        JobOffer = new Truth[persons];
        Origin = new string?[persons];
        CooperationBreached = new Truth[persons];
        BreachDeliberate = new Truth[persons];
        BreachOfSomeWeight = new Truth[persons];
        BreachOutweighed = new Truth[persons];
        ConvictionsKnown = new bool[persons];
        BestGeneral = new int[persons];
        BestTotal = new int[persons];
        BestPrison = new bool[persons];
        WorstGeneral = new int[persons];
        WorstTotal = new int[persons];
        WorstPrison = new bool[persons];
        MisconductStart = new int[persons + 1];
        MisconductKnown = new bool[persons];
        DeceptionOrObstructionOnRecord = new bool[persons];
        ExtremismLinks = new Truth[persons];
        ExtremismEnded = new int[persons];
        GermanSince = new int[persons];
        ExceptionalCircumstances = new Truth[persons];
        OtherTitleGranted = new bool[persons];
        SpouseHardship = new Truth[persons];
        UnableToWork = new Truth[persons];
        WorkNotReasonable = new Truth[persons];
        NoFamilyInOrigin = new Truth[persons];
        DescendantsSettled = new Truth[persons];
        LanguageExemption = new Truth[persons];
        Unmarried = new Truth[persons];
        IntegrationPrognosis = new Truth[persons];
        CustodyAssured = new Truth[persons];
        ParentsLeave = new Truth[persons];
        ScopeVerdict = new Truth[persons];
        ExtremismVerdict = new Truth[persons];
        NoObstruction = new Truth[persons];
        NoAbsconding = new Truth[persons];
        NoDeception = new ushort[persons];

        GapFrom = new int[gaps];
        GapTo = new int[gaps];
        GapEndUnknown = new bool[gaps];
        OpenEndedGap = new bool[persons];

        RecordKind = new MisconductKind[records];
        RecordDeliberate = new Truth[records];
        RecordCausedNonRemoval = new Truth[records];
        RecordOfSomeWeight = new Truth[records];
        RecordOutweighed = new Truth[records];
        RecordFromKnown = new bool[records];
        RecordTo = new int[records];

        JobOwner = new int[jobs];
        PersonEmploymentsUnknown = new bool[persons];
        JobKind = new EmploymentKind[jobs];
        JobStartDate = new int[jobs];
        JobEndDate = new int[jobs];
        JobFixedTerm = new Truth[jobs];
        JobFixedTermCustomary = new Truth[jobs];
        JobSocialInsurance = new Truth[jobs];
        JobGross = new decimal?[jobs];
        JobNet = new decimal?[jobs];
        JobMonthsWorked = new int[jobs];
        JobPrivilegedWorker = new Truth[jobs];
        JobConditionsComparable = new Truth[jobs];
        JobShareOfCollectiveWage = new decimal?[jobs];
        JobNetHourly = new decimal?[jobs];
        JobWithinPermittedArea = new Truth[jobs];
        JobTrainingPlaceAdditional = new Truth[jobs];
        JobRecognisedApprenticeship = new Truth[jobs];

        int pi = 0, ji = 0, gi = 0, ri = 0;
        for (var hi = 0; hi < h; hi++)
        {
            var household = households[hi];
            MemberStart[hi] = pi;
            JobStart[hi] = ji;
            ApplicationFiled[hi] = household.ApplicationFiled.ToTruth();
            ApplicationDate[hi] = Day(household.ApplicationDate);
            Withdrawn[hi] = household.ApplicationWithdrawn;
            DecisionDate[hi] = Day(household.DecisionDate);
            HousingSufficient[hi] = household.Housing?.Sufficient.ToTruth() ?? Truth.Unknown;
            CommunalShelter[hi] = household.Housing?.CommunalShelter == true;
            var l = household.Livelihood;
            NeedKnown[hi] = l?.MonthlyNeedEur is not null;
            Need[hi] = l?.MonthlyNeedEur ?? 0;
            ReceivesBenefits[hi] = l?.ReceivesBenefits.ToTruth() ?? Truth.Unknown;
            BenefitsTemporary[hi] = l?.BenefitsTemporary.ToTruth() ?? Truth.Unknown;
            NotionalBenefits[hi] = Saturating.Add(l?.NotionalChildBenefitEur ?? 0, l?.NotionalHousingBenefitEur ?? 0);
            NotionalUnknown[hi] = l?.NotionalChildBenefitEur is null || l.NotionalHousingBenefitEur is null;
            SecuredOtherwise[hi] = l?.SecuredOtherwiseWithoutPublicFunds.ToTruth() ?? Truth.Unknown;
            var w = household.WorkLivelihood;
            WorkMonthsInPeriod[hi] = w?.MonthsInPeriod ?? int.MinValue;
            WorkMonthsSecured[hi] = w?.MonthsSecuredByWork ?? int.MinValue;
            WorkFullySecured[hi] = w?.FullySecured.ToTruth() ?? Truth.Unknown;
            WorkFullySecuredSince[hi] = Day(w?.FullySecuredSince);
            EffortsShown[hi] = w?.EffortsShown.ToTruth() ?? Truth.Unknown;

            var members = household.Members;
            var order = Enumerable.Range(0, members.Count).OrderBy(i => members[i].Id, StringComparer.Ordinal).ToArray();
            for (var rank = 0; rank < order.Length; rank++)
            {
                IdOrder[pi + order[rank]] = rank;
            }

            foreach (var p in members)
            {
                Role[pi] = p.Role;
                BirthDate[pi] = Day(p.BirthDate);
                BirthCivil[pi] = CivilDate.Pack(p.BirthDate);
                EntryDate[pi] = Day(p.EntryDate);
                EntryCivil[pi] = CivilDate.Pack(p.EntryDate);
                EntryRangeKnown[pi] = p.EntryDateRange is not null;
                EntryRangeFrom[pi] = Day(p.EntryDateRange?.From);
                EntryRangeTo[pi] = Day(p.EntryDateRange?.To);
                GapStart[pi] = gi;
                GapsKnown[pi] = p.Interruptions is not null;
                foreach (var gap in StayGaps.Of(p))
                {
                    GapFrom[gi] = gap.From.DayNumber;
                    GapTo[gi] = Day(gap.To);
                    GapEndUnknown[gi] = gap.EndUnknown;
                    OpenEndedGap[pi] |= gap.EndUnknown;
                    gi++;
                }

                Tolerated[pi] = p.Tolerated.ToTruth();
                ObligedToLeave[pi] = p.ObligedToLeave.ToTruth();
                DuldungForbidsEmployment[pi] = p.DuldungForbidsEmployment.ToTruth();
                HeldJobSearchDuldung[pi] = p.HeldJobSearchDuldung.ToTruth();
                GermanLevel[pi] = p.GermanLevel is { } level ? (sbyte)level : (sbyte)-1;
                GermanVerifiedInPerson[pi] = p.GermanVerifiedInPerson == true;
                IntegrationCourseAdmitted[pi] = p.IntegrationCourseAdmitted.ToTruth();
                AttendsSchool[pi] = p.Schooling?.AttendsSchool.ToTruth() ?? Truth.Unknown;
                PositiveSchoolPrognosis[pi] = p.Schooling?.PositiveSchoolPrognosis.ToTruth() ?? Truth.Unknown;
                var id = p.Identity;
                ValidPassport[pi] = id?.ValidPassport.ToTruth() ?? Truth.Unknown;
                SubstituteDocument[pi] = id?.SubstituteDocument.ToTruth() ?? Truth.Unknown;
                IdentityClarified[pi] = id?.IdentityClarified.ToTruth() ?? Truth.Unknown;
                EmbassyVisits[pi] = id?.ConfirmedEmbassyVisits ?? int.MinValue;
                CredibleEfforts[pi] = id?.CredibleEffortsDocumented.ToTruth() ?? Truth.Unknown;
                JobOffer[pi] = id?.JobOffer.ToTruth() ?? Truth.Unknown;
                Origin[pi] = id?.Origin;
                CooperationBreached[pi] = p.CooperationBreached.ToTruth();
                BreachDeliberate[pi] = p.CooperationBreachDeliberate.ToTruth();
                BreachOfSomeWeight[pi] = p.CooperationBreachOfSomeWeight.ToTruth();
                BreachOutweighed[pi] = p.CooperationBreachOutweighedByIntegration.ToTruth();
                ConvictionsKnown[pi] = p.Convictions is not null;
                if (p.Convictions is { } convictions)
                {
                    ConvictionTally.Sum(convictions, household.DecisionDate, worst: false, out BestGeneral[pi], out BestTotal[pi], out BestPrison[pi], out _);
                    ConvictionTally.Sum(convictions, household.DecisionDate, worst: true, out WorstGeneral[pi], out WorstTotal[pi], out WorstPrison[pi], out _);
                }

                MisconductStart[pi] = ri;
                MisconductKnown[pi] = p.Misconduct is not null;
                foreach (var r in p.Misconduct ?? [])
                {
                    RecordKind[ri] = r.Kind;
                    RecordDeliberate[ri] = r.Deliberate.ToTruth();
                    RecordCausedNonRemoval[ri] = r.CausedNonRemoval.ToTruth();
                    RecordOfSomeWeight[ri] = r.OfSomeWeight.ToTruth();
                    RecordOutweighed[ri] = r.OutweighedByIntegration.ToTruth();
                    RecordFromKnown[ri] = r.From is not null;
                    RecordTo[ri] = Day(r.To);
                    DeceptionOrObstructionOnRecord[pi] |= r.Kind != MisconductKind.Absconding;
                    ri++;
                }

                ExtremismLinks[pi] = p.ExtremismLinks.ToTruth();
                ExtremismEnded[pi] = Day(p.ExtremismLinksEndedOn);
                GermanSince[pi] = Day(p.GermanLevelSince);
                ExceptionalCircumstances[pi] = p.ExceptionalCircumstances.ToTruth();
                OtherTitleGranted[pi] = p.OtherTitleGranted;
                SpouseHardship[pi] = p.SpouseHardship.ToTruth();
                UnableToWork[pi] = p.UnableToWork.ToTruth();
                WorkNotReasonable[pi] = p.WorkNotReasonable.ToTruth();
                NoFamilyInOrigin[pi] = p.NoFamilyInCountryOfOrigin.ToTruth();
                DescendantsSettled[pi] = p.DescendantsSettledInGermany.ToTruth();
                LanguageExemption[pi] = p.LanguageExemption.ToTruth();
                Unmarried[pi] = p.Unmarried.ToTruth();
                IntegrationPrognosis[pi] = p.IntegrationPrognosis.ToTruth();
                CustodyAssured[pi] = p.CustodyAssured.ToTruth();
                ParentsLeave[pi] = p.ParentsLeave.ToTruth();
                EmploymentsUnknown[hi] |= p.Employments is null;
                PersonEmploymentsUnknown[pi] = p.Employments is null;
                foreach (var j in p.Employments ?? [])
                {
                    JobOwner[ji] = pi;
                    JobKind[ji] = j.Kind;
                    JobStartDate[ji] = Day(j.Start);
                    JobEndDate[ji] = Day(j.End);
                    JobFixedTerm[ji] = j.FixedTerm.ToTruth();
                    JobFixedTermCustomary[ji] = j.FixedTermCustomaryInSector.ToTruth();
                    JobSocialInsurance[ji] = j.SocialInsurance.ToTruth();
                    JobGross[ji] = j.GrossMonthlyEur;
                    JobNet[ji] = j.NetMonthlyEur;
                    JobMonthsWorked[ji] = j.MonthsAlreadyWorked ?? int.MinValue;
                    JobPrivilegedWorker[ji] = j.PrivilegedWorkerAvailable.ToTruth();
                    JobConditionsComparable[ji] = j.ConditionsComparable.ToTruth();
                    JobShareOfCollectiveWage[ji] = j.ShareOfCollectiveWage;
                    JobNetHourly[ji] = j.NetHourlyEur;
                    JobWithinPermittedArea[ji] = j.WithinPermittedArea.ToTruth();
                    JobTrainingPlaceAdditional[ji] = j.TrainingPlaceAdditional.ToTruth();
                    JobRecognisedApprenticeship[ji] = j.RecognisedApprenticeship.ToTruth();
                    ji++;
                }

                pi++;
            }
        }

        MemberStart[h] = pi;
        JobStart[h] = ji;
        GapStart[persons] = gi;
        MisconductStart[persons] = ri;

        for (var p = 0; p < persons; p++)
        {
            var facts = new BatchPersonFacts(this, p, ref Unsafe.NullRef<PersonFacts>());
            var trace = default(NoTrace);
            ScopeVerdict[p] = ScopeKernel.Scope(ref facts, ref trace);
            ExtremismVerdict[p] = ExtremismKernel.NoExtremism(ref facts, ref trace, MisconductReading.Stored[0], NoDate);
            NoObstruction[p] = MisconductKernel.Obstruction(ref facts, ref trace, MisconductReading.Stored[0], NoDate);
            NoAbsconding[p] = MisconductKernel.Absconding(ref facts, ref trace, MisconductReading.Stored[0], NoDate);
            ushort deception = 0;
            for (var reading = 0; reading < MisconductReading.DeceptionReadings; reading++)
            {
                var verdict = MisconductKernel.Deception(ref facts, ref trace, MisconductReading.Stored[reading], NoDate);
                deception |= (ushort)((int)verdict << (2 * reading));
            }

            NoDeception[p] = deception;
        }

        JobNetCents = new long[jobs];
        NeedCents = new long[h];
        NotionalCents = new long[h];
        CentsExact = new bool[h];
        for (var hi = 0; hi < h; hi++)
        {
            var exact = TryCents(Need[hi], out NeedCents[hi]) & TryCents(NotionalBenefits[hi], out NotionalCents[hi]);
            for (var j = JobStart[hi]; j < JobStart[hi + 1]; j++)
            {
                if (JobNet[j] is { } net)
                {
                    exact &= TryCents(net, out JobNetCents[j]);
                }
                else
                {
                    JobNetCents[j] = NoCents;
                }
            }

            CentsExact[hi] = exact;
        }

        Persons = new PersonFacts[persons];
        for (var p = 0; p < persons; p++)
        {
            Persons[p] = new PersonFacts
            {
                BirthCivil = BirthCivil[p],
                EntryDate = EntryDate[p],
                EntryCivil = EntryCivil[p],
                GapStart = GapStart[p],
                GapEnd = GapStart[p + 1],
                IdOrder = IdOrder[p],
                BestGeneral = BestGeneral[p],
                BestTotal = BestTotal[p],
                WorstGeneral = WorstGeneral[p],
                WorstTotal = WorstTotal[p],
                GermanSince = GermanSince[p],
                Role = Role[p],
                NoDeception = NoDeception[p],
                Scope = ScopeVerdict[p],
                Extremism = ExtremismVerdict[p],
                NoObstruction = NoObstruction[p],
                NoAbsconding = NoAbsconding[p],
                AttendsSchool = AttendsSchool[p],
                PositiveSchoolPrognosis = PositiveSchoolPrognosis[p],
                ValidPassport = ValidPassport[p],
                CooperationBreached = CooperationBreached[p],
                BreachDeliberate = BreachDeliberate[p],
                BreachOfSomeWeight = BreachOfSomeWeight[p],
                BreachOutweighed = BreachOutweighed[p],
                ExceptionalCircumstances = ExceptionalCircumstances[p],
                SpouseHardship = SpouseHardship[p],
                GermanLevel = GermanLevel[p],
                GapsKnown = GapsKnown[p],
                OpenEndedGap = OpenEndedGap[p],
                ConvictionsKnown = ConvictionsKnown[p],
                BestPrison = BestPrison[p],
                WorstPrison = WorstPrison[p],
                OtherTitleGranted = OtherTitleGranted[p],
            };
        }

        // Element 8 under each stored reading and element 19's threshold, on the packed rows (the kernels read them).
        for (var p = 0; p < persons; p++)
        {
            var facts = new BatchPersonFacts(this, p);
            var trace = default(NoTrace);
            var language = 0;
            for (var reading = 0; reading < LanguageReading.Readings; reading++)
            {
                language |= (int)LanguageKernel.Language(ref facts, ref trace, LanguageReading.Stored[reading], NoDate) << (2 * reading);
            }

            Persons[p].Language = (byte)language;
            Persons[p].ConvictionThreshold = ConvictionKernel.Threshold(ref facts, ref trace, ConvictionReading.Stored, NoDate);
        }

        Households = new HouseholdFacts[h];
        for (var hi = 0; hi < h; hi++)
        {
            Households[hi] = new HouseholdFacts
            {
                MemberStart = MemberStart[hi],
                MemberEnd = MemberStart[hi + 1],
                ApplicationDate = ApplicationDate[hi],
                DecisionDate = DecisionDate[hi],
                DecisionCivil = DecisionDate[hi] == NoDate ? CivilDate.None : CivilDate.Pack(DateOnly.FromDayNumber(DecisionDate[hi])),
                ApplicationFiled = ApplicationFiled[hi],
                HousingSufficient = HousingSufficient[hi],
                JobStart = JobStart[hi],
                JobEnd = JobStart[hi + 1],
                NeedCents = NeedCents[hi],
                NotionalCents = NotionalCents[hi],
                ReceivesBenefits = ReceivesBenefits[hi],
                BenefitsTemporary = BenefitsTemporary[hi],
                SecuredOtherwise = SecuredOtherwise[hi],
                Withdrawn = Withdrawn[hi],
                CommunalShelter = CommunalShelter[hi],
                NeedKnown = NeedKnown[hi],
                CentsExact = CentsExact[hi],
                EmploymentsUnknown = EmploymentsUnknown[hi],
            };
        }

        Jobs = new JobFacts[jobs];
        for (var j = 0; j < jobs; j++)
        {
            Jobs[j] = new JobFacts
            {
                NetCents = JobNetCents[j],
                Start = JobStartDate[j],
                End = JobEndDate[j],
                MonthsWorked = JobMonthsWorked[j],
                Kind = JobKind[j],
                FixedTerm = JobFixedTerm[j],
                FixedTermCustomary = JobFixedTermCustomary[j],
                SocialInsurance = JobSocialInsurance[j],
                PrivilegedWorker = JobPrivilegedWorker[j],
                ConditionsComparable = JobConditionsComparable[j],
                WithinPermittedArea = JobWithinPermittedArea[j],
                TrainingPlaceAdditional = JobTrainingPlaceAdditional[j],
                RecognisedApprenticeship = JobRecognisedApprenticeship[j],
                DuldungForbidsEmployment = DuldungForbidsEmployment[JobOwner[j]],
                HeldJobSearchDuldung = HeldJobSearchDuldung[JobOwner[j]],
            };
        }
    }

    /// <summary>Number of households.</summary>
    public int HouseholdCount { get; }

    /// <summary>Number of persons over all households; person results are indexed 0..PersonCount-1.</summary>
    public int PersonCount { get; }

    /// <summary>Index of the household's first member in the person results.</summary>
    public int FirstMember(int household) => MemberStart[household];

    /// <summary>Number of members of the household.</summary>
    public int MemberCount(int household) => MemberStart[household + 1] - MemberStart[household];

    private static int Day(DateOnly? date) => date?.DayNumber ?? NoDate;

    /// <summary>The amount in whole cents if it has at most two decimals and is small enough that any household's sums stay exact in a long.</summary>
    private static bool TryCents(decimal amount, out long cents)
    {
        const decimal Limit = 1_000_000_000_000m;
        if (amount > -Limit && amount < Limit && decimal.Round(amount, 2) == amount)
        {
            cents = (long)(amount * 100m);
            return true;
        }

        cents = 0;
        return false;
    }

    // Households (index h; members MemberStart[h]..MemberStart[h+1]-1, jobs JobStart[h]..JobStart[h+1]-1).
    internal readonly int[] MemberStart;
    internal readonly int[] JobStart;
    internal readonly Truth[] ApplicationFiled;
    internal readonly int[] ApplicationDate;
    internal readonly bool[] Withdrawn;
    internal readonly int[] DecisionDate;
    internal readonly Truth[] HousingSufficient;
    internal readonly bool[] CommunalShelter;
    internal readonly bool[] NeedKnown;
    internal readonly decimal[] Need;
    internal readonly Truth[] ReceivesBenefits;
    internal readonly Truth[] BenefitsTemporary;
    internal readonly decimal[] NotionalBenefits;

    // An unknown notional benefit: 0 in NotionalBenefits, and the income test's upper bound is open.
    internal readonly bool[] NotionalUnknown;
    internal readonly Truth[] SecuredOtherwise;
    internal readonly bool[] EmploymentsUnknown;

    // Persons (index p).
    internal readonly HouseholdRole[] Role;
    internal readonly int[] IdOrder;
    internal readonly int[] BirthDate;
    internal readonly int[] BirthCivil;
    internal readonly int[] EntryDate;
    internal readonly int[] EntryCivil;

    /// <summary>An entry date known only as a range (read only where <see cref="EntryDate"/> is unknown), its bounds as day numbers or <see cref="NoDate"/> where open.</summary>
    internal readonly bool[] EntryRangeKnown;

    /// <summary>Earliest entry of the range, or <see cref="NoDate"/>.</summary>
    internal readonly int[] EntryRangeFrom;

    /// <summary>Latest entry of the range, or <see cref="NoDate"/>.</summary>
    internal readonly int[] EntryRangeTo;
    internal readonly int[] GapStart;
    internal readonly bool[] GapsKnown;
    internal readonly Truth[] Tolerated;
    internal readonly Truth[] ObligedToLeave;
    internal readonly Truth[] DuldungForbidsEmployment;
    internal readonly Truth[] HeldJobSearchDuldung;
    internal readonly sbyte[] GermanLevel;
    internal readonly bool[] GermanVerifiedInPerson;
    internal readonly Truth[] IntegrationCourseAdmitted;
    internal readonly Truth[] AttendsSchool;
    internal readonly Truth[] PositiveSchoolPrognosis;
    internal readonly Truth[] ValidPassport;
    internal readonly Truth[] SubstituteDocument;
    internal readonly Truth[] IdentityClarified;
    internal readonly int[] EmbassyVisits;
    internal readonly Truth[] CredibleEfforts;
    internal readonly Truth[] JobOffer;
    internal readonly string?[] Origin;
    internal readonly Truth[] CooperationBreached;
    internal readonly Truth[] BreachDeliberate;
    internal readonly Truth[] BreachOfSomeWeight;
    internal readonly Truth[] BreachOutweighed;
    internal readonly bool[] ConvictionsKnown;
    internal readonly int[] BestGeneral;
    internal readonly int[] BestTotal;
    internal readonly bool[] BestPrison;
    internal readonly int[] WorstGeneral;
    internal readonly int[] WorstTotal;
    internal readonly bool[] WorstPrison;
    internal readonly int[] MisconductStart;
    internal readonly bool[] MisconductKnown;
    internal readonly bool[] DeceptionOrObstructionOnRecord;
    internal readonly Truth[] ExtremismLinks;

    /// <summary>The day the German level was reached, or <see cref="NoDate"/> (held throughout).</summary>
    internal readonly int[] GermanSince;

    /// <summary>The day the extremist links ended, or <see cref="NoDate"/> (not ended); read only under a look-back (A36).</summary>
    internal readonly int[] ExtremismEnded;
    internal readonly Truth[] ExceptionalCircumstances;
    internal readonly bool[] OtherTitleGranted;
    internal readonly Truth[] SpouseHardship;

    // Punkt 3.3 groups (c)-(e): read only for households that reach an exception group, so kept out of PersonFacts.
    internal readonly Truth[] UnableToWork;
    internal readonly Truth[] WorkNotReasonable;
    internal readonly Truth[] NoFamilyInOrigin;
    internal readonly Truth[] DescendantsSettled;

    // The facts only the § 104a regimes' own elements read (Regimes/S104a: oral German's exemption, Abs. 2, § 104b).
    internal readonly Truth[] LanguageExemption;
    internal readonly Truth[] Unmarried;
    internal readonly Truth[] IntegrationPrognosis;
    internal readonly Truth[] CustodyAssured;
    internal readonly Truth[] ParentsLeave;

    // The work-livelihood history only the extension regime reads (§ 104a Abs. 5, Regimes/S104aExtension): per household.
    internal readonly int[] WorkMonthsInPeriod;
    internal readonly int[] WorkMonthsSecured;
    internal readonly Truth[] WorkFullySecured;
    internal readonly int[] WorkFullySecuredSince;
    internal readonly Truth[] EffortsShown;

    // Livelihood amounts in whole cents (JobNetCents NoCents for an unknown net), valid where CentsExact[h].
    internal readonly long[] JobNetCents;
    internal readonly long[] NeedCents;
    internal readonly long[] NotionalCents;
    internal readonly bool[] CentsExact;

    // The hot facts packed per person and per household (copies of the arrays, for the evaluation loop).
    internal readonly PersonFacts[] Persons;
    internal readonly HouseholdFacts[] Households;

    /// <summary>The households the batch was built from (for user-defined elements, evaluated through their rule).</summary>
    internal readonly Household[] Sources;

    /// <summary>Some household has a member whose birth date is a range (decided per candidate, <see cref="BulkBirthDateRanges"/>).</summary>
    internal readonly bool HasBirthDateRanges;
    internal readonly JobFacts[] Jobs;

    // Per-person verdicts that read no option (elements 3, 20, 18, 21) and element 17 under each reading (2 bits each).
    internal readonly Truth[] ScopeVerdict;
    internal readonly Truth[] ExtremismVerdict;
    internal readonly Truth[] NoObstruction;
    internal readonly Truth[] NoAbsconding;
    internal readonly ushort[] NoDeception;

    // Interruptions (index g).
    internal readonly int[] GapFrom;
    internal readonly int[] GapTo;

    /// <summary>The gap has ended on an unknown day (<see cref="GapTo"/> is <see cref="NoDate"/>): judged at both ends.</summary>
    internal readonly bool[] GapEndUnknown;

    /// <summary>Person has a gap with an unknown end, so element 5 is judged at both ends.</summary>
    internal readonly bool[] OpenEndedGap;

    // Misconduct records (index r).
    internal readonly MisconductKind[] RecordKind;
    internal readonly Truth[] RecordDeliberate;
    internal readonly Truth[] RecordCausedNonRemoval;
    internal readonly Truth[] RecordOfSomeWeight;
    internal readonly Truth[] RecordOutweighed;
    internal readonly bool[] RecordFromKnown;
    internal readonly int[] RecordTo;

    // Jobs (index j), grouped by household in member order.
    internal readonly int[] JobOwner;

    /// <summary>Per person: the list of jobs is unknown (group (a) of Punkt 3.3 is read per adult).</summary>
    internal readonly bool[] PersonEmploymentsUnknown;
    internal readonly EmploymentKind[] JobKind;
    internal readonly int[] JobStartDate;
    internal readonly int[] JobEndDate;
    internal readonly Truth[] JobFixedTerm;
    internal readonly Truth[] JobFixedTermCustomary;
    internal readonly Truth[] JobSocialInsurance;
    internal readonly decimal?[] JobGross;
    internal readonly decimal?[] JobNet;
    internal readonly int[] JobMonthsWorked;
    internal readonly Truth[] JobPrivilegedWorker;
    internal readonly Truth[] JobConditionsComparable;
    internal readonly decimal?[] JobShareOfCollectiveWage;
    internal readonly decimal?[] JobNetHourly;
    internal readonly Truth[] JobWithinPermittedArea;
    internal readonly Truth[] JobTrainingPlaceAdditional;
    internal readonly Truth[] JobRecognisedApprenticeship;
}
