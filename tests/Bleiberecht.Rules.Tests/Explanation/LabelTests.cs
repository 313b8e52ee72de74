using Bleiberecht.Rules.Explanation;
using Xunit;

namespace Bleiberecht.Rules.Tests.Explanation;

/// <summary>Deferred labels must behave exactly like eager ones once read, and format only when read.</summary>
public sealed class LabelTests
{
    private sealed class Counter
    {
        public int Calls;
    }

    [Fact]
    public void A_deferred_label_formats_on_first_read_only_and_once()
    {
        var counter = new Counter();
        var label = Label.Later((counter, 42), static s =>
        {
            Interlocked.Increment(ref s.counter.Calls);
            return ($"{s.Item2} Tage", $"{s.Item2} days");
        });

        Assert.Equal(0, counter.Calls);
        Assert.Equal("42 days", label.En);
        Assert.Equal("42 Tage", label.De);
        Assert.Equal("42 days", label.In(Language.En));
        Assert.Equal(1, counter.Calls);
    }

    [Fact]
    public void Deferred_and_eager_labels_with_the_same_texts_are_equal_with_equal_hashes()
    {
        var eager = new Label("Antrag vom 2007-01-02", "application of 2007-01-02");
        var byState = Label.Later(new DateOnly(2007, 1, 2), static d => ($"Antrag vom {d:yyyy-MM-dd}", $"application of {d:yyyy-MM-dd}"));
        var byClosure = Label.Later(() => ("Antrag vom 2007-01-02", "application of 2007-01-02"));

        Assert.Equal(eager, byState);
        Assert.Equal(byState, byClosure);
        Assert.Equal(eager.GetHashCode(), byState.GetHashCode());
        Assert.NotEqual(eager, Label.Later(1, static n => ($"{n}", $"{n}")));
    }

    [Fact]
    public void Concurrent_first_reads_all_see_both_texts()
    {
        for (var round = 0; round < 200; round++)
        {
            var label = Label.Later(round, static r => ($"de {r}", $"en {r}"));
            var seen = new string[8];
            Parallel.For(0, seen.Length, i => seen[i] = i % 2 == 0 ? label.De + "|" + label.En : label.En + "|" + label.De);
            for (var i = 0; i < seen.Length; i++)
            {
                Assert.Equal(i % 2 == 0 ? $"de {round}|en {round}" : $"en {round}|de {round}", seen[i]);
            }
        }
    }

    [Fact]
    public void Null_texts_and_formatters_are_rejected_at_construction()
    {
        Assert.Throws<ArgumentNullException>(() => new Label(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => new Label("x", null!));
        Assert.Throws<ArgumentNullException>(() => Label.Later(null!));
        Assert.Throws<ArgumentNullException>(() => Label.Later(1, null!));
    }
}
