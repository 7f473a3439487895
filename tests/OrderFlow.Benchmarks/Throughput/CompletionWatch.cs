using System.Diagnostics;
using Azure;
using Azure.Data.Tables;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// Waits until a table holds the expected number of rows in a finished status, reading Azurite directly (not through
/// the counting proxy) so that watching adds nothing to the counts. Fails fast when any row ends another way.
/// </summary>
static class CompletionWatch
{
    // Each look scans the table in Azurite, whose CPU is measured: look seldom.
    static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static async Task<DateTimeOffset> WaitAsync(
        TableClient table, string? filter, string statusColumn, int expected, IReadOnlySet<string> failures, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
            var lastCompleted = DateTimeOffset.MinValue;
            try
            {
                await foreach (var row in table.QueryAsync<TableEntity>(filter, select: [statusColumn, "Timestamp"]))
                {
                    var status = row.GetString(statusColumn) ?? "";
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status == "Completed" && row.Timestamp > lastCompleted)
                    {
                        lastCompleted = row.Timestamp.Value;
                    }
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // The app creates its tables on first use: none yet, no rows yet.
            }
            if (statuses.Keys.FirstOrDefault(failures.Contains) is { } failed)
            {
                throw new InvalidOperationException($"{statuses[failed]} rows of {table.Name} ended {failed}; counts: {Describe(statuses)}.");
            }
            if (statuses.GetValueOrDefault("Completed") >= expected)
            {
                return lastCompleted;
            }
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"{table.Name}: not all {expected} completed within {timeout}; counts: {Describe(statuses)}.");
            }
            await Task.Delay(PollInterval);
        }
    }

    static string Describe(Dictionary<string, int> statuses) => string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"));
}
