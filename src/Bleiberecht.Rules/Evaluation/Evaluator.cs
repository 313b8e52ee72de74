using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// The explain path: decides a household under a rule set following the decision procedure of rules.md 5.1-5.3 and
/// returns per-member and household decisions with their explanation trees. Thread-safe; allocates.
/// </summary>
public static class Evaluator
{
    private static readonly RuleMeta ParentsStatus = new(
        ImkElements.FamilyScope.Id + "/Parents",
        new Label("Minderjährige teilen den Status der Eltern", "minors share their parents' status"),
        [Citation.Source("L2198-2201"), Citation.Background("minor children are granted with, not without, their parents (rules.md 5.2)")]);

    /// <summary>Evaluates one household under the IMK 2006 base rule.</summary>
    public static HouseholdDecision Evaluate(Household household) => Evaluate(household, RuleSet.Imk2006);

    /// <summary>Evaluates one household under a rule set.</summary>
    public static HouseholdDecision Evaluate(Household household, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(ruleSet);
        HouseholdShape.ThrowIfMalformed(household, nameof(household));
        var h = new HouseholdContext(household, ruleSet.Options);
        var o = ruleSet.Options;

        // Household-level elements (rules.md 5.1 steps 3, 4, 6, 7).
        var application = ProcedureElements.Application.Explain(h);
        var deadline = ProcedureElements.ApplicationDeadline.Explain(h);
        var family = ResidenceElements.QualifyingChild.Explain(h);
        var housing = IntegrationElements.Housing.Explain(h);
        var school = IntegrationElements.SchoolAttendance.Explain(h);
        var prognosis = IntegrationElements.SchoolPrognosis.Explain(h);
        var livelihood = LivelihoodElements.Rule.Explain(h);

        // Per-person elements (steps 2, 4, 5, 6).
        var n = h.Members.Count;
        var own = new PersonNodes[n];
        for (var i = 0; i < n; i++)
        {
            var m = h.Members[i];
            own[i] = new PersonNodes(
                ScopeElement.Rule.Explain(m),
                ResidenceElements.MinYearsRule.Explain((m, family.Result)),
                [
                    ExclusionElements.Deception.Explain(m),
                    ExclusionElements.Obstruction.Explain(m),
                    ExclusionElements.Conviction.Explain(m),
                    ExclusionElements.Extremism.Explain(m),
                    ExclusionElements.Absconding.Explain(m),
                ],
                IntegrationElements.Language.Explain(m),
                IdentityElements.Passport.Explain(m),
                IdentityElements.Cooperation.Explain(m));
        }

        var decisions = new PersonDecision[n];
        (HouseholdContext Context, ExplanationNode Family)? statute = null;
        var tally = n > 16 ? ExclusionTally.Of(own) : null;
        ExplanationNode[] householdHard = [deadline, housing, school, prognosis];
        for (var i = 0; i < n; i++)
        {
            var familyScope = FamilyScope(h, i, own, tally);
            var decision = Decide(h, own[i], familyScope, application, deadline, housing, school, prognosis, livelihood);
            decision = ConvertTo104a(h, decision, i, livelihood, householdHard, ref statute);
            decisions[i] = OtherTitle(h.Members[i].Person, decision, o);
        }

        CapMinorsByParents(h, decisions);

        var outcome = n > 0 ? decisions[0].Outcome : Outcome.Mixed;
        var grounds = new List<string>();
        var missing = new List<MissingFact>();
        var seenMissing = n > 16 ? new HashSet<MissingFact>() : null;
        var explanations = new List<ExplanationNode>(7 + n) { application, deadline, family, housing, school, prognosis, livelihood };
        foreach (var d in decisions)
        {
            outcome = d.Outcome == outcome ? outcome : Outcome.Mixed;
            grounds.AddDistinct(d.Grounds);
            if (seenMissing is null)
            {
                missing.AddDistinct(d.Missing);
            }
            else
            {
                missing.AddDistinct(d.Missing, seenMissing);
            }
            explanations.Add(d.Explanation);
        }

        var root = new ExplanationNode(
            OutcomeMeta(outcome),
            Verdict(outcome),
            null,
            Label.Later(ruleSet, static r => ($"Regelwerk {r.Name}: {r.Description}", $"rule set {r.Name}: {r.Description}")),
            missing,
            explanations);
        return new HouseholdDecision(household.CaseId, ruleSet.Name, outcome, decisions, grounds, missing, root);
    }

