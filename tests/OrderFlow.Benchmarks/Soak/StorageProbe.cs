using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Azurite on its own beside the app: once a second the writes an intake makes, without DevHost. A 4 KB row goes into
/// a table of its own that grows as <c>Orders</c> does, every row with one RowKey (as the order rows have), while a
/// message goes to a queue of its own (taken off again afterwards, so the queue holds nothing). What that costs is
/// Azurite's answer time at that moment of the run: where the intake's time grows as the probe's does, the growth is
/// Azurite's.
/// </summary>
sealed class StorageProbe(TableClient table, QueueClient queue, SoakLog log)
{
    static readonly TimeSpan Every = TimeSpan.FromSeconds(1);
    static readonly string RowText = new('x', 4096);

    public static async Task<StorageProbe> CreateAsync(string connectionString, SoakLog log)
    {
        var table = new TableClient(connectionString, "SoakProbe");
        await table.CreateIfNotExistsAsync();
        var queue = new QueueClient(connectionString, "soak-probe");
        await queue.CreateIfNotExistsAsync();
        return new StorageProbe(table, queue, log);
    }

    public Task RunAsync(CancellationToken stop) => SideLoop.RunAsync(log, "storage probe", async () =>
    {
        await Task.Delay(Every, stop);
        var clock = Stopwatch.StartNew();
        var inserted = table.AddEntityAsync(new TableEntity(Guid.NewGuid().ToString("N"), "probe") { ["Body"] = RowText }, stop);
        var sent = queue.SendMessageAsync("probe", stop);
        await Task.WhenAll(inserted, sent);
        log.Probed(clock.Elapsed.TotalMilliseconds);
        var message = (await sent).Value;
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stop);
    }, stop);
}
