using System.Collections.Concurrent;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// The queue replay's bookkeeping, apart from Azurite: how many messages each replayed get asks for, so the gets
/// receive in all what the counted gets received; how many to receive before timing starts, for the counted deletes
/// of messages received before counting began; and the messages held for deletes and updates. A delete that still
/// finds none held receives one first, counted apart as an extra receive.
/// </summary>
sealed class ReceiveLedger<TMessage>
{
    public const int MaxPerGet = 32;

    // Held beyond the counted need, so a delete racing ahead of its get in the 64 in flight finds a message.
    const int Slack = 64;

    readonly ConcurrentQueue<TMessage> held = new();
    readonly long gets;
    readonly long received;
    int nextGet = -1;
    int extraReceives;

    /// <param name="gets">Counted gets.</param>
    /// <param name="received">Messages those gets received.</param>
    /// <param name="deletes">Counted deletes.</param>
    public ReceiveLedger(long gets, long received, long deletes)
    {
        this.gets = gets;
        this.received = Math.Min(received, gets * MaxPerGet);
        ReceiveBeforeTiming = (int)Math.Max(0, deletes - this.received) + Slack;
    }

    /// <summary>Messages to receive before timing starts: what the counted deletes take beyond the counted gets' messages.</summary>
    public int ReceiveBeforeTiming { get; }

    /// <summary>Receives a delete or update could not wait for, made outside the counted mix.</summary>
    public int ExtraReceives => Volatile.Read(ref extraReceives);

    public int Held => held.Count;

    /// <summary>
    /// Messages the next replayed get asks for: the counted messages spread evenly over the counted gets, so a
    /// batch of 32 stays a batch and a poll that found nothing stays empty (0: poll a queue that holds nothing).
    /// </summary>
    public int NextGetSize()
    {
        var counted = Math.Max(1, gets);
        var get = Interlocked.Increment(ref nextGet) % counted;
        return (int)(received * (get + 1) / counted - received * get / counted);
    }

    public void Hold(TMessage message) => held.Enqueue(message);

    /// <summary>A held message for a delete or update; with none held, one received now by <paramref name="receiveOne"/>.</summary>
    public async Task<TMessage> TakeAsync(Func<Task<TMessage>> receiveOne)
    {
        if (held.TryDequeue(out var message))
        {
            return message;
        }
        Interlocked.Increment(ref extraReceives);
        return await receiveOne();
    }
}
