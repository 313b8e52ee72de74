using Bleiberecht.Rules.Explanation;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes;
using Bleiberecht.Rules.Regimes.Imk2006;

namespace Bleiberecht.Rules.Evaluation;

/// <summary>
/// The explain path: decides a household under a rule set — its <see cref="RuleSet.Regime"/> with its options — and
/// returns per-member and household decisions with their explanation trees. The decision itself is taken by the
/// <see cref="DecisionProcedure"/> the bulk path runs too; this class evaluates the elements' rules with their full
/// explanation and dresses the procedure's result as a tree. Thread-safe; allocates.
/// </summary>
public static class Evaluator
{
    private static readonly RuleMeta ParentsStatus = new(
        ImkElements.FamilyScope.Id + "/Parents",
        new Label("Minderjährige teilen den Status der Eltern", "minors share their parents' status"),
        [Citation.Derived("rules.md 5.2: the outcome is the household's; minor children are granted with, not without, their parents")]);

    /// <summary>Evaluates one household under the IMK 2006 base rule.</summary>
    public static HouseholdDecision Evaluate(Household household) => Evaluate(household, RuleSet.Imk2006);

    /// <summary>Evaluates one household under a rule set.</summary>
    public static HouseholdDecision Evaluate(Household household, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(ruleSet);
        HouseholdShape.ThrowIfMalformed(household, nameof(household));
        if (BirthDateRanges.Any(household))
        {
            return BirthDateRangeDecision.Evaluate(household, ruleSet);   // ADR 0013: decided per candidate birth date
        }

        // The options in force on the decision date: a decree that changed a Land's practice applies from its date.
        var o = ruleSet.OptionsOn(household.DecisionDate);
        var regime = ruleSet.Regime;
        var plan = regime.Plan(o);
        var h = new HouseholdContext(household, o);
        var elements = regime.Elements;
        var e = elements.Length;
        var n = h.MemberArray.Length;

        // Household elements first: the residence time reads whether the household is a family.
        // The household's and the members' nodes in one array (one allocation): the household elements' by element,
        // then each member's by the element's position among the member elements (MemberSlot).
        var memberElements = regime.MemberElements;
        var s = memberElements.Length;
        var nodes = new ExplanationNode?[e + (n * s)];
        var householdNodes = nodes.AsSpan(0, e);
        foreach (var i in regime.HouseholdElements)
        {
            if (elements[i] is HouseholdElement element)
            {
                householdNodes[i] = element.Rule.Explain(h);
            }
        }

        h.Family = regime.FamilyElement >= 0 ? householdNodes[regime.FamilyElement]!.Result : Truth.False;

        var slot = regime.MemberSlot;
        var memberNodes = nodes.AsSpan(e);
        for (var m = 0; m < n; m++)
        {
            var member = h.MemberArray[m];
            for (var k = 0; k < s; k++)
            {
                if (elements[memberElements[k]] is MemberElement element)
                {
                    memberNodes[(m * s) + k] = element.Rule.Explain(member);
                }
            }
        }

        // The verdict rows the procedure decides on, exactly as the bulk path fills them.
        // The rows and states live on the stack for a household of usual size (two arrays per household less).
        Span<byte> rows = n <= 64 ? stackalloc byte[n * DecisionProcedure.Stride] : new byte[n * DecisionProcedure.Stride];
        DecisionProcedure.Clear(rows);
        for (var bit = 0; bit < regime.CheckableIndexes.Length; bit++)
        {
            // Where the element's nodes stand, read once per element rather than once per member.
            var i = regime.CheckableIndexes[bit];
            var ofHousehold = elements[i].Level == ElementLevel.Household;
            var k = ofHousehold ? i : slot[i];
            for (var m = 0; m < n; m++)
            {
                var node = ofHousehold ? householdNodes[k] : memberNodes[(m * s) + k];
                if (node is not null)
                {
                    rows[(m * DecisionProcedure.Stride) + bit] = (byte)node.Result;
                }
            }
        }

        Span<MemberState> states = n <= 16 ? stackalloc MemberState[n] : new MemberState[n];
        for (var m = 0; m < n; m++)
        {
            var p = h.MemberArray[m].Person;
            var minor = p.Role == HouseholdRole.Child ? Members.IsMinorChild(h.MemberArray[m]) : Truth.False;
            states[m] = new MemberState { Role = p.Role, MinorChild = minor != Truth.False, AgeUnknown = minor == Truth.Unknown, SpouseHardship = p.SpouseHardship.ToTruth(), OtherTitleGranted = p.OtherTitleGranted };
        }

        IdOrder(h.MemberArray, states);

        var inputs = new HouseholdInputs(
            household.ApplicationWithdrawn,
            regime.GateElement >= 0 ? householdNodes[regime.GateElement]!.Result : Truth.True,
            household.DecisionDate?.DayNumber ?? DecisionProcedure.NoDate);
        var livelihood = regime.LivelihoodElement >= 0 ? householdNodes[regime.LivelihoodElement] : null;
        var source = new ExplainSource(h, ruleSet, livelihood);
        var outcome = DecisionProcedure.Decide(in plan, in inputs, rows, states, ref source);
        if (plan.FamilyScopeBit >= 0 && (inputs.Withdrawn || inputs.Application != Truth.True))
        {
            // The procedure stopped before the family scope; the explanation still shows it.
            DecisionProcedure.Masks(rows, states);
            DecisionProcedure.FamilyScope(in plan, rows, states);
        }

        var tree = new Tree(h, ruleSet, plan, householdNodes, memberNodes, rows, source, n <= 64 ? stackalloc int[n] : new int[n]);
        var decisions = new PersonDecision[n];
        for (var m = 0; m < n; m++)
        {
            decisions[m] = tree.Person(m, in states[m]);
        }

        for (var m = 0; m < n; m++)
        {
            if (states[m].CappedBy > 0)
            {
                decisions[m] = Capped(states, decisions, m, states[m].CappedBy - 1, ruleSet.Regime);
            }
        }

        for (var m = 0; m < n; m++)
        {
            if (states[m].CapOpenBy > 0)
            {
                decisions[m] = CapOpen(decisions[m], states[m].CapOpenBy - 1, household.Members[states[m].CapOpenBy - 1].Id);
            }
        }

        // The unions sized once for all members' grounds and questions (upper bounds), instead of growing.
        var groundCount = 0;
        var missingCount = 0;
        foreach (var d in decisions)
        {
            groundCount += d.Grounds.Count;
            missingCount += d.Missing.Count;
        }

        // (None for a household without grounds or questions: they share the empty list.)
        var grounds = groundCount == 0 ? null : new List<string>(groundCount);
        var missing = missingCount == 0 ? null : new List<MissingFact>(missingCount);
        var shown = 0;
        foreach (var i in regime.HouseholdElements)
        {
            shown += householdNodes[i] is null ? 0 : 1;
        }

        var explanations = new ExplanationNode[shown + n];
        var x = 0;
        foreach (var i in regime.HouseholdElements)
        {
            if (householdNodes[i] is { } node)
            {
                explanations[x++] = node;
            }
        }

        // A large household's questions are united through a hash set (linear instead of quadratic in its size).
        var seenMissing = n > 16 && missing is not null ? new HashSet<MissingFact>() : null;
        foreach (var d in decisions)
        {
            grounds?.AddDistinct(d.Grounds);
            if (seenMissing is not null)
            {
                missing!.AddDistinct(d.Missing, seenMissing);
            }
            else
            {
                missing?.AddDistinct(d.Missing);
            }

            explanations[x++] = d.Explanation;
        }

        IReadOnlyList<string> householdGrounds = grounds is null ? [] : grounds;
        IReadOnlyList<MissingFact> householdMissing = missing is null ? [] : missing;
        var root = new ExplanationNode(
            OutcomeMeta(outcome, ruleSet.Regime),
            Verdict(outcome),
            null,
            Label.Later(ruleSet, static r => ($"Regelwerk {r.Name}: {r.Title.De}", $"rule set {r.Name}: {r.Title.En}")),
            householdMissing,
            explanations);
        return new HouseholdDecision(household.CaseId, ruleSet.Name, outcome, decisions, householdGrounds, householdMissing, root);
    }

