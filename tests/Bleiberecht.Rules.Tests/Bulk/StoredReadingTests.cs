using Bleiberecht.Rules.Bulk;
using Bleiberecht.Rules.Facts;
using Bleiberecht.Rules.Logic;
using Bleiberecht.Rules.Options;
using Bleiberecht.Rules.Regimes.Imk2006;
using Bleiberecht.Rules.Regimes.Kernels;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Tests.Bulk;

/// <summary>
/// What the batch stores in place of a kernel run is what the kernel gives. The oracle is the kernel on the person's
/// object graph (the explain path's facts), under every language option there is, on two decision days.
/// </summary>
public class StoredReadingTests
{
    private static readonly LanguageOptions[] EveryLanguageOption =
    [
        .. from level in Enum.GetValues<CefrLevel>()
           from proof in Enum.GetValues<LanguageProofMode>()
           from deficit in Enum.GetValues<LanguageDeficitOutcome>()
           select new LanguageOptions { RequiredLevel = level, ProofMode = proof, DeficitOutcome = deficit },
    ];

    [Property(MaxTest = 200, Arbitrary = [typeof(BulkGenerators)])]
    public void The_stored_german_verdict_is_the_kernels_wherever_a_rule_set_reads_it(Population population)
    {
        var batch = HouseholdBatch.Create(population.Households);
        var persons = population.Households.SelectMany(h => h.Members).ToList();
        var read = 0;
        for (var p = 0; p < persons.Count; p++)
        {
            if (persons[p].GermanLevelSince is not null)
            {
                continue;   // a dated level reads the decision date: the kernel runs (CompiledRuleSet.LanguageShift is not consulted)
            }

            foreach (var o in EveryLanguageOption)
            {
                var reading = LanguageReading.Of(o);
                if (reading < 0)
                {
                    continue;
                }

                var stored = (Truth)((batch.Persons[p].Language >> (2 * reading)) & 3);
                foreach (var day in new[] { Days.None, new DateOnly(2007, 6, 1).DayNumber })
                {
                    var facts = new MemberFacts(persons[p]);
                    var trace = default(NoTrace);
                    var kernel = LanguageKernel.Language(ref facts, ref trace, o, day);
                    Assert.True(kernel == stored, $"person {p} ({persons[p].GermanLevel}), options {o}, day {day}: kernel {kernel}, stored {stored}");
                    read++;
                }
            }
        }

        Assert.True(persons.All(x => x.GermanLevelSince is not null) || read > 0);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(BulkGenerators)])]
    public void The_stored_conviction_threshold_is_the_kernels_on_the_households_decision_date(Population population)
    {
        var batch = HouseholdBatch.Create(population.Households);
        var p = 0;
        foreach (var household in population.Households)
        {
            var day = household.DecisionDate?.DayNumber ?? Days.None;
            foreach (var person in household.Members)
            {
                var facts = new MemberFacts(person);
                var trace = default(NoTrace);
                var kernel = ConvictionKernel.Threshold(ref facts, ref trace, ConvictionReading.Stored, day);
                Assert.True(kernel == batch.Persons[p].ConvictionThreshold, $"person {p}: kernel {kernel}, stored {batch.Persons[p].ConvictionThreshold}");
                p++;
            }
        }
    }

    [Fact]
    public void The_stored_conviction_threshold_holds_only_for_the_base_thresholds()
    {
        var b = new ExclusionOptions();
        Assert.True(ConvictionReading.Holds(b));
        Assert.True(ConvictionReading.Holds(b with { ConvictionDiscretionaryOverride = !b.ConvictionDiscretionaryOverride }));
        Assert.False(ConvictionReading.Holds(b with { ConvictionDayFinesGeneral = b.ConvictionDayFinesGeneral + 1 }));
        Assert.False(ConvictionReading.Holds(b with { ConvictionDayFinesForeignerOnly = b.ConvictionDayFinesForeignerOnly - 1 }));
    }

    [Fact]
    public void Only_the_level_every_land_requires_is_stored()
    {
        // A2 (L4179-4180): other levels run the kernel.
        Assert.All(EveryLanguageOption, o => Assert.Equal(o.RequiredLevel == CefrLevel.A2, LanguageReading.Of(o) >= 0));
        Assert.Equal(4, EveryLanguageOption.Where(o => o.RequiredLevel == CefrLevel.A2).Select(LanguageReading.Of).Distinct().Count());
    }
}
