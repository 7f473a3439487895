using System.Diagnostics;

namespace OrderFlow.Benchmarks;

/// <summary>
/// Times reads that take turns, one after another, so that a slower moment of Azurite falls on all of them alike.
/// Each read answers how many rows it got; any other count than expected stops the run (a wrong page is no figure).
/// </summary>
static class Interleaved
{
    public static async Task<Stats[]> MeasureAsync(int warmUp, int count, int expectedRows, params Func<Task<int>>[] reads)
    {
        var samples = reads.Select(_ => new List<double>(count)).ToArray();
        for (var i = 0; i < warmUp + count; i++)
        {
            for (var r = 0; r < reads.Length; r++)
            {
                var time = await TimeAsync(reads[r], expectedRows);
                if (i >= warmUp)
                {
                    samples[r].Add(time);
                }
            }
        }
        return [.. samples.Select(Stats.Of)];
    }

    static async Task<double> TimeAsync(Func<Task<int>> read, int expectedRows)
    {
        var watch = Stopwatch.StartNew();
        var rows = await read();
        return rows == expectedRows ? watch.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"Read {rows} rows, not {expectedRows}.");
    }
}
