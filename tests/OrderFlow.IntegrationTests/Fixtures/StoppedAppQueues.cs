using Azure.Storage.Queues;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Deletes the queues of a test app once its hosts have stopped: every queue whose name holds the app's suffix (its
/// task hub's, its own and their poison queues). Azurite keeps the messages of all its queues in one collection and
/// passes over every one on each receive, so what a stopped app leaves (durable timers hidden for days, such as its
/// orders' stage limits) would slow every other app's polling for the rest of the run. Measured on Azurite 3.37.0, a
/// receive from an empty queue took 2 ms with no message held elsewhere, 12 ms with 2,000 and 81 ms with 10,000.
/// Disposing an instance deletes them: declared before a test's hosts, it runs after they are gone.
/// </summary>
sealed class StoppedAppQueues(string storageConnection, TestNames names) : IAsyncDisposable
{
    public static async Task DeleteAsync(string storageConnection, TestNames names)
    {
        var queues = new QueueServiceClient(storageConnection);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            if (queue.Name.Contains(names.Suffix, StringComparison.OrdinalIgnoreCase))
            {
                await queues.GetQueueClient(queue.Name).DeleteIfExistsAsync();
            }
        }
    }

    public async ValueTask DisposeAsync() => await DeleteAsync(storageConnection, names);
}
