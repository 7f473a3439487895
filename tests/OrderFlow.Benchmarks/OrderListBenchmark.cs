using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Storage;
using OrderFlow.Functions.Pages.OrderList;

namespace OrderFlow.Benchmarks;

/// <summary>
/// The back office's order list and order page beside the API and the raw storage read, in one run on one Azurite:
/// the first page of a month holding 100,000 orders through the page (/orders, its 100 rows) and GET /api/orders (the
/// same 100), each beside a raw range read of the same index rows; and one order through its page beside
/// GET /api/orders/{id}.
/// </summary>
static class OrderListBenchmark
{
    const int OrderCount = 100_000;
    // The newest orders of the month are real ones, imported through the API with their lines, parcels and payments;
    // the rest are their index rows only, which a first page never reads but every range read of the month passes.
    const int RealOrders = 200;
    const int PageSize = OrderListPage.PageSize;
    const int WarmUp = 20;
    const int Count = 200;
    const string Prefix = "Bench";
    const string HostKey = "bench-host-key";
    // Oliver Hughes, a demo user with the Sales role (functions/OrderFlow.DevHost/demo-users.json).
    const string SalesUser = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0010";
    static readonly DateTimeOffset MonthStart = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset RealFrom = MonthStart.AddDays(30);

    public static async Task RunAsync(string storage)
    {
        var tables = new TableServiceClient(storage);
        var index = tables.GetTableClient(new StorageNames(Prefix).Table(OrderIndex.TableName));
        var seeding = Stopwatch.StartNew();
        await SeedIndexRowsAsync(index);

        await using var devHost = await ProductDevHost.StartAsync(
            storage, "OrderList", new("OrderFlow:Storage:Prefix", Prefix), new("DevHost:HostKey", HostKey), new("DevHost:SeedDemoData", "false"));
        using var api = new HttpClient { BaseAddress = devHost.Info.BaseAddress };
        api.DefaultRequestHeaders.Add("x-functions-key", HostKey);
        await ImportRealOrdersAsync(api);
        Console.WriteLine($"Seeded {OrderCount:N0} orders of March 2026 ({RealOrders} imported through the API) in {seeding.Elapsed.TotalSeconds:0} s");

        using var browser = await SignedInAsync(devHost.Info.BaseAddress);
        var month = $"from=2026-03-01&to=2026-04-01";
        var list = await Interleaved.MeasureAsync(WarmUp, Count, PageSize,
            () => PageRowsAsync(browser, $"orders?{month}"),
            () => ApiItemsAsync(api, $"api/orders?{month}&pageSize={PageSize}"),
            () => RawPageAsync(index));
        Console.WriteLine($"First page ({PageSize}) of a month of {OrderCount:N0} orders, {Count} one after another, interleaved:");
        Console.WriteLine($"  /orders page on DevHost (signed in)          {list[0]}");
        Console.WriteLine($"  GET /api/orders on DevHost (key)             {list[1]}");
        Console.WriteLine($"  raw Azure.Data.Tables range read             {list[2]}");
        Console.WriteLine($"  page / raw at p50 {list[0].P50 / list[2].P50:0.00}x, API / raw at p50 {list[1].P50 / list[2].P50:0.00}x (target <= 1.5x)");

        var orderId = await NewestOrderIdAsync(api);
        var one = await Interleaved.MeasureAsync(WarmUp, Count, 1,
            () => OkAsync(browser, $"orders/{orderId}"),
            () => OkAsync(api, $"api/orders/{orderId}"));
        Console.WriteLine($"One order ({orderId}), {Count} one after another, interleaved:");
        Console.WriteLine($"  /orders/{{id}} page                           {one[0]}");
        Console.WriteLine($"  GET /api/orders/{{id}}                        {one[1]}");
        Console.WriteLine($"  page / API at p50 {one[0].P50 / one[1].P50:0.00}x (target <= 1.5x)");
    }

