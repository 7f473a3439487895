using OrderFlow.Benchmarks.Throughput;

namespace OrderFlow.Tests.Benchmarks;

public class ReceiveLedgerTests
{
    const int MissingMessage = -1;

    [Fact]
    public async Task MixDeletingMoreThanItsGetsReceive_EveryDeleteFindsAHeldMessage_NoExtraReceive()
    {
        // Counted: 10 gets received 40 messages, 300 deletes (most of messages received before counting began).
        var ledger = new ReceiveLedger<int>(gets: 10, received: 40, deletes: 300);

        var replay = await ReplayAsync(ledger, gets: 10, deletes: 300);

        Assert.Equal(40, replay.ReceivedByGets);
        Assert.DoesNotContain(MissingMessage, replay.Deleted);
        Assert.Equal(300, replay.Deleted.Distinct().Count());
        Assert.Equal(0, ledger.ExtraReceives);
    }

    [Fact]
    public void BatchedGets_ReplayedGetsAskForTheCountedMessagesSpreadEvenly()
    {
        var batched = new ReceiveLedger<int>(gets: 20, received: 500, deletes: 500);
        var mostlyEmpty = new ReceiveLedger<int>(gets: 100, received: 20, deletes: 20);

        var batches = Enumerable.Range(0, 20).Select(_ => batched.NextGetSize()).ToList();
        var polls = Enumerable.Range(0, 100).Select(_ => mostlyEmpty.NextGetSize()).ToList();

        Assert.Equal(500, batches.Sum());
        Assert.All(batches, size => Assert.InRange(size, 25, 25));
        Assert.Equal(20, polls.Sum());
        Assert.Equal(80, polls.Count(size => size == 0));
    }

    [Fact]
    public async Task DeleteWithNoMessageHeld_ReceivesOneNow_CountedAsExtra()
    {
        var ledger = new ReceiveLedger<int>(gets: 1, received: 1, deletes: 1);
        var receivedNow = 0;

        var message = await ledger.TakeAsync(() => Task.FromResult(++receivedNow));

        Assert.Equal(1, message);
        Assert.Equal(1, receivedNow);
        Assert.Equal(1, ledger.ExtraReceives);
    }

    /// <summary>
    /// The counted gets and deletes in the benchmark's order (each spread evenly over the run), against a queue that
    /// always has messages to give; a delete that finds none held gets <see cref="MissingMessage"/>.
    /// </summary>
    static async Task<(int ReceivedByGets, List<int> Deleted)> ReplayAsync(ReceiveLedger<int> ledger, int gets, int deletes)
    {
        var nextMessage = 0;
        for (; nextMessage < ledger.ReceiveBeforeTiming; nextMessage++)
        {
            ledger.Hold(nextMessage);
        }
        var plan = Enumerable.Range(0, gets).Select(j => (IsGet: true, At: (j + 0.5) / gets))
            .Concat(Enumerable.Range(0, deletes).Select(j => (IsGet: false, At: (j + 0.5) / deletes)))
            .OrderBy(step => step.At);
        var receivedByGets = 0;
        var deleted = new List<int>();
        foreach (var step in plan)
        {
            if (step.IsGet)
            {
                var size = ledger.NextGetSize();
                for (var m = 0; m < size; m++)
                {
                    ledger.Hold(nextMessage++);
                }
                receivedByGets += size;
            }
            else
            {
                deleted.Add(await ledger.TakeAsync(() => Task.FromResult(MissingMessage)));
            }
        }
        return (receivedByGets, deleted);
    }
}