    /// <summary>Each member's rank in ordinal order of the ids (the procedure breaks ties between adults by it), into its state.</summary>
    private static void IdOrder(MemberContext[] members, Span<MemberState> states)
    {
        // A member's rank is the number of members before it in that order (ties by position): counted directly for
        // a household of usual size, sorted for a large one (no comparison delegate per household).
        var n = members.Length;
        var ascending = true;
        for (var a = 1; a < n && ascending; a++)
        {
            ascending = string.CompareOrdinal(members[a - 1].Person.Id, members[a].Person.Id) < 0;
        }

        if (ascending)
        {
            // Ids already in strictly ascending order (the usual input): each member's rank is its position.
            for (var a = 0; a < n; a++)
            {
                states[a].IdOrder = a;
            }

            return;
        }

        if (n <= 16)
        {
            for (var a = 0; a < n; a++)
            {
                var rank = 0;
                for (var b = 0; b < n; b++)
                {
                    var c = string.CompareOrdinal(members[b].Person.Id, members[a].Person.Id);
                    rank += c < 0 || (c == 0 && b < a) ? 1 : 0;
                }

                states[a].IdOrder = rank;
            }

            return;
        }

        var indexes = new int[n];
        for (var i = 0; i < n; i++)
        {
            indexes[i] = i;
        }

        Array.Sort(indexes, (a, b) => StringComparer.Ordinal.Compare(members[a].Person.Id, members[b].Person.Id) is var c && c != 0 ? c : a.CompareTo(b));
        for (var rank = 0; rank < n; rank++)
        {
            states[indexes[rank]].IdOrder = rank;
        }
    }

