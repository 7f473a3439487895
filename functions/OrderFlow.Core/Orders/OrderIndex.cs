using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Common;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The OrderIndex table, which order lists read instead of scanning every order. Each order has a row under its month
/// of arrival (partition "received-{month}") and, once validation has matched its customer, one under the customer
/// (partition "customer-{id}"). Months and rows are keyed newest first (arrival time, then order ID), so a list
/// reads one partition per month, or one in all for a customer, with the time range as a key range. The month's row
/// carries the order's <see cref="OrderSummary"/>: its current Status, channel (Source) and whether it needs
/// attention for the server to filter on, and the rest of what a list shows, so a month's list reads no order. The
/// customer's row is written once, when the customer becomes known, and a customer's list reads its orders, filtered
/// by status as they are read (a customer has few orders, where a month has all of them). Orders that need a person
/// (<see cref="OrderRecord.NeedsWork"/>) have one more row, in partition "work", removed when the work is done: the
/// work queue reads that partition alone.
/// </summary>
public sealed class OrderIndex(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OrderIndex";
    const string MonthPrefix = "received-";
    const string CustomerPrefix = "customer-";
    // One partition for all orders awaiting a person: they are few at any time (a queue people work through), and
    // its rows change only when an order starts or stops needing work, far below a partition's 2,000 operations/s.
    const string WorkPartition = "work";
    // The character after "-": the upper bound of every month partition.
    const string AfterMonths = "received.";
    // Ticks fit 19 digits.
    const int TimeKeyDigits = 19;
    static readonly string TimeKeyFormat = $"D{TimeKeyDigits}";
    static readonly int LastMonth = DateTime.MaxValue.Year * 12 + DateTime.MaxValue.Month - 1;
    static readonly string[] SummaryColumns = ["RowKey", "Status", "Source", "Attention", "ExternalId", "CustomerId", "GrossMinor", "Currency"];

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Lists a new order unless it is listed already: a repeated start must not turn a later status back.</summary>
    public async Task AddAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        await Task.WhenAll(Rows(record).Select(async row =>
        {
            try
            {
                await table.AddEntityAsync(row, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Listed by an earlier start or by the workflow's first step.
            }
        }));
    }

    /// <summary>Whether a change alters what the index holds for the order, so that it must be written.</summary>
    public static bool Differs(OrderRecord before, OrderRecord after) =>
        OrderSummary.Of(before) != OrderSummary.Of(after) || before.NeedsWork != after.NeedsWork;

    /// <summary>
    /// Writes the record's status to its month's row, lists it under its customer when the change made the customer
    /// known (<paramref name="before"/> had none, or another), and lists it as needing work or takes it off that list.
    /// <paramref name="again"/>: an earlier attempt of this change lost a race after writing, and may have listed it.
    /// </summary>
    public async Task WriteAsync(OrderRecord before, OrderRecord record, bool again, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var month = MonthRow(record);
        var writes = new List<Task> { table.UpsertEntityAsync(month, TableUpdateMode.Merge, cancellationToken) };
        if (before.CustomerId != record.CustomerId && CustomerRow(record, month.RowKey) is { } customerRow)
        {
            writes.Add(table.UpsertEntityAsync(customerRow, TableUpdateMode.Merge, cancellationToken));
        }
        if (record.NeedsWork)
        {
            writes.Add(table.UpsertEntityAsync(WorkRow(record), TableUpdateMode.Replace, cancellationToken));
        }
        else if (before.NeedsWork || again)
        {
            writes.Add(DeleteWorkRowAsync(record.OrderId, cancellationToken));
        }
        await Task.WhenAll(writes);
    }

    /// <summary>The IDs of orders listed as needing work, at most <paramref name="most"/>, in no particular order.</summary>
    public async Task<IReadOnlyList<OrderId>> NeedingWorkAsync(int most, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var ids = new List<OrderId>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorkPartition}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, Math.Min(most, 1000), ["RowKey"], cancellationToken))
        {
            ids.Add(OrderId.Parse(row.RowKey));
            if (ids.Count == most)
            {
                break;
            }
        }
        return ids;
    }

    async Task DeleteWorkRowAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(WorkPartition, orderId.Value, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Not listed: nothing to take off.
        }
    }

    /// <summary>
    /// One page of the orders the filter selects, newest first, each with its summary when its row has one (a month's
    /// row written since rows carry it; never a customer's row); a page may hold fewer than asked.
    /// </summary>
    public async Task<(IReadOnlyList<(OrderId OrderId, OrderSummary? Summary)> Orders, string? ContinuationToken)> QueryAsync(
        OrderQuery query, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var pages = table.QueryAsync<TableEntity>(Filter(query), pageSize, SummaryColumns, cancellationToken).AsPages(continuationToken, pageSize);
        await foreach (var page in pages)
        {
            return ([.. page.Values.Select(row => (OrderIdOf(row.RowKey), SummaryOf(row)))], page.ContinuationToken);
        }
        return ([], null);
    }

    /// <summary>The server-side filter: one customer's partition or a range of months, a key range for the time, the status.</summary>
    public static string Filter(OrderQuery query)
    {
        var filters = new List<string>();
        if (query.CustomerId is { } customerId)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {CustomerPrefix + customerId.Value}"));
        }
        else
        {
            // Newest first: the latest month in range is the lower bound. "To" is exclusive, so its month is that of
            // the instant before it (if there is one).
            var newest = query.To is { } before ? MonthPartition(new DateTimeOffset(Math.Max(before.UtcTicks - 1, 0), TimeSpan.Zero)) : MonthPrefix;
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey ge {newest}"));
            filters.Add(query.From is { } from
                ? TableClient.CreateQueryFilter($"PartitionKey le {MonthPartition(from)}")
                : TableClient.CreateQueryFilter($"PartitionKey lt {AfterMonths}"));
        }
        if (query.To is { } to)
        {
            // Arrived before "to": a newest-first key past that of "to" itself.
            filters.Add(TableClient.CreateQueryFilter($"RowKey ge {TimeKey(to, 1)}"));
        }
        if (query.From is { } start)
        {
            // Arrived at or after "from": any key that begins with the key of "from" or a smaller one.
            filters.Add(TableClient.CreateQueryFilter($"RowKey lt {TimeKey(start, 1)}"));
        }
        if (query.CustomerId is null)
        {
            if (query.Status is { } status)
            {
                filters.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
            }
            if (query.Channel is { } channel)
            {
                filters.Add(TableClient.CreateQueryFilter($"Source eq {channel}"));
            }
            if (query.NeedsAttention)
            {
                filters.Add(TableClient.CreateQueryFilter($"Attention eq {true}"));
            }
        }
        return string.Join(" and ", filters);
    }

    /// <summary>Newest first: later months give smaller numbers.</summary>
    public static string MonthPartition(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return MonthPrefix + (LastMonth - (utc.Year * 12 + utc.Month - 1)).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Arrival time, newest first (ticks before the end of time, fixed width), then the order ID.</summary>
    public static string RowKey(OrderRecord record) => $"{TimeKey(record.ReceivedAt, 0)}-{record.OrderId.Value}";

    static string TimeKey(DateTimeOffset at, long plus) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks + plus).ToString(TimeKeyFormat, CultureInfo.InvariantCulture);

    static OrderId OrderIdOf(string rowKey) => OrderId.Parse(rowKey[(TimeKeyDigits + 1)..]);

    static DateTimeOffset ReceivedAtOf(string rowKey) =>
        new(DateTimeOffset.MaxValue.UtcTicks - long.Parse(rowKey[..TimeKeyDigits], CultureInfo.InvariantCulture), TimeSpan.Zero);

    /// <summary>The summary a month's row keeps; null for a row without one (asked for a column a row lacks, Azurite answers it empty).</summary>
    static OrderSummary? SummaryOf(TableEntity row) =>
        row.GetString("ExternalId") is { Length: > 0 } externalId && Enum.TryParse<OrderStatus>(row.GetString("Status"), out var status)
            ? new OrderSummary(
                OrderIdOf(row.RowKey), externalId, row.GetString("Source"), ReceivedAtOf(row.RowKey), status,
                row.GetString("CustomerId") is { Length: > 0 } customer ? Customers.CustomerId.Parse(customer) : null,
                row.GetInt64("GrossMinor") is { } minor && row.GetString("Currency") is { Length: > 0 } currency ? new Money(minor, Currency.Parse(currency)) : null,
                row.GetBoolean("Attention") == true)
            : null;

    static IEnumerable<TableEntity> Rows(OrderRecord record)
    {
        var month = MonthRow(record);
        yield return month;
        if (CustomerRow(record, month.RowKey) is { } customerRow)
        {
            yield return customerRow;
        }
        if (record.NeedsWork)
        {
            yield return WorkRow(record);
        }
    }

    /// <summary>The row with the order's summary; a customer and a price, once an order has them, it keeps.</summary>
    static TableEntity MonthRow(OrderRecord record)
    {
        var summary = OrderSummary.Of(record);
        var row = new TableEntity(MonthPartition(record.ReceivedAt), RowKey(record))
        {
            ["Status"] = summary.Status.ToString(), ["Source"] = summary.Source, ["Attention"] = summary.NeedsAttention, ["ExternalId"] = summary.ExternalId,
        };
        if (summary.CustomerId is { } customerId)
        {
            row["CustomerId"] = customerId.Value;
        }
        if (summary.Gross is { } gross)
        {
            row["GrossMinor"] = gross.Minor;
            row["Currency"] = gross.Currency.Code;
        }
        return row;
    }

    static TableEntity? CustomerRow(OrderRecord record, string rowKey) =>
        record.CustomerId is { } customerId ? new TableEntity(CustomerPrefix + customerId.Value, rowKey) : null;

    static TableEntity WorkRow(OrderRecord record) => new(WorkPartition, record.OrderId.Value);
}
