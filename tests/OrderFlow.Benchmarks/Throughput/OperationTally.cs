using System.Collections.Concurrent;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// Totals for one kind of operation on one resource: how many, their bytes each way, how many failed, and the items
/// they carried: rows of the table batches, messages the queue gets received.
/// </summary>
sealed record OperationTotals(long Count, long RequestBytes, long ResponseBytes, long Failures, long Items)
{
    public static readonly OperationTotals None = new(0, 0, 0, 0, 0);

    public double MeanRequestBytes => Count == 0 ? 0 : (double)RequestBytes / Count;

    public double MeanResponseBytes => Count == 0 ? 0 : (double)ResponseBytes / Count;

    public OperationTotals Plus(OperationTotals other) => new(Count + other.Count, RequestBytes + other.RequestBytes,
        ResponseBytes + other.ResponseBytes, Failures + other.Failures, Items + other.Items);

    public OperationTotals Minus(OperationTotals other) => new(Count - other.Count, RequestBytes - other.RequestBytes,
        ResponseBytes - other.ResponseBytes, Failures - other.Failures, Items - other.Items);
}

/// <summary>Counts the storage requests passing through the proxy; thread-safe, read as snapshots.</summary>
sealed class OperationTally
{
    readonly ConcurrentDictionary<StorageOperation, Counter> counters = new();

    public void Add(StorageOperation operation, long requestBytes, long responseBytes, bool failed, int items)
    {
        var counter = counters.GetOrAdd(operation, _ => new Counter());
        Interlocked.Increment(ref counter.Count);
        Interlocked.Add(ref counter.RequestBytes, requestBytes);
        Interlocked.Add(ref counter.ResponseBytes, responseBytes);
        Interlocked.Add(ref counter.Items, items);
        if (failed)
        {
            Interlocked.Increment(ref counter.Failures);
        }
    }

    public OperationSnapshot Snapshot() => new(counters.ToDictionary(
        c => c.Key,
        c => new OperationTotals(Interlocked.Read(ref c.Value.Count), Interlocked.Read(ref c.Value.RequestBytes),
            Interlocked.Read(ref c.Value.ResponseBytes), Interlocked.Read(ref c.Value.Failures), Interlocked.Read(ref c.Value.Items))));

    sealed class Counter
    {
        public long Count;
        public long RequestBytes;
        public long ResponseBytes;
        public long Failures;
        public long Items;
    }
}

/// <summary>The counts at one moment; the difference of two is what happened between them.</summary>
sealed record OperationSnapshot(IReadOnlyDictionary<StorageOperation, OperationTotals> Totals)
{
    public long Count => Totals.Values.Sum(t => t.Count);

    public OperationSnapshot Since(OperationSnapshot earlier) => new(Totals
        .Select(t => (t.Key, Totals: t.Value.Minus(earlier.Totals.GetValueOrDefault(t.Key) ?? OperationTotals.None)))
        .Where(t => t.Totals.Count > 0)
        .ToDictionary(t => t.Key, t => t.Totals));

    /// <summary>Totals grouped by any key of the operation, e.g. its kind or its resource's owner.</summary>
    public IReadOnlyDictionary<TKey, OperationTotals> By<TKey>(Func<StorageOperation, TKey> key) where TKey : notnull => Totals
        .GroupBy(t => key(t.Key))
        .ToDictionary(g => g.Key, g => g.Aggregate(OperationTotals.None, (sum, t) => sum.Plus(t.Value)));
}
