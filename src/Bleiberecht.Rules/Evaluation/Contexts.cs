using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Options;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>A household being evaluated under one rule set's options.</summary>
public sealed class HouseholdContext
{
    /// <summary>Creates the context and its member contexts.</summary>
    public HouseholdContext(Household household, ImkOptions options)
    {
        Household = household;
        Options = options;
        var members = new MemberContext[household.Members.Count];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = new MemberContext(this, household.Members[i], i);
        }

        Members = members;
    }

    /// <summary>The facts.</summary>
    public Household Household { get; }

    /// <summary>The rule set's parameters.</summary>
    public ImkOptions Options { get; }

    /// <summary>The members, in input order.</summary>
    public IReadOnlyList<MemberContext> Members { get; }

    /// <summary>The case's JSON path prefix.</summary>
    public static string Path(string property) => "$." + property;
}

/// <summary>One member within a household context.</summary>
/// <param name="Household">The household.</param>
/// <param name="Person">The member's facts.</param>
/// <param name="Index">Position in <c>members</c>, for JSON paths.</param>
public sealed record MemberContext(HouseholdContext Household, Person Person, int Index)
{
    /// <summary>The rule set's parameters.</summary>
    public ImkOptions Options => Household.Options;

    /// <summary>JSON path of a property of this member.</summary>
    public string Path(string property) => $"$.members[{Index}].{property}";
}

/// <summary>One job of a member.</summary>
/// <param name="Member">The member.</param>
/// <param name="Job">The job's facts.</param>
/// <param name="Index">Position in <c>employments</c>, for JSON paths.</param>
public sealed record JobContext(MemberContext Member, Employment Job, int Index)
{
    /// <summary>The rule set's parameters.</summary>
    public ImkOptions Options => Member.Options;

    /// <summary>JSON path of a property of this job.</summary>
    public string Path(string property) => Member.Path($"employments[{Index}].{property}");

    /// <summary>Names the job in explanations, e.g. "father, job 1".</summary>
    public string Subject => $"{Member.Person.Id}#job{Index + 1}";
}