    private sealed record PersonNodes(
        ExplanationNode Scope,
        ExplanationNode MinYears,
        ExplanationNode[] Exclusions,
        ExplanationNode Language,
        ExplanationNode Passport,
        ExplanationNode Cooperation);

    /// <summary>
    /// Element 22: whether another member's exclusion ground reaches this member, by <c>Family.ExclusionScope</c>
    /// (A19). The node lists the members whose grounds reach this one.
    /// </summary>
    /// <summary>
    /// A large household's failed and open exclusion grounds, counted once: per member and in total, and the first
    /// few in the order <see cref="FamilyScope"/> lists them (refusals first, by member), enough for any member after
    /// skipping its own.
    /// </summary>
    private sealed class ExclusionTally
    {
        public required int[] FalseOf { get; init; }

        public required int[] UnknownOf { get; init; }

        public required int Falses { get; init; }

        public required int Unknowns { get; init; }

        public required List<(int Member, ExplanationNode Node)> First { get; init; }

        public static ExclusionTally Of(PersonNodes[] own)
        {
            var falseOf = new int[own.Length];
            var unknownOf = new int[own.Length];
            var perMember = 0;
            for (var j = 0; j < own.Length; j++)
            {
                perMember = Math.Max(perMember, own[j].Exclusions.Length);
                foreach (var e in own[j].Exclusions)
                {
                    falseOf[j] += e.Result == Truth.False ? 1 : 0;
                    unknownOf[j] += e.Result == Truth.Unknown ? 1 : 0;
                }
            }

            // Skipping one member's own grounds leaves at least MaxReferences of these for it, where there are that many.
            var keep = MaxReferences + perMember;
            var first = new List<(int, ExplanationNode)>(2 * keep);
            foreach (var wanted in (ReadOnlySpan<Truth>)[Truth.False, Truth.Unknown])
            {
                var taken = 0;
                for (var j = 0; j < own.Length && taken < keep; j++)
                {
                    foreach (var e in own[j].Exclusions)
                    {
                        if (e.Result == wanted && taken < keep)
                        {
                            first.Add((j, e));
                            taken++;
                        }
                    }
                }
            }

            return new ExclusionTally { FalseOf = falseOf, UnknownOf = unknownOf, Falses = falseOf.Sum(), Unknowns = unknownOf.Sum(), First = first };
        }
    }

    /// <summary>Most other members' exclusion grounds listed under one member's family-scope node.</summary>
    private const int MaxReferences = 3;

    private static readonly Label SeeOwnNode = new("siehe den eigenen Knoten dieses Mitglieds", "see this member's own node");

    private static readonly Label SpouseHardshipChecked = new("Härtefallausnahme für Ehegatten geprüft", "spouse hardship exception checked");