    /// <summary>
    /// The explain path's answers to the procedure: livelihood from its node, and for the A31 transition the
    /// household decided under the § 104a regime (with the rule set's practice), once, kept for the tree.
    /// </summary>
    private struct ExplainSource(HouseholdContext h, RuleSet ruleSet, ExplanationNode? livelihood) : IDecisionSource
    {
        private HouseholdDecision? _statute;

        public readonly ExplanationNode? LivelihoodNode => livelihood;

        public readonly Truth Livelihood() => livelihood?.Result ?? Truth.True;

        public Outcome Statute(int index) => (_statute ??= Evaluate(h.Household, (ruleSet.Regime.Fallback ?? Regime.S104a).Deciding(ruleSet))).Members[index].Outcome;

        public readonly uint Outstanding(int index) => 0;

        /// <summary>The member's decision under § 104a, if the transition asked for it.</summary>
        public readonly PersonDecision? StatuteDecision(int index) => _statute?.Members[index];
    }

    /// <summary>
    /// Dresses the procedure's result for one member as its explanation subtree and decision. A struct on the
    /// evaluation's stack (it was a 200-byte object per household).
    /// </summary>
    private ref struct Tree(HouseholdContext h, RuleSet ruleSet, RegimePlan plan, Span<ExplanationNode?> householdNodes, Span<ExplanationNode?> memberNodes, Span<byte> rows, ExplainSource source, Span<int> groundsOf)
    {
        private readonly Regime _regime = ruleSet.Regime;
        private readonly ExplainSource _source = source;
        // Span fields, as a ref struct's captured parameter cannot be one.
        private readonly Span<ExplanationNode?> _householdNodes = householdNodes;
        private readonly Span<ExplanationNode?> _memberNodes = memberNodes;
        private readonly Span<byte> _rows = rows;
        private readonly Span<int> _groundsOf = groundsOf;   // Grounds: per member, zero until counted

        public PersonDecision Person(int m, in MemberState state)
        {
            var regime = _regime;
            var elements = regime.Elements;
            var s = regime.MemberElements.Length;
            var person = h.MemberArray[m].Person;
            var steps = state.Steps;
            var dated = h.Household.DecisionDate is not null;

            // The children in an array of their number (counted first: the element nodes, the work take-up deadline
            // and the § 104a transition below add one each where they apply), not a growing list.
            var count = ((steps & DecisionSteps.DeadlineExpired) != 0 && dated ? 1 : 0)
                + ((steps & DecisionSteps.ConversionNeedsDate) != 0 || ((steps & (DecisionSteps.ConversionNotInForce | DecisionSteps.ConversionTried)) != 0 && dated) ? 1 : 0);
            for (var k = 0; k < s; k++)
            {
                count += _memberNodes[(m * s) + k] is not null || elements[regime.MemberElements[k]].Role == ElementRole.FamilyScope ? 1 : 0;
            }

            var children = new ExplanationNode[count];
            var c = 0;
            ExplanationNode? familyScope = null;
            for (var k = 0; k < s; k++)
            {
                var i = regime.MemberElements[k];
                if (_memberNodes[(m * s) + k] is { } node)
                {
                    children[c++] = node;
                }
                else if (elements[i].Role == ElementRole.FamilyScope)
                {
                    familyScope = FamilyScope(m);
                    children[c++] = familyScope;
                }
            }

            var outcome = state.Outcome;
            IReadOnlyList<string> grounds = Ids(state.Bits);
            IReadOnlyList<MissingFact> missing = [];
            DateOnly? validUntil = null;
            var meta = OutcomeMeta(outcome, _regime);
            var verdict = Verdict(outcome);
            Label? detail = null;
            var decision = h.Household.DecisionDate;
            var o = h.Options;

            if (outcome == Outcome.Pending)
            {
                missing = (steps & DecisionSteps.NoDecisionDate) != 0 ? [DecisionDateQuestion] : Questions(m, state.Bits, ref familyScope);
            }

            if ((steps & DecisionSteps.DeadlineExpired) != 0 && decision is { } day)
            {
                var until = o.Deadline.WorkTakeUp;
                children[c++] = new ExplanationNode(ImkElements.WorkTakeUp, Truth.False, person.Id,
                    Label.Later((day, until), static x => ($"Entscheidung {Ask.D(x.day)} nach Fristende {Ask.D(x.until)}", $"decision {Ask.D(x.day)} after the deadline {Ask.D(x.until)}")), [], []);
            }

            if (outcome == Outcome.ResidencePermit)
            {
                // A regime that fixes the end (the § 104a extension: 31.12.2011) says so; else from the decision.
                validUntil = _regime.Policies.PermitsValidUntil
                    ?? (decision is { } from ? LegalTime.AddDays(LegalTime.AddMonths(from, o.Residence.PermitValidityMonths), -1) : null);
            }
            else if (outcome is Outcome.StatutoryPermit104a or Outcome.ProbationPermit104a or Outcome.DiscretionaryPermit)
            {
                // § 104a Abs. 5 S. 1 [background]: the permits of Abs. 1 and 2 are valid until 31.12.2009 (A31 reaches
                // them from the IMK regime, which fixes no end); the extension regime fixes its own.
                validUntil = _regime.Policies.PermitsValidUntil ?? S104aElements.ValidUntil;
            }
            else if (outcome == Outcome.JobSearchDuldung)
            {
                validUntil = o.Deadline.ExtensionAfterDeadline && decision > o.Deadline.WorkTakeUp ? null : o.Deadline.WorkTakeUp;
            }

            // Element 37: the § 104a transition (A31), as the procedure ran it.
            var toStatute = S104aElements.ToStatute;
            if ((steps & DecisionSteps.ConversionNeedsDate) != 0)
            {
                var ask = ConversionDateQuestion;
                children[c++] = new ExplanationNode(toStatute, Truth.Unknown, person.Id, null, [ask], []);
                grounds = [toStatute.Id];
                missing = [ask];
            }
            else if ((steps & DecisionSteps.ConversionNotInForce) != 0 && decision is { } early)
            {
                children[c++] = new ExplanationNode(toStatute, Truth.False, person.Id, null, [], [InForce(early)]);
            }
            else if ((steps & DecisionSteps.ConversionTried) != 0 && decision is { } late)
            {
                // The member as the § 104a regime decided the household: its whole decision is the subtree.
                var statute = _source.StatuteDecision(m)!;
                var inForce = InForce(late);
                var converted = (steps & DecisionSteps.Converted) != 0;
                var open = (steps & DecisionSteps.ConversionOpen) != 0;
                var result = converted ? Truth.True : open ? Truth.Unknown : Truth.False;
                children[c++] = new ExplanationNode(toStatute, result, person.Id, null, open ? statute.Missing : [], [inForce, statute.Explanation]);
                if (converted)
                {
                    meta = OutcomeMeta(outcome);
                    validUntil = statute.ValidUntil;
                }
                else if (open)
                {
                    grounds = [toStatute.Id];
                    missing = statute.Missing;
                }
            }

            if ((steps & DecisionSteps.OtherTitle) != 0)
            {
                detail = new Label("anderer humanitärer Titel erteilt (statt Ablehnung)", "another humanitarian title granted (instead of refusal)");
            }

            System.Diagnostics.Debug.Assert(c == children.Length, "every counted child was added");
            var explanation = new ExplanationNode(meta, verdict, person.Id, detail, missing, children);
            return new PersonDecision(person.Id, outcome, grounds, missing, validUntil, explanation);
        }

        /// <summary>The element ids of a ground mask, in the regime's order (an array of its size; none for a member without grounds).</summary>
        private string[] Ids(uint bits)
        {
            if (bits == 0)
            {
                return [];
            }

            var ids = new string[System.Numerics.BitOperations.PopCount(bits)];
            for (var k = 0; bits != 0; bits &= bits - 1, k++)
            {
                ids[k] = _regime.Checkable[System.Numerics.BitOperations.TrailingZeroCount(bits)].Id;
            }

            return ids;
        }

        /// <summary>
        /// What to ask for a pending member: the facts of the open requirements, and for those definitely not met yet
        /// but curable (passport, language) what is still to be met.
        /// </summary>
        private IReadOnlyList<MissingFact> Questions(int m, uint bits, ref ExplanationNode? familyScope)
        {
            // One open requirement (the usual pending member): its node's questions are the member's when none is
            // asked twice — the same questions in the same order, and lists are never changed once made.
            if (System.Numerics.BitOperations.PopCount(bits) == 1
                && Node(m, System.Numerics.BitOperations.TrailingZeroCount(bits), ref familyScope) is { Result: Truth.Unknown } open
                && DistinctLists.Count(open.Missing) > 0 && DistinctLists.IsDistinct(open.Missing))
            {
                return open.Missing;
            }

            var questions = new List<MissingFact>();
            for (; bits != 0; bits &= bits - 1)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                var node = Node(m, bit, ref familyScope);
                if (node is null)
                {
                    continue;
                }

                if (node.Result == Truth.Unknown)
                {
                    questions.AddDistinct(node.Missing);
                }
                else
                {
                    var index = m;
                    // The passport element, or a regime's restatement of it (§ 104a) with the IMK block as its child.
                    var passport = node.ElementId == ImkElements.Passport.Id || (node.Children.Count == 1 && node.Children[0].ElementId == ImkElements.Passport.Id);
                    var path = passport ? $"$.members[{index}].identity.validPassport" : $"$.members[{index}].germanLevel";
                    questions.AddDistinct([new MissingFact(path, Label.Later(node, static n => ($"Noch zu erfüllen: {n.Label.De}", $"still to be met: {n.Label.En}")))]);
                }
            }

            return questions;
        }

