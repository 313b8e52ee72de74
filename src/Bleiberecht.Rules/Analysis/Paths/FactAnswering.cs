using System.Text.Json.Nodes;
using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Serialization;

namespace Bleiberecht.Rules.Analysis.Paths;

/// <summary>
/// Answers the questions of a decision by setting the fact at its JSON path: the favourable and the unfavourable
/// value of each fact the case format holds as a yes/no, a list or a level. Dates and amounts have no generic
/// favourable value and stay open (the advisor has to ask them).
/// </summary>
internal static class FactAnswering
{
    /// <summary>Favourable / unfavourable JSON values by the last segment of the fact's path; null = no generic answer.</summary>
    private static readonly Dictionary<string, (string Favourable, string? Unfavourable)> Values = new(StringComparer.Ordinal)
    {
        // Household.
        ["applicationFiled"] = ("true", "false"),
        ["sufficient"] = ("true", "false"),
        ["communalShelter"] = ("false", "true"),
        ["receivesBenefits"] = ("false", "true"),
        ["benefitsTemporary"] = ("true", "false"),
        ["securedOtherwiseWithoutPublicFunds"] = ("true", "false"),

        // Person.
        ["interruptions"] = ("[]", null),
        ["convictions"] = ("[]", null),
        ["misconduct"] = ("[]", null),
        ["employments"] = ("[]", null), // "no job": a job is a change, not an answer
        ["tolerated"] = ("true", "false"),
        ["obligedToLeave"] = ("true", "false"),
        ["duldungForbidsEmployment"] = ("false", "true"),
        ["germanLevel"] = ("\"A2\"", "\"A1\""),
        ["germanVerifiedInPerson"] = ("true", "false"),
        ["cooperationBreached"] = ("false", "true"),
        ["extremismLinks"] = ("false", "true"),
        ["exceptionalCircumstances"] = ("true", "false"),
        ["spouseHardship"] = ("true", "false"),
        ["unableToWork"] = ("true", "false"),
        ["workNotReasonable"] = ("true", "false"),
        ["noFamilyInCountryOfOrigin"] = ("true", "false"),
        ["descendantsSettledInGermany"] = ("true", "false"),

        // Schooling.
        ["attendsKita"] = ("true", "false"),
        ["attendsSchool"] = ("true", "false"),
        ["positiveSchoolPrognosis"] = ("true", "false"),

        // Identity.
        ["validPassport"] = ("true", "false"),
        ["substituteDocument"] = ("true", "false"),
        ["identityClarified"] = ("true", "false"),
        ["credibleEffortsDocumented"] = ("true", "false"),
        ["jobOffer"] = ("true", "false"),

        // Employment.
        ["fixedTerm"] = ("false", "true"),
        ["fixedTermCustomaryInSector"] = ("true", "false"),
        ["socialInsurance"] = ("true", "false"),
        ["privilegedWorkerAvailable"] = ("false", "true"),
        ["conditionsComparable"] = ("true", "false"),
        ["withinPermittedArea"] = ("true", "false"),
        ["trainingPlaceAdditional"] = ("true", "false"),
        ["recognisedApprenticeship"] = ("true", "false"),
    };

    /// <summary>
    /// The household with every unknown fact that has a generic answer answered favourably, asked or not — the same
    /// values as <see cref="Answer(MissingFact, bool)"/>, set on the records directly (no JSON round trip, so the population summary can
    /// afford it): the base of the search, so that a case refused on one ground is searched with its other unknowns
    /// settled (a refusal asks no questions). Each path then keeps only the answers its own decision asks for.
    /// </summary>
    public static Household Settle(Household h)
    {
        var housing = h.Housing ?? new Housing();
        var livelihood = h.Livelihood ?? new Livelihood();
        var members = new Person[h.Members.Count];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = Settle(h.Members[i]);
        }

