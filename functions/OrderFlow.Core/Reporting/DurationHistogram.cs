using System.Globalization;
using System.Text;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// Counts of durations in whole seconds, mergeable across days, answering exact nearest-rank percentiles.
/// Durations under 1,000 s are kept exactly; longer ones are rounded down to three significant digits (at most
/// 0.1% low). So a day holds at most about 3,500 buckets whatever its volume, while any duration with three
/// significant digits (2 h = 7,200 s, 26 h = 93,600 s) is kept exactly.
/// </summary>
public sealed class DurationHistogram
{
    readonly SortedDictionary<long, long> counts = [];

    public long Count { get; private set; }

    public void Add(long seconds, long times = 1)
    {
        var bucket = Bucket(Math.Max(0, seconds));
        counts[bucket] = counts.GetValueOrDefault(bucket) + times;
        Count += times;
    }

    public void Add(DurationHistogram other)
    {
        foreach (var (bucket, times) in other.counts)
        {
            Add(bucket, times);
        }
    }

    /// <summary>Nearest rank: the smallest duration with at least <paramref name="percent"/>% of all at or below it.</summary>
    public long? Percentile(int percent)
    {
        if (Count == 0)
        {
            return null;
        }
        var rank = Math.Max(1, (long)Math.Ceiling(Count * percent / 100m));
        var seen = 0L;
        foreach (var (bucket, times) in counts)
        {
            seen += times;
            if (seen >= rank)
            {
                return bucket;
            }
        }
        return counts.Keys.Last();
    }

    /// <summary>"seconds:count seconds:count ..." in ascending order: compact, and fast to read back.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var (bucket, times) in counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(text.Length > 0 ? " " : "")}{bucket}:{times}");
        }
        return text.ToString();
    }

    public static DurationHistogram Parse(string? text)
    {
        var histogram = new DurationHistogram();
        foreach (var pair in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            histogram.Add(
                long.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture),
                long.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture));
        }
        return histogram;
    }

    static long Bucket(long seconds)
    {
        var scale = 1L;
        while (seconds / scale >= 1000)
        {
            scale *= 10;
        }
        return seconds / scale * scale;
    }
}
