using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Predicates;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;
using static Bleiberecht.Rules.Tests.TestCases;

namespace Bleiberecht.Rules.Tests.Regimes;

/// <summary>
/// Element 19's questions and detail live in <see cref="ConvictionKernel"/> behind the tracer, so they must read the
/// same through either fact accessor: the object graph (explain path) and the batch, whose tallies were summed when it
/// was built and whose records and erasure come from the source household (found by the person's index, across empty
/// households). The expected questions are derived by hand from the erasure rules (§§ 46, 47, 51 BZRG [background]).
/// </summary>
public class ConvictionKernelTracingTests
{
    /// <summary>
    /// 60 day-fines, intentional, place of offence and judgment date unknown, decided 15.6.2007: in the person's favour
    /// the offence was abroad (nothing counts) and the register erasable (a fine of at most 90 day-fines, 5 years, from a
    /// judgment date early enough); against, it counts and 60 exceeds 50. Open — and open exactly on the place of the
    /// offence and on the judgment date that starts the erasure period.
    /// </summary>
    private static readonly Conviction Open = new()
    {
        InGermany = null,
        Culpability = Culpability.Intentional,
        Sentence = SentenceKind.DayFines,
        DayFines = 60,
        ForeignerOnlyOffence = false,
        Date = null,
    };

    private static readonly Household Empty = Household("empty") with { Members = [] };

    private static readonly IReadOnlyList<Household> Households =
    [
        Empty,
        Family().With("spouse", p => p with { Convictions = [Open] }),
        Empty,
        Single().With("applicant", p => p with { Convictions = [Open with { InGermany = true, Date = D("2005-01-10") }] }),
    ];

    private static Check OverObjects(Person person, int member, ExclusionOptions o, int decisionDay)
    {
        var facts = new MemberFacts(person);
        var trace = new CheckTrace(member);
        return trace.ToCheck(ConvictionKernel.Threshold(ref facts, ref trace, o, decisionDay));
    }

    private static Check OverBatch(HouseholdBatch batch, int person, int member, ExclusionOptions o, int decisionDay)
    {
        var facts = new BatchPersonFacts(batch, person);
        var trace = new CheckTrace(member);
        return trace.ToCheck(ConvictionKernel.Threshold(ref facts, ref trace, o, decisionDay));
    }

    [Fact]
    public void An_open_conviction_asks_for_the_place_of_the_offence_and_the_judgment_date()
    {
        var spouse = Households[1].Members[1];
        var check = OverObjects(spouse, 1, new ExclusionOptions(), D("2007-06-15").DayNumber);

        Assert.Equal(Truth.Unknown, check.Result);
        Assert.Equal(["$.members[1].convictions[0].inGermany", "$.members[1].convictions[0].date"], check.Missing.Select(m => m.Path));
    }

    [Fact]
    public void The_batch_accessor_traces_the_same_questions_and_detail_as_the_object_graph()
    {
        var batch = HouseholdBatch.Create(Households);
        var o = new ExclusionOptions();
        var person = 0;
        var compared = 0;
        foreach (var household in Households)
        {
            var decisionDay = Days.Of(household.DecisionDate);
            for (var member = 0; member < household.Members.Count; member++, person++)
            {
                var expected = OverObjects(household.Members[member], member, o, decisionDay);
                var actual = OverBatch(batch, person, member, o, decisionDay);
                Assert.Equal(expected.Result, actual.Result);
                Assert.Equal(expected.Detail?.De, actual.Detail?.De);
                Assert.Equal(expected.Detail?.En, actual.Detail?.En);
                Assert.Equal(expected.Missing.Select(m => m.Path), actual.Missing.Select(m => m.Path));
                compared++;
            }
        }

        Assert.Equal(batch.PersonCount, compared);
    }
}