        return h with
        {
            ApplicationFiled = h.ApplicationFiled ?? true,
            Housing = housing with { Sufficient = housing.Sufficient ?? true, CommunalShelter = housing.CommunalShelter ?? false },
            Livelihood = livelihood with
            {
                ReceivesBenefits = livelihood.ReceivesBenefits ?? false,
                BenefitsTemporary = livelihood.BenefitsTemporary ?? true,
                SecuredOtherwiseWithoutPublicFunds = livelihood.SecuredOtherwiseWithoutPublicFunds ?? true,
            },
            Members = members,
        };
    }

    /// <summary>
    /// The answers <see cref="Settle(Household)"/> gives, one per fact it set, found by comparing the two households
    /// in the case format (so the list always reproduces the settled household through <see cref="Apply"/>).
    /// </summary>
    public static IReadOnlyList<FactAnswer> AnswersOf(Household household)
    {
        var before = JsonNode.Parse(CaseJson.Write(household));
        var after = JsonNode.Parse(CaseJson.Write(Settle(household)));
        var list = new List<FactAnswer>();
        Diff(before, after, "$", list);
        return list;
    }

    private static void Diff(JsonNode? before, JsonNode? after, string path, List<FactAnswer> list)
    {
        switch (after)
        {
            case JsonObject a when before is JsonObject b:
                foreach (var (name, value) in a)
                {
                    Diff(b[name], value, path + "." + name, list);
                }

                break;
            case JsonArray a when before is JsonArray b && a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                {
                    Diff(b[i], a[i], $"{path}[{i}]", list);
                }

                break;
            case JsonObject a:
                // A whole object was created (e.g. identity): one answer per leaf, so each stays a fact of the format.
                foreach (var (name, value) in a)
                {
                    Diff(null, value, path + "." + name, list);
                }

                break;
            case null:
                break;
            default:
                if (before is null || before.ToJsonString() != after.ToJsonString())
                {
                    list.Add(new FactAnswer(path, new Label(path, path), after.ToJsonString(), true));
                }

                break;
        }
    }

    private static Person Settle(Person p)
    {
        var id = p.Identity ?? new IdentityDocuments();
        var schooling = p.Schooling ?? (p.Role == HouseholdRole.Child ? new Schooling() : null);
        return p with
        {
            Interruptions = p.Interruptions ?? [],
            Convictions = p.Convictions ?? [],
            Misconduct = p.Misconduct ?? [],
            Employments = p.Employments is null ? [] : p.Employments.Select(Settle).ToArray(),
            Tolerated = p.Tolerated ?? true,
            ObligedToLeave = p.ObligedToLeave ?? true,
            DuldungForbidsEmployment = p.DuldungForbidsEmployment ?? false,
            GermanLevel = p.GermanLevel ?? CefrLevel.A2,
            GermanVerifiedInPerson = p.GermanVerifiedInPerson ?? true,
            CooperationBreached = p.CooperationBreached ?? false,
            ExtremismLinks = p.ExtremismLinks ?? false,
            ExceptionalCircumstances = p.ExceptionalCircumstances ?? true,
            SpouseHardship = p.SpouseHardship ?? true,
            UnableToWork = p.UnableToWork ?? true,
            WorkNotReasonable = p.WorkNotReasonable ?? true,
            NoFamilyInCountryOfOrigin = p.NoFamilyInCountryOfOrigin ?? true,
            DescendantsSettledInGermany = p.DescendantsSettledInGermany ?? true,
            Schooling = schooling is null ? null : schooling with
            {
                AttendsKita = schooling.AttendsKita ?? true,
                AttendsSchool = schooling.AttendsSchool ?? true,
                PositiveSchoolPrognosis = schooling.PositiveSchoolPrognosis ?? true,
            },
            Identity = id with
            {
                ValidPassport = id.ValidPassport ?? true,
                SubstituteDocument = id.SubstituteDocument ?? true,
                IdentityClarified = id.IdentityClarified ?? true,
                CredibleEffortsDocumented = id.CredibleEffortsDocumented ?? true,
                JobOffer = id.JobOffer ?? true,
            },
        };
    }

    private static Employment Settle(Employment e) => e with
    {
        FixedTerm = e.FixedTerm ?? false,
        FixedTermCustomaryInSector = e.FixedTermCustomaryInSector ?? true,
        SocialInsurance = e.SocialInsurance ?? true,
        PrivilegedWorkerAvailable = e.PrivilegedWorkerAvailable ?? false,
        ConditionsComparable = e.ConditionsComparable ?? true,
        WithinPermittedArea = e.WithinPermittedArea ?? true,
        TrainingPlaceAdditional = e.TrainingPlaceAdditional ?? true,
        RecognisedApprenticeship = e.RecognisedApprenticeship ?? true,
    };

    /// <summary>The favourable (or unfavourable) answer to a question, or null where there is no generic one.</summary>
    public static FactAnswer? Answer(MissingFact fact, bool favourable)
    {
        var name = LastName(fact.Path);
        if (name is null || !Values.TryGetValue(name, out var v))
        {
            return null;
        }

        var value = favourable ? v.Favourable : v.Unfavourable;
        return value is null ? null : new FactAnswer(fact.Path, fact.Question, value, favourable);
    }

    /// <summary>
    /// The answer to a question about <paramref name="household"/>: for the exact birth date of a member known only by
    /// a range (ADR 0013 item 6) the most (or least) favourable of the range's candidate days — the days on which an
    /// age the rules read changes (<see cref="BirthDateRanges.Candidates"/>), each decided under
    /// <paramref name="ruleSet"/> — and null if every day decides alike; otherwise the generic answer of
    /// <see cref="Answer(MissingFact, bool)"/>. Null as well (asked, not answered) where the ranges' candidates would
    /// take more than <see cref="BirthDateRanges.MaxDecisions"/> household decisions.
    /// </summary>
    public static FactAnswer? Answer(MissingFact fact, bool favourable, Household household, RuleSet ruleSet, int target)
    {
        if (BirthIndex(fact.Path) is not { } i || i >= household.Members.Count
            || household.Members[i] is not { BirthDate: null, BirthDateRange: { } range } p)
        {
            return Answer(fact, favourable);
        }

        // Bound: every candidate day is decided with the other ranged members still ranged, so one answer takes as
        // many household decisions as the ranges' product; above the wrapper's own bound it is asked, not answered.
        var candidates = BirthDateRanges.Candidates(household, p, range, ruleSet);
        long product = candidates.Length;
        for (var k = 0; k < household.Members.Count && product <= BirthDateRanges.MaxDecisions; k++)
        {
            if (k != i && household.Members[k] is { BirthDate: null, BirthDateRange: { } other } q)
            {
                product *= BirthDateRanges.Candidates(household, q, other, ruleSet).Length;
            }
        }

        if (product > BirthDateRanges.MaxDecisions)
        {
            return null;
        }

        DateOnly? best = null, worst = null;
        (int, int, int) bestScore = default, worstScore = default;
        foreach (var day in candidates)
        {
            var exact = household with { Members = [.. household.Members.Select((m, k) => k == i ? m with { BirthDate = day, BirthDateRange = null } : m)] };
            var score = Score(Evaluator.Evaluate(exact, ruleSet), target);
            if (best is null || score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (day, score);
            }

            if (worst is null || score.CompareTo(worstScore) < 0)
            {
                (worst, worstScore) = (day, score);
            }
        }

        if (best is null || bestScore == worstScore)
        {
            return null;
        }

        var value = (favourable ? best.Value : worst!.Value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new FactAnswer(fact.Path, fact.Question, "\"" + value + "\"", favourable);
    }

    /// <summary>How favourable a decision is for the target: granted, then members with a permit, then members not refused.</summary>
    private static (int, int, int) Score(HouseholdDecision d, int target)
    {
        var members = target >= 0 ? [d.Members[target]] : d.Members;
        return (PathEngine.Granted(d, target) ? 1 : 0, members.Count(m => PermitOutcomes.IsPermit(m.Outcome)), members.Count(m => m.Outcome != Outcome.Refusal));
    }

    /// <summary>The member index of a path <c>$.members[i].birthDate</c>, else null.</summary>
    private static int? BirthIndex(string path)
    {
        const string Prefix = "$.members[", Suffix = "].birthDate";
        return path.StartsWith(Prefix, StringComparison.Ordinal) && path.EndsWith(Suffix, StringComparison.Ordinal)
            && int.TryParse(path.AsSpan(Prefix.Length, path.Length - Prefix.Length - Suffix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
            ? i
            : null;
    }

    /// <summary>
    /// True if the fact at the path is unknown (absent or null) in the household: only such a fact can be answered.
    /// A question about a known fact (e.g. "still to be met: passport" while the passport is known to be missing) is
    /// settled by a change, not an answer.
    /// </summary>
    public static bool IsUnknown(JsonNode root, string path)
    {
        if (!path.StartsWith("$.", StringComparison.Ordinal))
        {
            return false;
        }

        JsonNode? node = root;
        foreach (var seg in path[2..].Split('.'))
        {
            var bracket = seg.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? seg : seg[..bracket];
            if (node is not JsonObject obj)
            {
                return node is null;
            }

            node = obj[name];
            if (bracket >= 0)
            {
                if (node is not JsonArray array || !seg.EndsWith(']')
                    || !int.TryParse(seg.AsSpan(bracket + 1, seg.Length - bracket - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    || index >= array.Count)
                {
                    return node is null;
                }

                node = array[index];
            }
        }

        return node is null;
    }

    /// <summary>The case-format JSON tree of a household, for <see cref="IsUnknown"/>.</summary>
    public static JsonNode Tree(Household household) => JsonNode.Parse(CaseJson.Write(household))!;

    /// <summary>The household with the answers set; null if a path cannot be followed (not a fact of the case format).</summary>
    public static Household? Apply(Household household, IReadOnlyList<FactAnswer> answers)
    {
        if (answers.Count == 0)
        {
            return household;
        }

        var root = JsonNode.Parse(CaseJson.Write(household))!;
        foreach (var a in answers)
        {
            if (!Set(root, a.Path, a.Value))
            {
                return null;
            }
        }

        try
        {
            return CaseJson.Read(root.ToJsonString())[0];
        }
        catch (JsonDocumentException)
        {
            return null;
        }
    }

    private static string? LastName(string path)
    {
        var dot = path.LastIndexOf('.');
        if (dot < 0 || dot == path.Length - 1)
        {
            return null;
        }

        var name = path[(dot + 1)..];
        return name.Contains('[', StringComparison.Ordinal) ? null : name;
    }

    /// <summary>Sets the value at a path of the form <c>$.a.b[2].c</c>, creating missing objects on the way.</summary>
    private static bool Set(JsonNode root, string path, string value)
    {
        if (!path.StartsWith("$.", StringComparison.Ordinal))
        {
            return false;
        }

        var segments = path[2..].Split('.');
        var node = root;
        for (var s = 0; s < segments.Length; s++)
        {
            var seg = segments[s];
            var last = s == segments.Length - 1;
            var bracket = seg.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? seg : seg[..bracket];
            if (node is not JsonObject obj || name.Length == 0)
            {
                return false;
            }

            if (bracket < 0)
            {
                if (last)
                {
                    if (name == "birthDate")
                    {
                        obj.Remove("birthDateRange");   // the exact date answers the range (the validator allows only one)
                    }

                    obj[name] = JsonNode.Parse(value);
                    return true;
                }

                if (obj[name] is not JsonObject)
                {
                    obj[name] = new JsonObject();
                }

                node = obj[name]!;
                continue;
            }

            if (!seg.EndsWith(']') || !int.TryParse(seg.AsSpan(bracket + 1, seg.Length - bracket - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                || obj[name] is not JsonArray array || index >= array.Count || array[index] is null || last)
            {
                return false;
            }

            node = array[index]!;
        }

        return false;
    }
}
