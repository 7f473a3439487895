using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Storage.Queues;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// The queue kinds of the replay, used as the task hub uses its queues: messages put, received (polls of an idle
/// queue find nothing), then deleted or hidden again, across five queues like four control queues and the work-item
/// queue. Messages flow through rather than pile up, because Azurite's cost of a get or a delete grows with the
/// length of the queue: a replay on long queues would measure a ceiling the counted run never met.
/// </summary>
sealed class QueueReplays
{
    const int Queues = 5;
    const int Slack = 64;
    const int MessageOverhead = 100;
    static readonly TimeSpan Hidden = TimeSpan.FromHours(1);
    static readonly TimeSpan StarvedAfter = TimeSpan.FromSeconds(30);

    readonly QueueClient[] queues;
    readonly ConcurrentQueue<HeldMessage> received = new();
    readonly Sequence sequence = new();
    readonly string text;
    readonly int perGet;

    QueueReplays(QueueClient[] queues, string text, int perGet)
    {
        this.queues = queues;
        this.text = text;
        this.perGet = perGet;
    }

    public static async Task<QueueReplays> CreateAsync(string storage, IReadOnlyDictionary<string, OperationTotals> kinds)
    {
        var service = new QueueServiceClient(storage);
        var queues = Enumerable.Range(0, Queues).Select(q => service.GetQueueClient($"replay-queue-{q}")).ToArray();
        foreach (var queue in queues)
        {
            await queue.CreateIfNotExistsAsync();
        }
        var text = ReplayMix.Text(kinds.GetValueOrDefault("queue put", OperationTotals.None).MeanRequestBytes - MessageOverhead);
        // Messages per get, from the counted answers' size: an empty answer is small, each message adds about its text.
        var gets = kinds.GetValueOrDefault("queue get", OperationTotals.None);
        var perGet = Math.Clamp((int)Math.Round(gets.MeanResponseBytes / (text.Length + 3 * MessageOverhead)), 1, 32);
        var replays = new QueueReplays(queues, text, perGet);
        // A few messages received beforehand, so a delete early in the run finds one.
        await Task.WhenAll(Enumerable.Range(0, Slack).Select(_ => replays.Next().SendMessageAsync(text)));
        while (replays.received.Count < Slack)
        {
            await replays.GetAsync();
        }
        return replays;
    }

    public Func<Task> For(string kind) => kind switch
    {
        "queue put" => () => Next().SendMessageAsync(text),
        "queue get" => GetAsync,
        "queue peek" => () => Next().PeekMessagesAsync(1),
        "queue delete" => DeleteAsync,
        "queue update" => UpdateAsync,
        "queue create" => () => Next().CreateIfNotExistsAsync(),
        _ => () => Next().GetPropertiesAsync(),
    };

    QueueClient Next() => queues[sequence.Next() % Queues];

    async Task GetAsync()
    {
        var queue = Next();
        foreach (var message in (await queue.ReceiveMessagesAsync(perGet, Hidden)).Value)
        {
            received.Enqueue(new HeldMessage(queue, message.MessageId, message.PopReceipt));
        }
    }

    async Task DeleteAsync()
    {
        var held = await TakeAsync();
        await held.Queue.DeleteMessageAsync(held.Id, held.Receipt);
    }

    /// <summary>Hides a received message again, as a worker does to keep its message while it works.</summary>
    async Task UpdateAsync()
    {
        var held = await TakeAsync();
        var updated = await held.Queue.UpdateMessageAsync(held.Id, held.Receipt, visibilityTimeout: Hidden);
        received.Enqueue(held with { Receipt = updated.Value.PopReceipt });
    }

    async Task<HeldMessage> TakeAsync()
    {
        var waited = Stopwatch.StartNew();
        HeldMessage? held;
        while (!received.TryDequeue(out held))
        {
            if (waited.Elapsed > StarvedAfter)
            {
                throw new InvalidOperationException("The replay has no received message left to delete: its mix deletes more than its gets receive.");
            }
            await Task.Delay(1);
        }
        return held;
    }

    sealed record HeldMessage(QueueClient Queue, string Id, string Receipt);
}
