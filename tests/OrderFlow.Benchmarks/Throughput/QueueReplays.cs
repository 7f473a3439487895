using Azure.Storage.Queues;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// The queue kinds of the replay, used as the task hub uses its queues: messages put, received in the counted batch
/// sizes (polls that found nothing poll an empty queue), then deleted or hidden again, across five queues like four
/// control queues and the work-item queue. Messages flow through rather than pile up, because Azurite's cost of a get
/// or a delete grows with the length of the queue: a replay on long queues would measure a ceiling the counted run
/// never met.
/// </summary>
sealed class QueueReplays
{
    const int Queues = 5;
    const int MessageOverhead = 100;
    static readonly TimeSpan Hidden = TimeSpan.FromHours(1);

    readonly QueueClient[] queues;
    readonly QueueClient idle;
    readonly ReceiveLedger<HeldMessage> ledger;
    readonly Sequence sequence = new();
    readonly string text;

    QueueReplays(QueueClient[] queues, QueueClient idle, ReceiveLedger<HeldMessage> ledger, string text)
    {
        this.queues = queues;
        this.idle = idle;
        this.ledger = ledger;
        this.text = text;
    }

    /// <summary>Receives made outside the counted mix because a delete or update found no message held.</summary>
    public int ExtraReceives => ledger.ExtraReceives;

    public static async Task<QueueReplays> CreateAsync(string storage, IReadOnlyDictionary<string, OperationTotals> kinds)
    {
        var service = new QueueServiceClient(storage);
        var queues = Enumerable.Range(0, Queues).Select(q => service.GetQueueClient($"replay-queue-{q}")).ToArray();
        var idle = service.GetQueueClient("replay-idle");
        foreach (var queue in queues.Append(idle))
        {
            await queue.CreateIfNotExistsAsync();
        }
        var text = ReplayMix.Text(kinds.GetValueOrDefault("queue put", OperationTotals.None).MeanRequestBytes - MessageOverhead);
        var gets = kinds.GetValueOrDefault("queue get", OperationTotals.None);
        var ledger = new ReceiveLedger<HeldMessage>(gets.Count, gets.Items, kinds.GetValueOrDefault("queue delete", OperationTotals.None).Count);
        var replays = new QueueReplays(queues, idle, ledger, text);
        await replays.ReceiveBeforeTimingAsync(ledger.ReceiveBeforeTiming);
        // Messages the counted gets received beyond what the counted puts bring, waiting in the queues.
        var waiting = gets.Items - kinds.GetValueOrDefault("queue put", OperationTotals.None).Count;
        await Task.WhenAll(Enumerable.Range(0, (int)Math.Max(0, waiting)).Select(_ => replays.Next().SendMessageAsync(text)));
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

    async Task ReceiveBeforeTimingAsync(int messages)
    {
        await Task.WhenAll(Enumerable.Range(0, messages).Select(_ => Next().SendMessageAsync(text)));
        while (ledger.Held < messages)
        {
            await ReceiveAsync(Next(), ReceiveLedger<HeldMessage>.MaxPerGet);
        }
    }

    Task GetAsync()
    {
        var size = ledger.NextGetSize();
        return size == 0 ? idle.ReceiveMessagesAsync(1, Hidden) : ReceiveAsync(Next(), size);
    }

    async Task ReceiveAsync(QueueClient queue, int size)
    {
        foreach (var message in (await queue.ReceiveMessagesAsync(size, Hidden)).Value)
        {
            ledger.Hold(new HeldMessage(queue, message.MessageId, message.PopReceipt));
        }
    }

    async Task DeleteAsync()
    {
        var held = await ledger.TakeAsync(ReceiveOneAsync);
        await held.Queue.DeleteMessageAsync(held.Id, held.Receipt);
    }

    /// <summary>Hides a received message again, as a worker does to keep its message while it works.</summary>
    async Task UpdateAsync()
    {
        var held = await ledger.TakeAsync(ReceiveOneAsync);
        var updated = await held.Queue.UpdateMessageAsync(held.Id, held.Receipt, visibilityTimeout: Hidden);
        ledger.Hold(held with { Receipt = updated.Value.PopReceipt });
    }

    /// <summary>One message for a delete or update that found none held: put first when the queue has none to give.</summary>
    async Task<HeldMessage> ReceiveOneAsync()
    {
        var queue = Next();
        var messages = (await queue.ReceiveMessagesAsync(1, Hidden)).Value;
        while (messages.Length == 0)
        {
            await queue.SendMessageAsync(text);
            messages = (await queue.ReceiveMessagesAsync(1, Hidden)).Value;
        }
        return new HeldMessage(queue, messages[0].MessageId, messages[0].PopReceipt);
    }

    sealed record HeldMessage(QueueClient Queue, string Id, string Receipt);
}
