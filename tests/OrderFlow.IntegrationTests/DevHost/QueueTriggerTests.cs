using System.Text.Json;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.TestFunctions;

namespace OrderFlow.IntegrationTests.DevHost;

[Collection(SharedApps.TestFunctions)]
public class QueueTriggerTests(TestApp app)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    async Task SendAsync(string body)
    {
        var queue = app.Queues.GetQueueClient(app.Names.WorkQueue);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(body);
    }

    async Task<IReadOnlyList<string>> PoisonMessagesAsync()
    {
        var poison = app.Queues.GetQueueClient(app.Names.WorkQueue + "-poison");
        await poison.CreateIfNotExistsAsync();
        var peeked = await poison.PeekMessagesAsync(32);
        return peeked.Value.Select(m => m.Body.ToString()).ToList();
    }

    [Fact]
    public async Task Message_Processed_EffectRecordedAndMessageDeleted()
    {
        await SendAsync(JsonSerializer.Serialize(new WorkItem("ok-1", Fail: false), JsonSerializerOptions.Web));

        await Eventually.WaitForAsync(() => app.Effects.ReadAsync("queue"), r => r.Any(x => x.RowKey == "ok-1"), Patience, "the message to be processed");
        var queue = app.Queues.GetQueueClient(app.Names.WorkQueue);
        var left = await Eventually.WaitForAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount, n => n == 0, Patience, "the queue to empty");
        Assert.Equal(0, left);
        Assert.Single(await app.Effects.ReadAsync("queue"), r => EffectLog.KeyOf(r) == "ok-1");
    }

    [Fact]
    public async Task Message_FailsEveryTime_MovedToPoisonAfterMaxDequeueCount()
    {
        var body = JsonSerializer.Serialize(new WorkItem("bad-1", Fail: true), JsonSerializerOptions.Web);
        await SendAsync(body);

        var poisoned = await Eventually.WaitForAsync(PoisonMessagesAsync, m => m.Contains(body), Patience, "the message in the poison queue");

        Assert.Single(poisoned, body);
        Assert.DoesNotContain(await app.Effects.ReadAsync("queue"), r => r.RowKey == "bad-1");
    }

    [Fact]
    public async Task Message_NotJson_MovedToPoison()
    {
        await SendAsync("this is not a work item");

        await Eventually.WaitForAsync(PoisonMessagesAsync, m => m.Contains("this is not a work item"), Patience, "the message in the poison queue");
    }
}
