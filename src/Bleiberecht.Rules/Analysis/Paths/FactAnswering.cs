using System.Text.Json.Nodes;
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
    /// Favourable answers to every unknown fact of the household that has a generic answer, asked or not: the base of
    /// the search, so that a case refused for one reason is still searched with its other unknowns settled (a refusal
    /// asks no questions). Each path then keeps only the answers its own decision asks for.
    /// </summary>
    public static IReadOnlyList<FactAnswer> AllUnknown(Household household)
    {
        var list = new List<FactAnswer>();
        void Add(bool isNull, string path)
        {
            if (isNull)
            {
                var name = LastName(path)!;
                list.Add(new FactAnswer(path, new Label(path, path), Values[name].Favourable, true));
            }
        }

        Add(household.ApplicationFiled is null, "$.applicationFiled");
        Add(household.Housing?.Sufficient is null, "$.housing.sufficient");
        Add(household.Livelihood?.ReceivesBenefits is null, "$.livelihood.receivesBenefits");
        for (var i = 0; i < household.Members.Count; i++)
        {
            var p = household.Members[i];
            var at = $"$.members[{i}].";
            Add(p.Interruptions is null, at + "interruptions");
            Add(p.Convictions is null, at + "convictions");
            Add(p.Misconduct is null, at + "misconduct");
            Add(p.Employments is null, at + "employments");
            Add(p.Tolerated is null, at + "tolerated");
            Add(p.ObligedToLeave is null, at + "obligedToLeave");
            Add(p.DuldungForbidsEmployment is null, at + "duldungForbidsEmployment");
            Add(p.GermanLevel is null, at + "germanLevel");
            Add(p.CooperationBreached is null, at + "cooperationBreached");
            Add(p.ExtremismLinks is null, at + "extremismLinks");
            Add(p.Identity?.ValidPassport is null, at + "identity.validPassport");
            if (p.Role == HouseholdRole.Child)
            {
                Add(p.Schooling?.AttendsSchool is null, at + "schooling.attendsSchool");
                Add(p.Schooling?.PositiveSchoolPrognosis is null, at + "schooling.positiveSchoolPrognosis");
            }

            for (var j = 0; j < (p.Employments?.Count ?? 0); j++)
            {
                var e = p.Employments![j];
                var job = $"{at}employments[{j}].";
                Add(e.FixedTerm is null, job + "fixedTerm");
                Add(e.SocialInsurance is null, job + "socialInsurance");
                Add(e.PrivilegedWorkerAvailable is null, job + "privilegedWorkerAvailable");
                Add(e.ConditionsComparable is null, job + "conditionsComparable");
                Add(e.WithinPermittedArea is null, job + "withinPermittedArea");
            }
        }

        return list;
    }

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
