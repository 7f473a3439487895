using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The finance list: invoices and credit notes in issue-time order. Each year's ledger partition holds a date row
/// per document (<see cref="LedgerRows"/>), so a page is a RowKey range read inside one partition (the next year's
/// partition follows when a range crosses New Year), with the status and customer filters applied by the service
/// to that range, and the due date's (Overdue) to the open items it answers. No page ever scans the table.
/// </summary>
public sealed class InvoiceList(TableServiceClient tables, StorageNames names)
{
    public const int MaxPageSize = 1000;

    readonly LedgerTable ledger = new(tables, names);

    /// <summary>Up to <paramref name="pageSize"/> documents after <paramref name="after"/>, and where the next page starts.</summary>
    public async Task<InvoicePage> PageAsync(InvoiceQuery query, int pageSize, ListCursor? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        // One more than asked says whether a next page exists, so the last page carries no token.
        var found = new List<(string Row, Invoice Document)>(pageSize + 1);
        foreach (var year in await YearsAsync(query, after, cancellationToken))
        {
            var filter = Filter(year, query, after);
            await foreach (var row in ledger.Client.QueryAsync<TableEntity>(filter, pageSize + 1 - found.Count, ["RowKey", .. LedgerRows.DocumentText.Columns], cancellationToken))
            {
                var document = LedgerRows.FromEntity(row);
                if (!query.Keeps(document))
                {
                    continue;
                }
                found.Add((row.RowKey, document));
                if (found.Count > pageSize)
                {
                    return new InvoicePage([.. found.Take(pageSize).Select(f => f.Document)], new ListCursor(found[pageSize - 1].Row));
                }
            }
        }
        return new InvoicePage([.. found.Select(f => f.Document)], null);
    }

    /// <summary>Every matching document after <paramref name="after"/>, read <paramref name="batchSize"/> at a time.</summary>
    public async IAsyncEnumerable<Invoice> StreamAsync(
        InvoiceQuery query, int batchSize, ListCursor? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = after;
        do
        {
            var page = await PageAsync(query, batchSize, cursor, cancellationToken);
            foreach (var document in page.Items)
            {
                yield return document;
            }
            cursor = page.Next;
        }
        while (cursor is not null);
    }

    /// <summary>
    /// The year partitions the range touches, oldest first. A range within one year needs no look-up; an open or
    /// longer range visits only the years that have a ledger.
    /// </summary>
    async Task<IEnumerable<int>> YearsAsync(InvoiceQuery query, ListCursor? after, CancellationToken cancellationToken)
    {
        var first = Math.Max(query.From is { } from ? LedgerRows.YearOf(from) : 1, after?.Year ?? 1);
        var last = query.To is { } to ? LedgerRows.YearOf(to.AddTicks(-1)) : 9999;
        if (first == last)
        {
            await ledger.EnsureCreatedAsync(cancellationToken);
            return [first];
        }
        return (await ledger.YearsAsync(cancellationToken)).Where(y => y >= first && y <= last);
    }

    static string Filter(int year, InvoiceQuery query, ListCursor? after)
    {
        var partition = LedgerRows.Partition(year);
        var start = query.From is { } from ? LedgerRows.DateKey(from) : LedgerRows.DateKey(DateTimeOffset.MinValue);
        var end = query.To is { } to ? LedgerRows.DateKey(to) : LedgerRows.DateRowsEnd;
        var filters = new List<string>
        {
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}"),
        };
        if (after is { } cursor)
        {
            filters.Add(TableClient.CreateQueryFilter($"RowKey gt {cursor.AfterRow}"));
        }
        if (query.CustomerId is { } customerId)
        {
            filters.Add(TableClient.CreateQueryFilter($"CustomerId eq {customerId}"));
        }
        if (query.Status is { } status)
        {
            filters.Add(StatusFilterText(status));
        }
        return string.Join(" and ", filters);
    }

    /// <summary>Overdue reads the open items and keeps those past due (<see cref="InvoiceQuery.Keeps"/>).</summary>
    static string StatusFilterText(StatusFilter status) => status is StatusFilter.Unpaid or StatusFilter.Overdue
        ? TableClient.CreateQueryFilter(
            $"Type eq {nameof(DocumentType.Invoice)} and (Status eq {nameof(InvoiceStatus.Issued)} or Status eq {nameof(InvoiceStatus.PartiallyPaid)})")
        : TableClient.CreateQueryFilter($"Status eq {status.ToString()}");
}
