using Azure.Storage.Queues;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>Waits for an app's email outbox to hold nothing, so that counting what the mail server got is final.</summary>
static class OutboxDrain
{
    /// <summary>
    /// Until the outbox queue is empty. Its count includes messages not yet visible (a retry waiting its turn, one
    /// being sent), so every email queued so far has then been sent or given up: a duplicate would be in by now.
    /// </summary>
    public static async Task WaitAsync(TestNames names)
    {
        var shared = await SharedServices.GetAsync();
        var outbox = new QueueClient(shared.StorageConnection, names.OutboxQueue);
        await Eventually.WaitForAsync(
            async () => (await outbox.GetPropertiesAsync()).Value.ApproximateMessagesCount, n => n == 0, TimeSpan.FromSeconds(60), $"the outbox {names.OutboxQueue} to empty");
    }
}