        private ExplanationNode? Node(int m, int bit, ref ExplanationNode? familyScope)
        {
            var i = _regime.CheckableIndexes[bit];
            var element = _regime.Elements[i];
            if (element.Role == ElementRole.FamilyScope)
            {
                return familyScope ??= FamilyScope(m);
            }

            return element.Level == ElementLevel.Household ? _householdNodes[i] : _memberNodes[(m * _regime.MemberElements.Length) + _regime.MemberSlot[i]];
        }

        /// <summary>Most other members' exclusion grounds listed under one member's family-scope node.</summary>
        private const int MaxReferences = 3;

        private (List<(int Member, ExplanationNode Node)>? First, int Total)? _grounds;

        /// <summary>
        /// Every member's failed and open exclusion grounds, counted once: per member and in total, and the first few
        /// in the order the family-scope node lists them (refusals first, by member) — enough for any member after it
        /// skips its own. Linear in the household, where each member scanning every other one was quadratic.
        /// </summary>
        private (List<(int Member, ExplanationNode Node)>? First, int Total) Grounds()
        {
            if (_grounds is { } done)
            {
                return done;
            }

            var s = _regime.MemberElements.Length;
            var slot = _regime.MemberSlot;
            var n = h.MemberArray.Length;
            var of = _groundsOf;
            var checkable = _regime.CheckableIndexes;
            var spreading = 0u;
            for (var bits = plan.Spreading & _regime.ExclusionMask; bits != 0; bits &= bits - 1)
            {
                // Only member grounds that reach other members are referred to (§ 104a Abs. 3: convictions only); an
                // element's bit is where it stands among the checkable ones (no lookup by id per household), and the
                // exclusion grounds are the bits of ExclusionMask.
                var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (_regime.Elements[checkable[bit]].Level == ElementLevel.Member)
                {
                    spreading |= RegimePlan.Bit(bit);
                }
            }

            if (plan.FamilyScopeBit >= 0)
            {
                spreading &= ~RegimePlan.Bit(plan.FamilyScopeBit);   // element 22 has no node of its own here
            }

            // The checkable and the member elements both stand in the regime's order, so the spreading bits in
            // ascending order visit a member's grounds in the order of its member elements. The verdicts are read from
            // the rows (each is its node's verdict, True where there is no node), so only a listed ground's node is read.
            var keep = MaxReferences + System.Numerics.BitOperations.PopCount(spreading);
            List<(int, ExplanationNode)>? first = null;   // most households have no ground to refer to
            var total = 0;
            foreach (var wanted in (ReadOnlySpan<Truth>)[Truth.False, Truth.Unknown])
            {
                var taken = 0;
                for (var j = 0; j < n; j++)
                {
                    var row = j * DecisionProcedure.Stride;
                    for (var bits = spreading; bits != 0; bits &= bits - 1)
                    {
                        var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                        if (_rows[row + bit] == (byte)wanted)
                        {
                            of[j]++;
                            total++;
                            if (taken < keep)
                            {
                                (first ??= []).Add((j, _memberNodes[(j * s) + slot[checkable[bit]]]!));
                                taken++;
                            }
                        }
                    }
                }
            }

            _grounds = (first, total);
            return _grounds.Value;
        }

