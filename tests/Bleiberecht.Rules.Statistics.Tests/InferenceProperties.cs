using Bleiberecht.Rules.Statistics.Inference;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bleiberecht.Rules.Statistics.Tests;

public class InferenceProperties
{
    private static (int K, int N) Counts(int a, int b)
    {
        var n = (int)(Math.Abs((long)b) % 5000) + 1;
        var k = (int)(Math.Abs((long)a) % (n + 1));
        return (k, n);
    }

    [Property]
    public bool Rate_and_intervals_lie_in_unit_interval(int a, int b)
    {
        var (k, n) = Counts(a, b);
        var r = RateEstimate.Create("m", "k/n", k, n, []);
        return r.Estimate is >= 0 and <= 1
            && r.Wilson!.Lower >= 0 && r.Wilson.Upper <= 1
            && r.ClopperPearson!.Lower >= 0 && r.ClopperPearson.Upper <= 1;
    }

    [Property]
    public bool Intervals_contain_the_point_estimate(int a, int b)
    {
        var (k, n) = Counts(a, b);
        var p = (double)k / n;
        var w = ProportionIntervals.Wilson(k, n);
        var cp = ProportionIntervals.ClopperPearson(k, n);
        return w.Lower <= p + 1e-12 && p <= w.Upper + 1e-12 && cp.Lower <= p + 1e-12 && p <= cp.Upper + 1e-12;
    }

    [Property]
    public bool Interval_narrows_as_n_grows_for_fixed_proportion(int a, int b, int c)
    {
        // Fixed proportion k/n, compared with (m·k)/(m·n) for m >= 2.
        var n = (int)(Math.Abs((long)b) % 200) + 1;
        var k = (int)(Math.Abs((long)a) % (n + 1));
        var m = (int)(Math.Abs((long)c) % 9) + 2;
        var w1 = ProportionIntervals.Wilson(k, n);
        var w2 = ProportionIntervals.Wilson(k * m, n * m);
        var c1 = ProportionIntervals.ClopperPearson(k, n);
        var c2 = ProportionIntervals.ClopperPearson(k * m, n * m);
        return w2.Upper - w2.Lower < w1.Upper - w1.Lower && c2.Upper - c2.Lower < c1.Upper - c1.Lower;
    }

    [Property]
    public Property Holm_adjusted_p_is_at_least_raw_and_monotone()
    {
        var gen = Gen.Choose(0, 1_000_000).Select(x => x / 1_000_000.0).ArrayOf().Where(a => a.Length > 0);
        return Prop.ForAll(gen.ToArbitrary(), ps =>
        {
            var adj = HolmCorrection.Adjust(ps);
            var order = Enumerable.Range(0, ps.Length).OrderBy(i => ps[i]).ToArray();
            var geRaw = ps.Select((p, i) => adj[i] >= p && adj[i] <= 1).All(x => x);
            var monotone = order.Zip(order.Skip(1)).All(pair => adj[pair.First] <= adj[pair.Second]);
            return geRaw && monotone;
        });
    }
}
