using Azure.Data.Tables;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// Turns each counted kind of operation into a request of the same kind and about the same size, made straight on
/// Azurite. Sizes come from the counted bytes, less what the protocol wraps around a row, message or blob.
/// </summary>
static class ReplayMix
{
    // Rough wrapping of one row as JSON and of one batch part: only sizes the payloads.
    const int RowOverhead = 200;
    const int BatchPartOverhead = 450;

    /// <summary>A request per counted kind, and the queue replays whose extra receives the ceiling counts too.</summary>
    public static async Task<(Dictionary<string, Func<Task>> Replays, QueueReplays Queues)> PrepareAsync(ReplayTargets targets, IReadOnlyDictionary<string, OperationTotals> kinds)
    {
        await targets.CreateAsync();
        var rowData = Text(kinds.GetValueOrDefault("table upsert", kinds.GetValueOrDefault("table insert", OperationTotals.None)).MeanRequestBytes - RowOverhead);
        await targets.AddRowsAsync(ReplayTargets.PoolPartition, ReplayTargets.PoolRows, rowData);
        var queues = await QueueReplays.CreateAsync(targets.Storage, kinds);
        var replays = new Dictionary<string, Func<Task>>();
        foreach (var (kind, totals) in kinds)
        {
            replays[kind] = kind.StartsWith("table", StringComparison.Ordinal) ? await TableAsync(targets, kind, totals, rowData)
                : kind.StartsWith("queue", StringComparison.Ordinal) ? queues.For(kind)
                : await BlobReplays.PrepareAsync(targets, kind, totals);
        }
        return (replays, queues);
    }

    static async Task<Func<Task>> TableAsync(ReplayTargets targets, string kind, OperationTotals totals, string rowData)
    {
        var table = targets.Table;
        var sequence = new Sequence();
        TableEntity PoolRow() => ReplayTargets.Row(ReplayTargets.PoolPartition, $"r{sequence.Next() % ReplayTargets.PoolRows}", rowData);
        switch (kind)
        {
            case "table insert":
                var data = Text(totals.MeanRequestBytes - RowOverhead);
                return () => table.AddEntityAsync(ReplayTargets.Row("insert", $"{sequence.Next()}", data));
            case "table upsert":
                return () => table.UpsertEntityAsync(PoolRow(), TableUpdateMode.Replace);
            case "table update":
                return () => table.UpdateEntityAsync(PoolRow(), ReplayTargets.AnyVersion, TableUpdateMode.Merge);
            case "table delete":
                await targets.AddRowsAsync("delete", (int)totals.Count, "");
                return () => table.DeleteEntityAsync("delete", $"r{sequence.Next()}");
            case "table query":
                // As many rows per answer as the counted answers held, roughly.
                var rows = Math.Clamp((int)Math.Round(totals.MeanResponseBytes / (rowData.Length + RowOverhead)), 1, 1000);
                await targets.AddRowsAsync("query", rows, rowData);
                return async () =>
                {
                    await foreach (var _ in table.QueryAsync<TableEntity>(filter: "PartitionKey eq 'query'"))
                    {
                    }
                };
            case "table batch":
                var perBatch = Math.Clamp((int)Math.Round((double)totals.Items / totals.Count), 1, 100);
                var partData = Text(totals.MeanRequestBytes / perBatch - BatchPartOverhead);
                return () =>
                {
                    var partition = $"batch{sequence.Next()}";
                    return table.SubmitTransactionAsync(Enumerable.Range(0, perBatch).Select(r =>
                        new TableTransactionAction(TableTransactionActionType.UpsertReplace, ReplayTargets.Row(partition, $"r{r}", partData))));
                };
            case "table create":
                return () => table.CreateIfNotExistsAsync();
            default:
                return () => table.GetEntityAsync<TableEntity>(ReplayTargets.PoolPartition, $"r{sequence.Next() % ReplayTargets.PoolRows}");
        }
    }

    public static string Text(double length) => new('x', Math.Max(1, (int)length));
}

/// <summary>A thread-safe counter giving each replayed request its own number.</summary>
sealed class Sequence
{
    int last = -1;

    public int Next() => Interlocked.Increment(ref last);
}