    static async Task<int> PageRowsAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        // Each order of the list is one row of the table's body, headed by its order ID.
        return html.Split("<th scope=\"row\">").Length - 1;
    }

    static async Task<int> ApiItemsAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("items").GetArrayLength();
    }

    static async Task<int> OkAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
        return 1;
    }

    /// <summary>The floor: the month's partition, the first 100 rows of its key range, as the list's index read asks.</summary>
    static async Task<int> RawPageAsync(TableClient index)
    {
        var filter = OrderIndex.Filter(new OrderQuery(null, MonthStart, MonthStart.AddMonths(1), null));
        await foreach (var page in index.QueryAsync<TableEntity>(filter, PageSize).AsPages(pageSizeHint: PageSize))
        {
            return page.Values.Count;
        }
        return 0;
    }

    static async Task<string> NewestOrderIdAsync(HttpClient api)
    {
        using var body = JsonDocument.Parse(await api.GetStringAsync("api/orders?from=2026-03-01&to=2026-04-01&pageSize=1"));
        return body.RootElement.GetProperty("items")[0].GetProperty("orderId").GetString()!;
    }

    static async Task<HttpClient> SignedInAsync(Uri baseAddress)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = SalesUser });
        using var signIn = await browser.PostAsync(".auth/login/dev", form);
        signIn.EnsureSuccessStatusCode();
        return browser;
    }

    /// <summary>Index rows as OrderIndex writes them, 100 to a transaction in the month's one partition, older than the real orders.</summary>
    static async Task SeedIndexRowsAsync(TableClient index)
    {
        await index.CreateIfNotExistsAsync();
        var step = (RealFrom - MonthStart) / (OrderCount - RealOrders);
        var batches = Enumerable.Range(1, OrderCount - RealOrders).Chunk(100);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, cancellationToken) =>
        {
            var rows = batch.Select(n => OrderRecord.Accept(OrderId.Parse($"o-bench-{n}"), "api", $"B-{n}", MonthStart + (step * (n - 1)), FulfilmentMode.Auto))
                .Select(order => new TableEntity(OrderIndex.MonthPartition(order.ReceivedAt), OrderIndex.RowKey(order)) { ["Status"] = nameof(OrderStatus.Completed) });
            await index.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), cancellationToken);
        });
    }

    // Goods 61.00 and shipping 4.90, all at 19 %: 4.75 + 6.84 + 0.93 of tax.
    const string PaidInFull = "78.42";

    /// <summary>Completed past orders with two lines, a parcel and a payment, one a minute from the 31st on.</summary>
    static async Task ImportRealOrdersAsync(HttpClient api)
    {
        using var customer = await api.PutAsync("api/customers/c-bench", Json(new
        {
            name = "Benchmark Buyer", email = "buyer@example.test",
            shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
        }));
        customer.EnsureSuccessStatusCode();
        var lines = new StringBuilder();
        for (var n = 1; n <= RealOrders; n++)
        {
            var at = RealFrom.AddMinutes(n);
            string Time(double hours) => at.AddHours(hours).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            lines.AppendLine(JsonSerializer.Serialize(new
            {
                source = "bench-legacy", externalId = $"R-{n}", customerId = "c-bench", currency = "EUR", receivedAt = Time(0), status = "Completed",
                lines = new[]
                {
                    new { sku = "CUP-ESP", description = "Espresso cup", quantity = 2, unitPrice = "12.50", taxRate = "0.19" },
                    new { sku = "BOOK-1", description = "Cookbook", quantity = 1, unitPrice = "36.00", taxRate = "0.19" },
                },
                shippingCost = "4.90",
                stages = new Dictionary<string, string>
                {
                    ["Validated"] = Time(0.1), ["Reserved"] = Time(0.2), ["Fulfilled"] = Time(2), ["Shipped"] = Time(3), ["Invoiced"] = Time(3),
                    ["Delivered"] = Time(30), ["Completed"] = Time(30),
                },
                shipments = new[] { new { carrier = "DHL", trackingNumber = $"00340434{n:D10}" } },
                payments = new[] { new { reference = $"PAY-R-{n}", amount = PaidInFull, at = Time(30) } },
                invoiceNumber = $"RE-R-{n}",
            }));
        }
        using var content = new StringContent(lines.ToString(), Encoding.UTF8, "application/x-ndjson");
        using var response = await api.PostAsync("api/orders/import", content);
        var answer = await response.Content.ReadAsStringAsync();
        // A refused line is answered 200 beside the others: an order that did not come in would leave the page empty.
        if (!response.IsSuccessStatusCode || JsonDocument.Parse(answer).RootElement.GetProperty("imported").GetInt32() != RealOrders)
        {
            throw new InvalidOperationException($"Import answered {(int)response.StatusCode}: {answer}");
        }
    }

    static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