    private static ExplanationNode FamilyScope(HouseholdContext h, int self, PersonNodes[] own, ExclusionTally? tally)
    {
        var meta = ImkElements.FamilyScope;
        var scope = h.Options.Family.ExclusionScope;
        var person = h.Members[self].Person;
        if (scope == ExclusionScope.PersonOnly)
        {
            return new ExplanationNode(meta, Truth.True, person.Id, new Label("Ausschlussgründe wirken nur für die Person selbst", "exclusion grounds affect only the person"), [], []);
        }

        // Another member's exclusion is referred to by a small node (its element, verdict, member and questions),
        // not re-attached with its whole subtree: that subtree is already in the other member's part of the tree,
        // and re-attaching it for every member made the explanation grow with the square of the excluded members.
        // At most MaxReferences are listed (refusals first); the verdict counts them all, and each listed Unknown
        // carries its questions, so an open verdict always comes with one.
        var others = Truth.True;
        var children = new List<ExplanationNode>();
        var unlisted = 0;
        void Refer(ExplanationNode e)
        {
            others = others.And(e.Result);
            if (children.Count < MaxReferences)
            {
                children.Add(new ExplanationNode(e.Element, e.Result, e.Subject, SeeOwnNode, e.Missing, []));
            }
            else
            {
                unlisted++;
            }
        }

        if (tally is not null)
        {
            // A large household: the counts over all members minus this member's own, and the first grounds in
            // order, instead of every member scanning every other member (quadratic for 10,000 members).
            foreach (var (j, e) in tally.First)
            {
                if (j != self && children.Count < MaxReferences)
                {
                    Refer(e);
                }
            }

            var falses = tally.Falses - tally.FalseOf[self];
            var unknowns = tally.Unknowns - tally.UnknownOf[self];
            others = falses > 0 ? Truth.False : unknowns > 0 ? Truth.Unknown : Truth.True;
            unlisted = falses + unknowns - children.Count;
        }
        else
        {
            for (var pass = 0; pass < 2; pass++)
            {
                var wanted = pass == 0 ? Truth.False : Truth.Unknown;
                for (var j = 0; j < own.Length; j++)
                {
                    if (j == self)
                    {
                        continue;
                    }

                    foreach (var e in own[j].Exclusions)
                    {
                        if (e.Result == wanted)
                        {
                            Refer(e);
                        }
                    }
                }
            }
        }

        var result = others;
        Label? detail = unlisted == 0 ? null : Label.Later(unlisted, static n => ($"und {n} weitere Ausschlussgründe anderer Mitglieder (siehe deren Knoten)", $"and {n} more exclusion grounds of other members (see their nodes)"));
        if (scope == ExclusionScope.WholeHouseholdExceptSpouseHardship && person.Role == HouseholdRole.Spouse && others != Truth.True)
        {
            var hardship = person.SpouseHardship.ToTruth();
            result = others.Or(hardship);
            detail = detail is null ? SpouseHardshipChecked : Label.Later((detail, SpouseHardshipChecked), static x => ($"{x.Item2.De}; {x.detail.De}", $"{x.Item2.En}; {x.detail.En}"));
            if (hardship == Truth.Unknown && result == Truth.Unknown)
            {
                children.Add(new ExplanationNode(SpouseHardshipMeta, Truth.Unknown, person.Id, null,
                    [new MissingFact(h.Members[self].Path("spouseHardship").ToString(), new Label("Wäre die Ablehnung eine besondere Härte für den Ehegatten?", "Would refusal be a particular hardship for the spouse?"))], []));
            }
        }

        return new ExplanationNode(meta, result, person.Id, detail, MissingFacts.OfUnknown(children), children);
    }

