using System.Diagnostics;
using Azure.Data.Tables;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Storage;
using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks;

/// <summary>
/// The first page (100) of a month holding 100,000 invoices: GET /api/invoices on DevHost serving the real app,
/// beside a raw Azure.Data.Tables range read of the same rows, interleaved in one run on one Azurite.
/// </summary>
static class InvoiceListBenchmark
{
    const int InvoiceCount = 100_000;
    const int PageSize = 100;
    const int WarmUp = 20;
    const int Count = 200;
    const string Prefix = "Bench";
    const string FinanceKey = "bench-finance-key";
    static readonly DateTimeOffset MonthStart = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(string storage)
    {
        var tables = new TableServiceClient(storage);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(tables);
        Console.WriteLine($"Seeded {InvoiceCount:N0} invoices of March 2026 in {seeding.Elapsed.TotalSeconds:0} s");

        await using var devHost = await ProductDevHost.StartAsync(
            storage, "Invoice", new("OrderFlow:Storage:Prefix", Prefix), new("DevHost:FinanceKey", FinanceKey));
        using var http = new HttpClient { BaseAddress = devHost.Info.BaseAddress };
        http.DefaultRequestHeaders.Add("x-functions-key", FinanceKey);
        var table = tables.GetTableClient(new StorageNames(Prefix).Table(LedgerTable.TableName));

        var times = await Interleaved.MeasureAsync(WarmUp, Count, PageSize, () => ApiPageAsync(http), () => RawPageAsync(table));
        var (api, raw) = (times[0], times[1]);
        Console.WriteLine($"First page ({PageSize}) of a month of {InvoiceCount:N0} invoices, {Count} one after another, interleaved:");
        Console.WriteLine($"  GET /api/invoices on DevHost (finance key)   {api}");
        Console.WriteLine($"  raw Azure.Data.Tables range read             {raw}");
        Console.WriteLine($"  ratio at p50 {api.P50 / raw.P50:0.00}x, at p90 {api.P90 / raw.P90:0.00}x (target <= 1.5x)");
    }

    static async Task<int> ApiPageAsync(HttpClient http)
    {
        using var response = await http.GetAsync($"api/invoices?from=2026-03-01&to=2026-04-01&pageSize={PageSize}");
        response.EnsureSuccessStatusCode();
        using var body = await System.Text.Json.JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("items").GetArrayLength();
    }

    /// <summary>The floor: the same partition, RowKey range and columns, straight from the SDK.</summary>
    static async Task<int> RawPageAsync(TableClient table)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {LedgerRows.Partition(2026)} and RowKey ge {LedgerRows.DateKey(MonthStart)} and RowKey lt {LedgerRows.DateKey(MonthStart.AddMonths(1))}");
        await foreach (var page in table.QueryAsync<TableEntity>(filter, PageSize, ["RowKey", "Document"]).AsPages(pageSizeHint: PageSize))
        {
            return page.Values.Count;
        }
        return 0;
    }

    /// <summary>
    /// The month's date rows as the ledger writes them, 100 to a transaction (the most one holds), all in the year's
    /// one partition. Only the rows the list reads are seeded; issuing them one by one would take an hour on Azurite.
    /// </summary>
    static async Task SeedAsync(TableServiceClient tables)
    {
        var table = tables.GetTableClient(new StorageNames(Prefix).Table(LedgerTable.TableName));
        await table.CreateIfNotExistsAsync();
        var step = (MonthStart.AddMonths(1) - MonthStart) / InvoiceCount;
        var batches = Enumerable.Range(1, InvoiceCount).Chunk(100);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, cancellationToken) =>
        {
            var actions = batch.Select(n => Document(n, MonthStart + (step * (n - 1))))
                .Select(d => new TableTransactionAction(TableTransactionActionType.UpsertReplace, LedgerRows.DocumentEntity(d, LedgerRows.DateRow(d))));
            await table.SubmitTransactionAsync(actions, cancellationToken);
        });
    }

    static Invoice Document(int n, DateTimeOffset issuedAt) => new(
        new DocumentNumber(DocumentType.Invoice, 2026, n), OrderId.Parse($"o-{n}"), $"c-{n % 500}", issuedAt, "EUR", InvoiceStatus.Issued,
        [new InvoiceLine("CUP-ESP", "Espresso cup", 2, 1250, 0.19m, 2500, 475), new InvoiceLine("BOOK-1", "Kochbuch", 1, 3600, 0.07m, 3600, 252)],
        490)
    {
        Customer = new InvoiceCustomer($"Customer {n % 500}", $"c-{n % 500}@example.test", new InvoiceAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE")),
    };
}