        /// <summary>
        /// Element 22 as the procedure decided it, with the other members' exclusion grounds that reach this member
        /// (A19 <c>Family.ExclusionScope</c>). Another member's ground is referred to by a small node (element, verdict,
        /// member, questions) instead of its whole subtree, which stands in that member's own part of the tree; at most
        /// three are listed (refusals first) and the rest counted, so the explanation grows linearly with the household.
        /// </summary>
        private ExplanationNode FamilyScope(int self)
        {
            var meta = _regime.CheckableElements[plan.FamilyScopeBit].Meta;
            var result = (Truth)_rows[(self * DecisionProcedure.Stride) + plan.FamilyScopeBit];
            var person = h.MemberArray[self].Person;
            if (plan.Spreading == 0)
            {
                return new ExplanationNode(meta, Truth.True, person.Id, OnlyThePerson, [], []);
            }

            var (first, total) = Grounds();
            var of = _groundsOf;

            // Most members have no other member's ground to list: then the node has no child list of its own.
            List<ExplanationNode>? listed = null;
            for (var k = 0; k < (first?.Count ?? 0); k++)
            {
                var (j, ground) = first![k];
                if (j != self && (listed?.Count ?? 0) < MaxReferences)
                {
                    (listed ??= new List<ExplanationNode>(MaxReferences + 1)).Add(new ExplanationNode(ground.Element, ground.Result, ground.Subject, SeeOwnNode, ground.Missing, []));
                }
            }

            var unlisted = total - of[self] - (listed?.Count ?? 0);
            Label? detail = unlisted <= 0 ? null : Label.Later(unlisted, static k => ($"und {k} weitere Ausschlussgründe anderer Mitglieder (siehe deren Knoten)", $"and {k} more exclusion grounds of other members (see their nodes)"));
            if (plan.SpreadWholeHardship != 0 && person.Role == HouseholdRole.Spouse && total - of[self] > 0)
            {
                detail = detail is null ? SpouseHardshipChecked : Label.Later((detail, SpouseHardshipChecked), static x => ($"{x.Item2.De}; {x.detail.De}", $"{x.Item2.En}; {x.detail.En}"));
                if (person.SpouseHardship is null && result == Truth.Unknown)
                {
                    (listed ??= new List<ExplanationNode>(1)).Add(new ExplanationNode(SpouseHardshipMeta, Truth.Unknown, person.Id, null,
                        [new MissingFact(h.MemberArray[self].Path("spouseHardship").ToString(), new Label("Wäre die Ablehnung eine besondere Härte für den Ehegatten?", "Would refusal be a particular hardship for the spouse?"))], []));
                }
            }

            return listed is null
                ? new ExplanationNode(meta, result, person.Id, detail, [], [])
                : new ExplanationNode(meta, result, person.Id, detail, MissingFacts.OfUnknown(listed), listed);
        }
    }

    private static readonly Label OnlyThePerson = new("Ausschlussgründe wirken nur für die Person selbst", "exclusion grounds affect only the person");

    private static readonly Label SeeOwnNode = new("siehe den eigenen Knoten dieses Mitglieds", "see this member's own node");

    private static readonly Label SpouseHardshipChecked = new("Härtefallausnahme für Ehegatten geprüft", "spouse hardship exception checked");

    private static ExplanationNode InForce(DateOnly decision) => new(S104aElements.InForce,
        (decision >= S104aElements.InForceDate).ToTruth(), null,
        Label.Later(decision, static d => ($"Entscheidung {Ask.D(d)}", $"decision {Ask.D(d)}")), [], []);

    /// <summary>A capped minor: the best-placed adult's outcome, with the grounds and questions of the adults tied with it.</summary>
    private static PersonDecision Capped(ReadOnlySpan<MemberState> states, PersonDecision[] decisions, int child, int adult, Regime regime)
    {
        var best = decisions[adult];
        var rank = DecisionProcedure.Rank(best.Outcome);
        var grounds = new List<string>();
        var missing = new List<MissingFact>();
        for (var i = 0; i < decisions.Length; i++)
        {
            if (!states[i].MinorChild && DecisionProcedure.Rank(decisions[i].Outcome) == rank)
            {
                grounds.AddDistinct(decisions[i].Grounds);
                missing.AddDistinct(decisions[i].Missing);
            }
        }

        grounds.Sort(StringComparer.Ordinal);
        var own = decisions[child];
        var capNode = new ExplanationNode(ParentsStatus, Truth.False, own.PersonId,
            Label.Later(best, static b => ($"Eltern: {b.Outcome} ({b.PersonId})", $"parents: {b.Outcome} ({b.PersonId})")), [], [best.Explanation]);
        var node = own.Explanation with
        {
            Element = OutcomeMeta(best.Outcome, regime),
            Result = Verdict(best.Outcome),
            Missing = missing,
            Children = [.. own.Explanation.Children, capNode],
        };
        return own with { Outcome = best.Outcome, Grounds = grounds, Missing = missing, ValidUntil = best.ValidUntil, Explanation = node };
    }

    /// <summary>
    /// A minor whose cap depends on the unknown age of a child (itself or another): pending, with that child's birth
    /// date as the question (<see cref="DecisionProcedure"/>, OpenCaps).
    /// </summary>
    private static PersonDecision CapOpen(PersonDecision own, int child, string childId)
    {
        var question = new MissingFact($"$.members[{child}].birthDate", Label.Later(childId, static id => (
            $"Geburtsdatum von {id} (volljährig am Stichtag? Dann entscheidet es selbst und zählt zu den Erwachsenen)?",
            $"Birth date of {id} (of age at the reference date? Then it decides its own case and counts among the adults)?")));
        var missing = new List<MissingFact>(own.Missing);
        if (!missing.Exists(m => m.Path == question.Path))
        {
            missing.Add(question);
        }

        var capNode = new ExplanationNode(ParentsStatus, Truth.Unknown, own.PersonId,
            Label.Later(childId, static id => ($"hängt vom Alter von {id} ab", $"depends on the age of {id}")), [question], []);
        var node = own.Explanation with { Missing = missing, Children = [.. own.Explanation.Children, capNode] };
        return own with { Missing = missing, Explanation = node };
    }

    private static readonly MissingFact DecisionDateQuestion = new("$.decisionDate", new Label("Datum der Entscheidung (vor oder nach Ablauf der Frist zur Arbeitsaufnahme)?", "Date of the decision (before or after the work take-up deadline)?"));

    private static readonly MissingFact ConversionDateQuestion = new("$.decisionDate", new Label("Datum der Entscheidung (vor oder nach Inkrafttreten von § 104a)?", "Date of the decision (before or after § 104a entered into force)?"));

    /// <summary>The verdict shown on an outcome node: granted [+], refused [-], open [?].</summary>
    private static Truth Verdict(Outcome outcome) => outcome switch
    {
        Outcome.ResidencePermit or Outcome.StatutoryPermit104a or Outcome.ProbationPermit104a or Outcome.DiscretionaryPermit or Outcome.JobSearchDuldung or Outcome.WithdrawnOrSettled => Truth.True,
        Outcome.Refusal or Outcome.NoApplication => Truth.False,
        _ => Truth.Unknown,
    };

    private static readonly RuleMeta SpouseHardshipMeta = new(
        ImkElements.FamilyScope.Id + "/SpouseHardship",
        new Label("besondere Härte für Ehegatten", "particular hardship for the spouse"),
        [Citation.Background("§ 104a Abs. 3 S. 2 AufenthG")]);

    private static readonly RuleMeta MixedMeta = new("IMK.Outcome.Mixed", new Label("unterschiedliche Ergebnisse im Haushalt", "different outcomes within the household"), [Citation.Derived("rules.md 5.2: per-person and household results")]);

    /// <summary>The node of an outcome under a regime: its own where it names one (the extension's permit "auf Probe" until 31.12.2011).</summary>
    private static RuleMeta OutcomeMeta(Outcome outcome, Regime regime)
        => regime.Policies.OutcomeMetas is { } own && own.TryGetValue(outcome, out var meta) ? meta : OutcomeMeta(outcome);

    private static RuleMeta OutcomeMeta(Outcome outcome) => outcome switch
    {
        Outcome.ResidencePermit => ImkElements.ResidencePermit,
        Outcome.StatutoryPermit104a => S104aElements.ToStatute,
        Outcome.ProbationPermit104a => S104aElements.OnProbation,
        Outcome.DiscretionaryPermit => S104aElements.Discretionary,
        Outcome.JobSearchDuldung => ImkElements.JobSearchDuldung,
        Outcome.Refusal => ImkElements.Refusal,
        Outcome.WithdrawnOrSettled => ImkElements.WithdrawnOrSettled,
        Outcome.NoApplication => ImkElements.Application,
        Outcome.Mixed => MixedMeta,
        _ => ImkElements.Pending,
    };
}