    /// <summary>Outcome for one member (rules.md 5.1 step 8).</summary>
    private static PersonDecision Decide(
        HouseholdContext h,
        PersonNodes p,
        ExplanationNode familyScope,
        ExplanationNode application,
        ExplanationNode deadline,
        ExplanationNode housing,
        ExplanationNode school,
        ExplanationNode prognosis,
        ExplanationNode livelihood)
    {
        var o = h.Options;
        var personId = familyScope.Subject!;
        var languageBlocks = o.Language.DeficitOutcome == LanguageDeficitOutcome.Refuse;

        // Hard conditions whose failure refuses (rules.md 5.1 step 8, third bullet), in the order they are checked.
        var exclusions = p.Exclusions;
        var hard = new ExplanationNode[4 + exclusions.Length + 5 + (languageBlocks ? 1 : 0)];
        var k = 0;
        hard[k++] = application;
        hard[k++] = p.Scope;
        hard[k++] = deadline;
        hard[k++] = p.MinYears;
        foreach (var e in exclusions)
        {
            hard[k++] = e;
        }

        hard[k++] = familyScope;
        hard[k++] = housing;
        hard[k++] = school;
        hard[k++] = prognosis;
        hard[k++] = p.Cooperation;
        if (languageBlocks)
        {
            hard[k] = p.Language;
        }

        var children = new List<ExplanationNode>(exclusions.Length + 7) { p.Scope, p.MinYears };
        children.AddRange(exclusions);
        children.Add(familyScope);
        children.Add(p.Language);
        children.Add(p.Passport);
        children.Add(p.Cooperation);

        if (h.Household.ApplicationWithdrawn)
        {
            return Make(personId, children, Outcome.WithdrawnOrSettled, [], [], null);
        }

        if (application.Result == Truth.False)
        {
            return Make(personId, children, Outcome.NoApplication, [application], [], null);
        }

        // Only an application that exists can be refused (L137-138): while it is unknown whether one was filed,
        // the case stays open whatever else fails.
        if (application.Result == Truth.Unknown)
        {
            return Make(personId, children, Outcome.Pending, [application], application.Missing, null);
        }

        var failed = With(hard, Truth.False);
        if (failed.Count > 0)
        {
            return Make(personId, children, Outcome.Refusal, failed, [], null);
        }

        // Open points: unknown hard conditions; a passport not yet presented keeps the case pending rather than
        // refused (Wiesbaden, München, Aurich, Gütersloh; rules.md 5.2); a language deficit with ExtendDuldung.
        var open = With(hard, Truth.Unknown);
        if (p.Passport.Result != Truth.True)
        {
            open.Add(p.Passport);
        }

        if (!languageBlocks && o.Language.DeficitOutcome == LanguageDeficitOutcome.ExtendDuldung && p.Language.Result != Truth.True)
        {
            open.Add(p.Language);
        }

        if (open.Count > 0)
        {
            return Make(personId, children, Outcome.Pending, open, PendingQuestions(open, h), null);
        }

        var decision = h.Household.DecisionDate;
        switch (livelihood.Result)
        {
            case Truth.True:
                return Make(personId, children, Outcome.ResidencePermit, [], [], decision is { } from ? LegalTime.AddDays(LegalTime.AddMonths(from, o.Residence.PermitValidityMonths), -1) : null);
            case Truth.Unknown:
                return Make(personId, children, Outcome.Pending, [livelihood], livelihood.Missing, null);
        }

        // Everything but livelihood is met: job-search Duldung until the deadline (Punkt 9), else refusal.
        if (decision is not { } day)
        {
            return Make(personId, children, Outcome.Pending, [livelihood], [DecisionDateQuestion], null);
        }

        var d = o.Deadline;
        if (d.ExtensionAfterDeadline || day <= d.WorkTakeUp)
        {
            return Make(personId, children, Outcome.JobSearchDuldung, [livelihood], [], d.ExtensionAfterDeadline && day > d.WorkTakeUp ? null : d.WorkTakeUp);
        }

        var until = d.WorkTakeUp;
        var expired = new ExplanationNode(ImkElements.WorkTakeUp, Truth.False, personId,
            Label.Later((day, until), static x => ($"Entscheidung {Ask.D(x.day)} nach Fristende {Ask.D(x.until)}", $"decision {Ask.D(x.day)} after the deadline {Ask.D(x.until)}")), [], []);
        children.Add(expired);
        return Make(personId, children, Outcome.Refusal, [livelihood, expired], [], null);
    }

    /// <summary>The refusal grounds § 104a can cure: its own time rule and no livelihood requirement for the permit "auf Probe".</summary>
    private static readonly string[] ConvertibleGrounds = [ImkElements.Livelihood.Id, ImkElements.WorkTakeUp.Id, ImkElements.MinYears.Id];

    private static readonly MissingFact DecisionDateQuestion = new("$.decisionDate", new Label("Datum der Entscheidung (vor oder nach Ablauf der Frist zur Arbeitsaufnahme)?", "Date of the decision (before or after the work take-up deadline)?"));

    /// <summary>The nodes with the given verdict, in order.</summary>
    private static List<ExplanationNode> With(ExplanationNode[] nodes, Truth result)
    {
        var list = new List<ExplanationNode>();
        foreach (var n in nodes)
        {
            if (n is not null && n.Result == result)
            {
                list.Add(n);
            }
        }

        return list;
    }

