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
        MemberArray = members;

        // Jobs and children are visited by several elements; listing them once keeps the explain path lean. Counted
        // first, so each list is an array of its size (none when empty) rather than a growing list.
        var jobCount = 0;
        var childCount = 0;
        foreach (var m in members)
        {
            jobCount += m.Person.Employments?.Count ?? 0;
            childCount += m.Person.Role == HouseholdRole.Child ? 1 : 0;
        }

        var jobs = jobCount == 0 ? [] : new JobContext[jobCount];
        var children = childCount == 0 ? [] : new MemberContext[childCount];
        var k = 0;
        var c = 0;
        foreach (var m in members)
        {
            var employments = m.Person.Employments ?? [];
            for (var j = 0; j < employments.Count; j++)
            {
                jobs[k++] = new JobContext(m, employments[j], j);
            }

            if (m.Person.Role == HouseholdRole.Child)
            {
                children[c++] = m;
            }
        }

        Jobs = jobs;
        JobArray = jobs;
        Children = children;
        JobNodes = jobCount == 0 ? [] : new Explanation.ExplanationNode?[jobCount];
        MinorChildMemo = new byte[members.Length];
    }

    /// <summary>
    /// Whether each member is a minor child (<c>Members.IsMinorChild</c>), once computed: the Kleene verdict plus one,
    /// 0 while not yet computed. The livelihood and exception-group leaves, the residence time and the procedure ask it
    /// for every member several times per evaluation; a memo of a pure function of the member and the options, so a
    /// race between threads only computes an entry twice.
    /// </summary>
    internal byte[] MinorChildMemo { get; }

    /// <summary>Whether no member is an adult (<c>Members.NoAdult</c>), once computed: the verdict plus one, 0 while not yet computed.</summary>
    internal byte NoAdultMemo { get; set; }

    /// <summary>
    /// Each job's explanation once computed (by <c>JobElements.Explained</c>): the income test, the trainee exception
    /// and Punkt 3.3 group (b) all read whether a job counts, within one evaluation. A memo of a pure function, so a
    /// race between threads only computes a node twice.
    /// </summary>
    internal Explanation.ExplanationNode?[] JobNodes { get; }

    /// <summary>
    /// Whether the household is a family (element 6 or the regime's replacement), set by the engine once the household
    /// elements are evaluated, before the member elements that read it (the residence time). Unknown until then.
    /// </summary>
    internal Logic.Truth Family { get; set; } = Logic.Truth.Unknown;

    /// <summary>Every job of every member, in member and job order.</summary>
    public IReadOnlyList<JobContext> Jobs { get; }

    /// <summary>
    /// <see cref="Members"/> and <see cref="Jobs"/> as the arrays they are, for the explain path's loops: an
    /// <see cref="IReadOnlyList{T}"/> call on an array goes through a resolve stub and an instantiating stub.
    /// </summary>
    internal MemberContext[] MemberArray { get; }

    /// <inheritdoc cref="MemberArray"/>
    internal JobContext[] JobArray { get; }

    /// <summary>The members with role Child, in input order.</summary>
    public IReadOnlyList<MemberContext> Children { get; }

    /// <summary>The facts.</summary>
    public Household Household { get; }

    /// <summary>The rule set's parameters.</summary>
    public ImkOptions Options { get; }

    /// <summary>The members, in input order.</summary>
    public IReadOnlyList<MemberContext> Members { get; }

    /// <summary>JSON path of a household fact, formatted only if a question is actually asked.</summary>
    public static FactPath Path(string property) => new(-1, -1, property);
}

/// <summary>One member within a household context.</summary>
/// <param name="Household">The household.</param>
/// <param name="Person">The member's facts.</param>
/// <param name="Index">Position in <c>members</c>, for JSON paths.</param>
public sealed record MemberContext(HouseholdContext Household, Person Person, int Index)
{
    /// <summary>The rule set's parameters.</summary>
    public ImkOptions Options => Household.Options;

    /// <summary>JSON path of a property of this member (formatted only when a question is asked).</summary>
    public FactPath Path(string property) => new(Index, -1, property);
}

/// <summary>One job of a member.</summary>
/// <remarks>
/// A class rather than a record: <see cref="Subject"/> is formatted once per job, because every node of the job's
/// subtree (about a dozen) names it, and a <c>with</c> copy would carry a stale name.
/// </remarks>
public sealed class JobContext
{
    /// <summary>Creates the context of one job.</summary>
    /// <param name="member">The member.</param>
    /// <param name="job">The job's facts.</param>
    /// <param name="index">Position in <c>employments</c>, for JSON paths.</param>
    public JobContext(MemberContext member, Employment job, int index)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(job);
        Member = member;
        Job = job;
        Index = index;
        Subject = string.Concat(member.Person.Id, "#job", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The member.</summary>
    public MemberContext Member { get; }

    /// <summary>The job's facts.</summary>
    public Employment Job { get; }

    /// <summary>Position in <c>employments</c>, for JSON paths.</summary>
    public int Index { get; }

    /// <summary>The rule set's parameters.</summary>
    public ImkOptions Options => Member.Options;

    /// <summary>Names the job in explanations, e.g. "father#job1".</summary>
    public string Subject { get; }

    /// <summary>JSON path of a property of this job (formatted only when a question is asked).</summary>
    public FactPath Path(string property) => new(Member.Index, Index, property);
}

/// <summary>
/// Where a fact sits in the case document. Kept as numbers until a question is asked, because building the path
/// text for every fact of every case would cost more than the decision itself.
/// </summary>
/// <param name="Member">Index in <c>members</c>, or -1 for a household fact.</param>
/// <param name="Job">Index in the member's <c>employments</c>, or -1.</param>
/// <param name="Property">Property path below that object, e.g. <c>identity.validPassport</c>.</param>
public readonly record struct FactPath(int Member, int Job, string Property)
{
    /// <inheritdoc />
    /// <remarks>
    /// Concatenated rather than interpolated: the interpolation handler rents and returns a pooled buffer for every
    /// question the explain path asks (the small indexes are cached strings).
    /// </remarks>
    public override string ToString() => Member < 0
        ? "$." + Property
        : Job < 0
            ? string.Concat("$.members[", Index(Member), "].", Property)
            : string.Concat(["$.members[", Index(Member), "].employments[", Index(Job), "].", Property]);

    private static string Index(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
