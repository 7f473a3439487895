using OrderFlow.Core.Reporting;

namespace OrderFlow.Tests.Reporting;

public class DurationHistogramTests
{
    static DurationHistogram Of(params long[] seconds)
    {
        var histogram = new DurationHistogram();
        foreach (var s in seconds)
        {
            histogram.Add(s);
        }
        return histogram;
    }

    [Fact]
    public void Percentile_TenValues_NearestRank()
    {
        var histogram = Of(10, 1, 9, 2, 8, 3, 7, 4, 6, 5);

        Assert.Equal((5L, 9L, 10L, 1L), (histogram.Percentile(50), histogram.Percentile(90), histogram.Percentile(100), histogram.Percentile(1)));
    }

    [Fact]
    public void Percentile_Empty_Null() => Assert.Null(new DurationHistogram().Percentile(50));

    [Fact]
    public void Add_LongDurations_RoundedDownToThreeSignificantDigits()
    {
        var histogram = Of(999, 1_234, 1_239, 93_600, 604_799);

        Assert.Equal(
            [999L, 1_230, 1_230, 93_600, 604_000],
            Enumerable.Range(1, 5).Select(rank => histogram.Percentile(rank * 20)!.Value));
    }

    [Fact]
    public void ToText_BucketGapsWithCountsAboveOne()
    {
        // Buckets: 5 s, 999 s, 1,000 s (the first of 100..999 × 10), 1,230 s (23 further on).
        Assert.Equal("5 994 1*2 23", Of(5, 999, 1_000, 1_009, 1_230).ToText());
    }

    [Fact]
    public void Add_OtherHistograms_SameAsAddingEveryValue()
    {
        var merged = Of(5, 7_200);
        merged.Add(Of(7_200, 61));
        merged.Add(new DurationHistogram());

        Assert.Equal(Of(5, 7_200, 7_200, 61).ToText(), merged.ToText());
        Assert.Equal(4, merged.Count);
    }

    [Fact]
    public void Parse_ItsOwnText_SameHistogram()
    {
        var histogram = Of(0, 3, 3, 86_400, 1_000_000);

        var parsed = DurationHistogram.Parse(histogram.ToText());

        Assert.Equal((histogram.ToText(), 5L), (parsed.ToText(), parsed.Count));
    }
}