    /// <summary>A member's decision: the outcome node with its checks, and the grounds as distinct element ids.</summary>
    private static PersonDecision Make(string personId, IReadOnlyList<ExplanationNode> children, Outcome outcome, IReadOnlyList<ExplanationNode> grounds, IReadOnlyList<MissingFact> missing, DateOnly? validUntil)
    {
        var meta = OutcomeMeta(outcome);
        var ids = new List<string>(grounds.Count);
        for (var i = 0; i < grounds.Count; i++)
        {
            var id = grounds[i].ElementId;
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        var node = new ExplanationNode(meta, Verdict(outcome), personId, null, missing, children);
        return new PersonDecision(personId, outcome, ids, missing, validUntil, node);
    }

    private static readonly Rule<(MemberContext Member, Truth IsFamily)> MinYears104a = new Condition<(MemberContext Member, Truth IsFamily)>(
        S104aElements.MinYears,
        x => Applicability.When(
            Members.IsAdult(x.Member),
            x,
            static x => ResidenceElements.MinYears(x.Member, x.IsFamily),
            new Label("minderjähriges Kind: kein eigenes Zeiterfordernis", "minor child: no own time requirement"),
            x.Member.Path("birthDate")),
        x => x.Member.Person.Id);

    /// <summary>
    /// The household as § 104a sees it [background]: residence measured on 1.7.2007, 6 years with any minor child
    /// in the household, else 8.
    /// </summary>
    private static (HouseholdContext Context, ExplanationNode Family) StatuteContext(Household household, ImkOptions o)
    {
        var options = o with
        {
            Residence = o.Residence with { ReferenceDate = S104aElements.ReferenceDate, MinYearsFamily = 6, MinYearsOther = 8 },
            Family = o.Family with { MinChildAge = 0 },
        };
        var context = new HouseholdContext(household, options);
        return (context, ResidenceElements.QualifyingChild.Explain(context));
    }

    /// <summary>
    /// Element 37 (A31): where the Land converts IMK applications, a refusal that rests only on the time requirement
    /// or on livelihood after the deadline, and a job-search Duldung, are re-examined under § 104a once it is in force (28.8.2007, L2598-2601):
    /// Abs. 1 Nr. 1-6 are the IMK integration and exclusion conditions already met; the time is measured on
    /// 1.7.2007; livelihood is not required for the permit "auf Probe" (L1135-1138, L2598-2601).
    /// </summary>
    private static PersonDecision ConvertTo104a(HouseholdContext h, PersonDecision d, int index, ExplanationNode livelihood, ExplanationNode[] householdHard, ref (HouseholdContext Context, ExplanationNode Family)? statute)
    {
        var o = h.Options;
        // A job-search Duldung leaves the application "noch nicht endgültig entschieden" (L372-375): once § 104a is
        // in force it is converted like a refusal, so a later work deadline can never cost the § 104a permit.
        if (d.Outcome is not (Outcome.Refusal or Outcome.JobSearchDuldung) || o.Fallback.Convert104a == Convert104a.No || !d.Grounds.All(ConvertibleGrounds.Contains))
        {
            return d;
        }

        var meta = S104aElements.ToStatute;
        ExplanationNode Node(Truth result, Label? detail, IReadOnlyList<MissingFact> missing, IReadOnlyList<ExplanationNode> children)
            => new(meta, result, d.PersonId, detail, missing, children);

        if (h.Household.DecisionDate is not { } decision)
        {
            var ask = new MissingFact("$.decisionDate", new Label("Datum der Entscheidung (vor oder nach Inkrafttreten von § 104a)?", "Date of the decision (before or after § 104a entered into force)?"));
            var open = Node(Truth.Unknown, null, [ask], []);
            return d with { Outcome = Outcome.Pending, Grounds = [meta.Id], Missing = [ask], Explanation = d.Explanation with { Element = ImkElements.Pending, Result = Truth.Unknown, Missing = [ask], Children = [.. d.Explanation.Children, open] } };
        }

        var inForce = new ExplanationNode(S104aElements.InForce,
            (decision >= S104aElements.InForceDate).ToTruth(), null,
            Label.Later(decision, static d => ($"Entscheidung {Ask.D(d)}", $"decision {Ask.D(d)}")), [], []);
        if (inForce.Result == Truth.False)
        {
            return d with { Explanation = d.Explanation with { Children = [.. d.Explanation.Children, Node(Truth.False, null, [], [inForce])] } };
        }

        statute ??= StatuteContext(h.Household, o);
        var (context, family) = statute.Value;
        var time = MinYears104a.Explain((context.Members[index], family.Result));
        var probation = new ExplanationNode(S104aElements.OnProbation,
            livelihood.Result.Not(), d.PersonId, null, [], []);
        // The refusal rests only on convertible grounds, but another hard condition may still be open (an unknown
        // conviction or extremism): the conversion is then open too, since knowing it could refuse (found by the
        // fuzzer: filling extremismLinks turned a § 104a permit into a refusal).
        var missing = time.Missing;
        var rest = Truth.True;
        var languageBlocks = o.Language.DeficitOutcome == LanguageDeficitOutcome.Refuse;
        foreach (var hard in d.Explanation.Children.Concat(householdHard))
        {
            if (hard.Result == Truth.Unknown && !ConvertibleGrounds.Contains(hard.ElementId) && hard.ElementId != ImkElements.Passport.Id
                && (languageBlocks || hard.ElementId != ImkElements.Language.Id))
            {
                rest = Truth.Unknown;
                missing = [.. missing, .. hard.Missing];
            }
        }

        var converted = time.Result.And(rest);
        var node = Node(inForce.Result.And(converted), null, missing, [inForce, family, time, probation]);
        var explanation = d.Explanation with { Children = [.. d.Explanation.Children, node] };
        return converted switch
        {
            Truth.True => d with
            {
                Outcome = Outcome.StatutoryPermit104a,
                Grounds = [],
                Missing = [],
                ValidUntil = S104aElements.ValidUntil,
                Explanation = explanation with { Element = meta, Result = Truth.True },
            },
            Truth.Unknown => d with { Outcome = Outcome.Pending, Grounds = [meta.Id], Missing = missing, Explanation = explanation with { Element = ImkElements.Pending, Result = Truth.Unknown, Missing = missing } },
            _ => d with { Explanation = explanation },
        };
    }

    /// <summary>
    /// A32: where the rule set routes refused cases to other humanitarian titles, a refused member who received one
    /// is "anderweitig erledigt" (L1020-1021, L1844-1846) rather than refused.
    /// </summary>
    private static PersonDecision OtherTitle(Person person, PersonDecision d, ImkOptions o)
    {
        if (d.Outcome != Outcome.Refusal || !o.Fallback.OtherHumanitarianTitle || !person.OtherTitleGranted)
        {
            return d;
        }

        var meta = ImkElements.WithdrawnOrSettled;
        return d with
        {
            Outcome = Outcome.WithdrawnOrSettled,
            Explanation = d.Explanation with
            {
                Element = meta,
                Result = Truth.True,
                Detail = new Label("anderer humanitärer Titel erteilt (statt Ablehnung)", "another humanitarian title granted (instead of refusal)"),
            },
        };
    }

    /// <summary>
    /// What to ask for a pending member: the facts of the open requirements, and for those definitely not met yet
    /// but curable (passport, language) what is still to be met. A method of its own, because a lambda capturing the
    /// household in <see cref="Decide"/> would cost an allocation on every decision, pending or not.
    /// </summary>
    private static List<MissingFact> PendingQuestions(List<ExplanationNode> open, HouseholdContext h)
        => open.SelectMany(n => n.Result == Truth.Unknown ? n.Missing : Outstanding(n, h)).Distinct().ToList();

    /// <summary>What to ask for when a requirement is definitely not met yet but curable (e.g. passport).</summary>
    private static IEnumerable<MissingFact> Outstanding(ExplanationNode node, HouseholdContext h)
    {
        var index = h.Members.FirstOrDefault(m => m.Person.Id == node.Subject)?.Index ?? 0;
        var path = node.ElementId == ImkElements.Passport.Id ? $"$.members[{index}].identity.validPassport" : $"$.members[{index}].germanLevel";
        yield return new MissingFact(path, Label.Later(() => ($"Noch zu erfüllen: {node.Label.De}", $"still to be met: {node.Label.En}")));
    }

    /// <summary>
    /// A minor cannot obtain more than the best-placed adult of the household (rules.md 5.2: the outcome is the
    /// household's); an unaccompanied minor keeps its own outcome.
    /// </summary>
    private static void CapMinorsByParents(HouseholdContext h, PersonDecision[] decisions)
    {
        var bestRank = -1;
        var capped = false;
        for (var i = 0; i < decisions.Length; i++)
        {
            if (h.Members[i].Person.Role != HouseholdRole.Child)
            {
                bestRank = Math.Max(bestRank, Rank(decisions[i].Outcome));
            }
        }

        for (var i = 0; i < decisions.Length; i++)
        {
            capped |= h.Members[i].Person.Role == HouseholdRole.Child && Rank(decisions[i].Outcome) > bestRank;
        }

        // No adult (unaccompanied minors keep their own outcome), or no child better placed than the adults.
        if (bestRank < 0 || !capped)
        {
            return;
        }

        // Ties between adults are merged, so a child's grounds do not depend on the order of the members.
        var tied = new List<PersonDecision>();
        for (var i = 0; i < decisions.Length; i++)
        {
            if (h.Members[i].Person.Role != HouseholdRole.Child && Rank(decisions[i].Outcome) == bestRank)
            {
                tied.Add(decisions[i]);
            }
        }

        var best = tied.OrderBy(d => d.PersonId, StringComparer.Ordinal).First() with
        {
            Grounds = tied.SelectMany(d => d.Grounds).Distinct().Order(StringComparer.Ordinal).ToList(),
            Missing = tied.SelectMany(d => d.Missing).Distinct().ToList(),
        };
        for (var i = 0; i < decisions.Length; i++)
        {
            if (h.Members[i].Person.Role != HouseholdRole.Child || Rank(decisions[i].Outcome) <= Rank(best.Outcome))
            {
                continue;
            }

            var own = decisions[i];
            var meta = OutcomeMeta(best.Outcome);
            var capNode = new ExplanationNode(ParentsStatus, Truth.False, own.PersonId,
                Label.Later(() => ($"Eltern: {best.Outcome} ({best.PersonId})", $"parents: {best.Outcome} ({best.PersonId})")), [], [best.Explanation]);
            var node = own.Explanation with
            {
                Element = meta,
                Result = Verdict(best.Outcome),
                Missing = best.Missing,
                Children = [.. own.Explanation.Children, capNode],
            };
            decisions[i] = own with { Outcome = best.Outcome, Grounds = best.Grounds, Missing = best.Missing, ValidUntil = best.ValidUntil, Explanation = node };
        }
    }

    /// <summary>The verdict shown on an outcome node: granted [+], refused [-], open [?].</summary>
    private static Truth Verdict(Outcome outcome) => outcome switch
    {
        Outcome.ResidencePermit or Outcome.StatutoryPermit104a or Outcome.JobSearchDuldung or Outcome.WithdrawnOrSettled => Truth.True,
        Outcome.Refusal or Outcome.NoApplication => Truth.False,
        _ => Truth.Unknown,
    };

    /// <summary>Order of how favourable an outcome is, for capping minors: permit &gt; § 104a permit &gt; Duldung &gt; pending &gt; refusal.</summary>
    internal static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.ResidencePermit => 4,
        Outcome.StatutoryPermit104a => 3,
        Outcome.JobSearchDuldung => 2,
        Outcome.Pending => 1,
        _ => 0,
    };

    private static readonly RuleMeta SpouseHardshipMeta = new(
        ImkElements.FamilyScope.Id + "/SpouseHardship",
        new Label("besondere Härte für Ehegatten", "particular hardship for the spouse"),
        [Citation.Background("§ 104a Abs. 3 S. 2 AufenthG")]);

    private static readonly RuleMeta MixedMeta = new("IMK.Outcome.Mixed", new Label("unterschiedliche Ergebnisse im Haushalt", "different outcomes within the household"), [Citation.Derived("rules.md 5.2: per-person and household results")]);

    private static RuleMeta OutcomeMeta(Outcome outcome) => outcome switch
    {
        Outcome.ResidencePermit => ImkElements.ResidencePermit,
        Outcome.StatutoryPermit104a => S104aElements.ToStatute,
        Outcome.JobSearchDuldung => ImkElements.JobSearchDuldung,
        Outcome.Refusal => ImkElements.Refusal,
        Outcome.WithdrawnOrSettled => ImkElements.WithdrawnOrSettled,
        Outcome.NoApplication => ImkElements.Application,
        Outcome.Mixed => MixedMeta,
        _ => ImkElements.Pending,
    };
}
