using System.Globalization;
using System.Text;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// Counts of durations in whole seconds, mergeable across days, answering exact nearest-rank percentiles.
/// Durations under 1,000 s are kept exactly; longer ones are rounded down to three significant digits (at most
/// 0.1% low). So a day holds at most about 5,000 buckets (up to a year) whatever its volume, while any duration
/// with three significant digits (2 h = 7,200 s, 26 h = 93,600 s) is kept exactly.
/// </summary>
public sealed class DurationHistogram
{
    // Bucket i < 1000 is i seconds; above, each further power of ten has 900 buckets (100..999 times it).
    const int ExactBelow = 1000, PerDecade = 900;

    readonly Dictionary<int, long> counts = [];

    public long Count { get; private set; }

    public void Add(long seconds) => AddToBucket(Bucket(Math.Max(0, seconds)), 1);

    public void Add(DurationHistogram other)
    {
        foreach (var (bucket, times) in other.counts)
        {
            AddToBucket(bucket, times);
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
        var buckets = counts.Keys.Order().ToList();
        foreach (var bucket in buckets)
        {
            seen += counts[bucket];
            if (seen >= rank)
            {
                return Seconds(bucket);
            }
        }
        return Seconds(buckets[^1]);
    }

    /// <summary>
    /// The buckets in ascending order as "gap[*count] ...": each gap is the distance from the previous bucket and
    /// the count is left out when it is 1, so a busy day's histogram stays a few characters a bucket.
    /// </summary>
    public string ToText()
    {
        var text = new StringBuilder();
        var previous = 0;
        foreach (var bucket in counts.Keys.Order())
        {
            text.Append(CultureInfo.InvariantCulture, $"{(text.Length > 0 ? " " : "")}{bucket - previous}");
            if (counts[bucket] != 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"*{counts[bucket]}");
            }
            previous = bucket;
        }
        return text.ToString();
    }

    public static DurationHistogram Parse(string? text)
    {
        var histogram = new DurationHistogram();
        var bucket = 0;
        foreach (var range in (text ?? "").AsSpan().Split(' '))
        {
            var entry = (text ?? "").AsSpan()[range];
            if (entry.IsEmpty)
            {
                continue;
            }
            var star = entry.IndexOf('*');
            bucket += int.Parse(star < 0 ? entry : entry[..star], CultureInfo.InvariantCulture);
            histogram.AddToBucket(bucket, star < 0 ? 1 : long.Parse(entry[(star + 1)..], CultureInfo.InvariantCulture));
        }
        return histogram;
    }

    void AddToBucket(int bucket, long times)
    {
        counts[bucket] = counts.GetValueOrDefault(bucket) + times;
        Count += times;
    }

    static int Bucket(long seconds)
    {
        if (seconds < ExactBelow)
        {
            return (int)seconds;
        }
        var (mantissa, decades) = (seconds, 0);
        while (mantissa >= 1000)
        {
            (mantissa, decades) = (mantissa / 10, decades + 1);
        }
        return ExactBelow + ((decades - 1) * PerDecade) + (int)(mantissa - 100);
    }

    static long Seconds(int bucket) => bucket < ExactBelow
        ? bucket
        : (((bucket - ExactBelow) % PerDecade) + 100) * (long)Math.Pow(10, ((bucket - ExactBelow) / PerDecade) + 1);
}
