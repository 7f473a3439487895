using Azure;
using Azure.Data.Tables;

namespace OrderFlow.Core.Storage;

/// <summary>
/// Read-modify-write against Table storage with ETags: when another writer got there first (409/412), wait a random,
/// growing while and redo the whole attempt from a fresh read. Random waits spread out a crowd racing for one row
/// (a flash sale on one SKU, many invoices at once) instead of letting it collide again in step.
/// </summary>
public static class OptimisticConcurrency
{
    const int MaxAttempts = 50;
    static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(1);

    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception ex) when (IsConflict(ex) && tries < MaxAttempts)
            {
                var ceiling = Math.Min(MaxWait.TotalMilliseconds, 10 * Math.Pow(2, tries));
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling), cancellationToken);
            }
        }
    }

    public static bool IsConflict(Exception ex) => ex switch
    {
        TableTransactionFailedException failed => failed.Status is 409 or 412,
        RequestFailedException failed => failed.Status is 409 or 412,
        _ => false,
    };
}
