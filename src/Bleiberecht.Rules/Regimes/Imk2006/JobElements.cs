using Bleiberecht.Rules.Evaluation;
using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Kernels;

namespace Bleiberecht.Rules.Regimes.Imk2006;

/// <summary>
/// Whether one job counts towards a secured livelihood: its quality (element 14) and the labour-market access it
/// needed while the person held a Duldung (elements 25-30), shown by the deadline (31) and not ended. Each leaf's
/// logic is written once in <see cref="JobKernels"/>; here it is the explanation tree.
/// </summary>
internal static class JobElements
{
    private static readonly RuleMeta Counts = Ask.Sub(ImkElements.EmploymentQuality, "Counts", "Beschäftigung wird angerechnet", "job counts");

    /// <summary>Element 14 and its parts.</summary>
    private static readonly Rule<JobContext> Quality = new Condition<JobContext>(ImkElements.EmploymentQuality, static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.Quality(ref f, ref t, o)), j => j.Subject);

    /// <summary>Element 30: the Duldung does not forbid employment, or the rule set forbids that annotation (A28).</summary>
    private static readonly Rule<JobContext> Annotation = new Condition<JobContext>(ImkElements.WorkPermittedAnnotation, static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.Annotation(ref f, ref t, o)), j => j.Subject);

    /// <summary>Element 29: the workplace is reachable under the residence restriction (A27).</summary>
    private static readonly Rule<JobContext> Residenzpflicht = new Condition<JobContext>(ImkElements.Residenzpflicht, static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.Residenzpflicht(ref f, ref t, o)), j => j.Subject);

    /// <summary>Element 26: the BA priority check, for jobs starting while it applied (A24).</summary>
    private static readonly Rule<JobContext> Priority = new Condition<JobContext>(ImkElements.PriorityCheck, static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.Priority(ref f, ref t, o)), j => j.Subject);

    /// <summary>Element 27: the BA working-conditions check (A25) and the authority's own wage floors (A08).</summary>
    private static readonly Rule<JobContext> WorkingConditions = new AllOf<JobContext>(
        ImkElements.WorkingConditions,
        [
            new Condition<JobContext>(
                Ask.Sub(ImkElements.WorkingConditions, "BA", "Arbeitsbedingungen vergleichbar (BA-Prüfung)", "conditions comparable (BA check)"),
                static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.ConditionsComparable(ref f, ref t, o)),
                j => j.Subject),
            new Condition<JobContext>(
                Ask.Sub(ImkElements.WorkingConditions, "WageFloor", "Lohnuntergrenze", "wage floor"),
                static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.WageFloor(ref f, ref t, o)),
                j => j.Subject),
        ],
        j => j.Subject);

    /// <summary>Element 28: temp-agency work cannot be consented to while BA consent is required (§ 40 AufenthG), unless A04.</summary>
    private static readonly Rule<JobContext> TempAgency = new Condition<JobContext>(ImkElements.TempAgencyBar, static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.TempAgency(ref f, ref t, o)), j => j.Subject);

    /// <summary>Element 25 for training places: the place is additional to the employer's usual number (A26).</summary>
    private static readonly Rule<JobContext> TrainingAdditional = new Condition<JobContext>(
        Ask.Sub(ImkElements.BAConsent, "TrainingAdditional", "zusätzlicher Ausbildungsplatz", "additional training place"),
        static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.TrainingAdditional(ref f, ref t, o)),
        j => j.Subject);

    /// <summary>Element 25: individual BA consent with its checks, required while either check applies.</summary>
    internal static readonly Rule<JobContext> Consent = new AllOf<JobContext>(ImkElements.BAConsent, [Priority, WorkingConditions, TempAgency, TrainingAdditional], j => j.Subject);

    /// <summary>Element 31: the job is shown by the work take-up deadline (A29), unless extended.</summary>
    internal static readonly Rule<JobContext> Deadline = new Condition<JobContext>(ImkElements.WorkTakeUp, static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.Deadline(ref f, ref t, o)), j => j.Subject);

    /// <summary>The job has not ended before the decision.</summary>
    internal static readonly Rule<JobContext> Current = new Condition<JobContext>(
        Ask.Sub(ImkElements.EmploymentQuality, "Current", "Beschäftigung besteht bei der Entscheidung", "job exists at the decision"),
        static j => Leaf(j, static (ref JobObjectFacts f, ref CheckTrace t, ImkOptions o) => JobKernels.Current(ref f, ref t, o)),
        j => j.Subject);

    /// <summary>The whole per-job requirement, in the order an authority checks it.</summary>
    public static readonly Rule<JobContext> Rule = new AllOf<JobContext>(Counts, [Quality, Annotation, Residenzpflicht, Consent, Deadline, Current], j => j.Subject);

    /// <summary>All jobs of all members, as contexts.</summary>
    public static IReadOnlyList<JobContext> Jobs(HouseholdContext h) => h.Jobs;

    /// <summary>Job <paramref name="index"/> of <see cref="Jobs"/> explained by <see cref="Rule"/>, once per evaluation.</summary>
    public static ExplanationNode Explained(HouseholdContext h, int index) => h.JobNodes[index] ??= Rule.Explain(h.JobArray[index]);

    /// <summary>The node of <paramref name="part"/> (one of <see cref="Rule"/>'s parts) within a job's explanation.</summary>
    public static ExplanationNode Part(ExplanationNode job, Rule<JobContext> part)
    {
        var children = job.Children;
        for (var i = 0; i < children.Count; i++)
        {
            if (ReferenceEquals(children[i].Element, part.Meta))
            {
                return children[i];
            }
        }

        throw new ArgumentException($"{part.Meta.Id} is not a part of {job.ElementId}", nameof(part));
    }

    /// <summary>
    /// Members whose jobs are unknown could hold one that counts: Unknown if there is any (asking for their jobs),
    /// else False.
    /// </summary>
    public static Truth UnknownJobLists(HouseholdContext h, ref List<MissingFact>? missing)
    {
        var result = Truth.False;
        var members = h.MemberArray;
        for (var i = 0; i < members.Length; i++)
        {
            var m = members[i];
            if (m.Person.Employments is null)
            {
                result = Truth.Unknown;
                (missing ??= []).Add(Ask.Fact(m.Path("employments"), "Welche Beschäftigungen hat die Person?", "What jobs does the person have?"));
            }
        }

        return result;
    }

    /// <summary>Runs a job kernel on the job's objects: the explanation leaf.</summary>
    private static Check Leaf(JobContext j, OptionsKernel<JobObjectFacts> kernel)
    {
        var facts = new JobObjectFacts(j);
        return OptionsLeaf.Check(ref facts, j.Options, kernel);
    }
}
