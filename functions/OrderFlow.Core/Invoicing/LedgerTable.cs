using Azure.Data.Tables;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// Reads and writes the Invoices table's rows (layout in <see cref="LedgerRows"/>). Every write is one transaction
/// within one partition, guarded by the ETag of the row it read.
/// </summary>
sealed class LedgerTable(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Invoices";

    // On a series' counter row: the date of its last document.
    const string LastIssuedAt = "LastIssuedAt";

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    internal TableClient Client => table;

    internal Task EnsureCreatedAsync(CancellationToken cancellationToken) => table.EnsureExistsAsync(cancellationToken);

    /// <summary>
    /// Issues the order's document of <paramref name="type"/> in <paramref name="year"/>'s series, or answers the one
    /// it already has: counter, document, its date row and the order index are one transaction guarded by the
    /// counter's ETag, so two orders never take one number, no number is skipped and no order gets two.
    /// </summary>
    public async Task<Invoice> IssueAsync(DocumentType type, int year, OrderId orderId, Func<DocumentNumber, Task<Invoice>> draft, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var series = LedgerRows.Partition(year);
        var lookForDocument = false;
        return await OptimisticConcurrency.RetryAsync(async () =>
        {
            // An attempt looks for the order's document only after a transaction found a row it adds already there:
            // the transaction adds the order's index row, so it fails that way whenever the order has a document. A
            // transaction that lost the counter to another order (412) proves nothing either way, and the next one
            // tells.
            if (lookForDocument && await FindIndexedAsync(series, LedgerRows.OrderIndex(type, orderId), cancellationToken) is { } existing)
            {
                return existing;
            }
            var counter = await table.GetEntityIfExistsAsync<TableEntity>(series, LedgerRows.Counter(type), cancellationToken: cancellationToken);
            var current = counter.HasValue ? counter.Value : null;
            if (current?.GetBoolean("Registered") != true)
            {
                await RegisterYearAsync(year, cancellationToken);
            }
            var next = current?.GetInt64("Next") ?? 1;
            var document = NotBeforeLast(await draft(new DocumentNumber(type, year, next)), current?.GetDateTimeOffset(LastIssuedAt));
            var counterRow = new TableEntity(series, LedgerRows.Counter(type)) { ["Next"] = next + 1, ["Registered"] = true, [LastIssuedAt] = document.IssuedAt };
            TableTransactionAction[] actions =
            [
                current is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, counterRow)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, counterRow, current.ETag),
                new TableTransactionAction(TableTransactionActionType.Add, LedgerRows.DocumentEntity(document, DocumentKey(document))),
                new TableTransactionAction(TableTransactionActionType.Add, LedgerRows.DocumentEntity(document, LedgerRows.DateRow(document))),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(series, LedgerRows.OrderIndex(type, orderId)) { ["Number"] = document.Number.Value }),
            ];
            // A conflict means another document took this number first, or this order's own retry won: read again.
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                lookForDocument = true;
                throw;
            }
            return document;
        }, cancellationToken);
    }

    /// <summary>
    /// An invoice is dated no earlier than the one numbered before it: issuers' clocks differ, and the counter's ETag
    /// makes this check and the number one decision. A credit note keeps the date its credit request fixed.
    /// </summary>
    static Invoice NotBeforeLast(Invoice document, DateTimeOffset? lastIssuedAt) =>
        document.Type == DocumentType.Invoice && lastIssuedAt > document.IssuedAt ? document with { IssuedAt = lastIssuedAt.Value } : document;

    public async Task<Invoice?> FindAsync(DocumentNumber number, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(LedgerRows.Partition(number.Year), LedgerRows.Document(number), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? LedgerRows.FromEntity(entity) : null;
    }

    /// <summary>The order's document of <paramref name="type"/>, looked up in each year's ledger, newest first.</summary>
    public async Task<Invoice?> FindByOrderAsync(DocumentType type, OrderId orderId, CancellationToken cancellationToken)
    {
        foreach (var year in (await YearsAsync(cancellationToken)).Reverse())
        {
            if (await FindIndexedAsync(LedgerRows.Partition(year), LedgerRows.OrderIndex(type, orderId), cancellationToken) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the latest version of a document: the document row (ETag-guarded) and its
    /// date row change together in one transaction of the document's partition; conflicts redo it from a fresh read.
    /// </summary>
    public async Task<Invoice?> UpdateAsync(DocumentNumber number, Func<Invoice, Invoice> change, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        return await OptimisticConcurrency.RetryAsync(async () =>
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(LedgerRows.Partition(number.Year), LedgerRows.Document(number), cancellationToken: cancellationToken);
            if (!row.HasValue || row.Value is not { } entity)
            {
                return null;
            }
            var current = LedgerRows.FromEntity(entity);
            var changed = change(current);
            if (changed == current)
            {
                return current;
            }
            TableTransactionAction[] actions =
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, LedgerRows.DocumentEntity(changed, entity.RowKey), entity.ETag),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, LedgerRows.DocumentEntity(changed, LedgerRows.DateRow(changed))),
            ];
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return changed;
        }, cancellationToken);
    }

    /// <summary>The years that have a ledger, oldest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var years = new List<int>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == LedgerRows.YearsPartition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            years.Add(int.Parse(row.RowKey, System.Globalization.CultureInfo.InvariantCulture));
        }
        return years;
    }

    static string DocumentKey(Invoice document) => LedgerRows.Document(document.Number);

    /// <summary>
    /// Marks the year as having a ledger before its series' first document is written (and once for series started
    /// before the years were listed): an upsert, so a retry or a crash before the issue leaves nothing wrong behind.
    /// </summary>
    async Task RegisterYearAsync(int year, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(new TableEntity(LedgerRows.YearsPartition, year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)), TableUpdateMode.Replace, cancellationToken);

    async Task<Invoice?> FindIndexedAsync(string series, string indexRow, CancellationToken cancellationToken)
    {
        var index = await table.GetEntityIfExistsAsync<TableEntity>(series, indexRow, cancellationToken: cancellationToken);
        return index.HasValue && index.Value is { } row && DocumentNumber.TryParse(row.GetString("Number"), out var number)
            ? await FindAsync(number, cancellationToken)
            : null;
    }
}
