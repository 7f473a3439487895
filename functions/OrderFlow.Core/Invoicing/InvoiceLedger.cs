using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// Gap-free invoice numbers INV-yyyy-nnnnnn. A year's series is one partition of the Invoices table holding its
/// counter, its invoices and the order→invoice index, and each issue is one transaction guarded by the counter's
/// ETag: two orders can never take one number, a number is never skipped, and an order is never invoiced twice.
/// One partition per year caps issuing at the partition target (2,000 operations/s), far above any mid-size business.
/// </summary>
public sealed class InvoiceLedger(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Invoices";
    const string CounterRow = "counter";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Issues the order's invoice, or answers the one it already has.</summary>
    public async Task<Invoice> IssueAsync(Func<string, Invoice> draft, string orderId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        var series = SeriesPartition(issuedAt.Year);
        return await OptimisticConcurrency.RetryAsync(async () =>
        {
            if (await FindByOrderAsync(series, orderId, cancellationToken) is { } existing)
            {
                return existing;
            }
            var counter = await table.GetEntityIfExistsAsync<TableEntity>(series, CounterRow, cancellationToken: cancellationToken);
            var next = counter.HasValue ? counter.Value!.GetInt64("Next") ?? 1 : 1;
            var invoice = draft($"INV-{issuedAt.Year:0000}-{next:000000}");
            var counterRow = new TableEntity(series, CounterRow) { ["Next"] = next + 1 };
            TableTransactionAction[] actions =
            [
                counter.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, counterRow, counter.Value!.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, counterRow),
                new TableTransactionAction(TableTransactionActionType.Add, InvoiceRow(series, invoice)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(series, OrderIndexRow(orderId)) { ["Number"] = invoice.Number }),
            ];
            // A conflict means another invoice took this number first, or this order's own retry won: read again.
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return invoice;
        }, cancellationToken);
    }

    public async Task<Invoice?> FindAsync(string number, CancellationToken cancellationToken)
    {
        if (!TryParseYear(number, out var year))
        {
            return null;
        }
        await table.CreateIfNotExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(SeriesPartition(year), InvoiceRowKey(number), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? JsonSerializer.Deserialize<Invoice>(entity.GetString("Document"), Json) : null;
    }

    async Task<Invoice?> FindByOrderAsync(string series, string orderId, CancellationToken cancellationToken)
    {
        var index = await table.GetEntityIfExistsAsync<TableEntity>(series, OrderIndexRow(orderId), cancellationToken: cancellationToken);
        return index.HasValue && index.Value is { } row ? await FindAsync(row.GetString("Number"), cancellationToken) : null;
    }

    static TableEntity InvoiceRow(string series, Invoice invoice) => new(series, InvoiceRowKey(invoice.Number))
    {
        ["Document"] = JsonSerializer.Serialize(invoice, Json),
        ["OrderId"] = invoice.OrderId,
        ["CustomerId"] = invoice.CustomerId,
        ["IssuedAt"] = invoice.IssuedAt,
        ["Status"] = invoice.Status,
    };

    static string SeriesPartition(int year) => $"series-{year:0000}";

    static string InvoiceRowKey(string number) => "invoice|" + number;

    static string OrderIndexRow(string orderId) => "order|" + orderId;

    static bool TryParseYear(string number, out int year)
    {
        year = 0;
        var parts = number.Split('-');
        return parts is ["INV", var y, { Length: 6 }] && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }
}
