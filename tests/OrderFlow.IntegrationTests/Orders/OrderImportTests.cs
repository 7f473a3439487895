using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>POST /api/orders/import through DevHost: counts, per-line problems, history, invoice series and KPIs.</summary>
[Collection(SharedApps.OrderFlows)]
public class OrderImportTests(ProductApp app)
{
    // A day of its own, weeks back: nothing else in this app is received then, so the report counts the imports alone.
    static readonly DateTimeOffset Day = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-40);

    static string At(double hours, int day = 0) => Day.AddDays(day).AddHours(hours).ToString("O", CultureInfo.InvariantCulture);

    static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // 2 × 12.50 at 19 % with 4.90 shipping: gross 35.58.
    static JsonObject Completed(string externalId, int day = 0) => new()
    {
        ["source"] = "legacy-erp", ["externalId"] = externalId, ["customerId"] = "c-import", ["currency"] = "EUR", ["receivedAt"] = At(9, day), ["status"] = "Completed",
        ["lines"] = new JsonArray(new JsonObject { ["sku"] = "CUP-ESP", ["quantity"] = 2, ["unitPrice"] = "12.50", ["taxRate"] = "0.19" }),
        ["shippingCost"] = "4.90",
        ["shippingAddress"] = new JsonObject { ["line1"] = "Hauptstraße 1", ["city"] = "Berlin", ["postalCode"] = "10115", ["country"] = "DE" },
        ["stages"] = new JsonObject { ["Validated"] = At(9.1, day), ["Reserved"] = At(9.2, day), ["Fulfilled"] = At(20, day), ["Shipped"] = At(26, day), ["Delivered"] = At(59, day), ["Completed"] = At(59, day) },
        ["shipments"] = new JsonArray(new JsonObject { ["carrier"] = "DHL", ["trackingNumber"] = $"JD-{externalId}" }),
        ["payments"] = new JsonArray(new JsonObject { ["reference"] = $"PAY-{externalId}", ["amount"] = "35.58", ["at"] = At(9, day) }),
        ["invoiceNumber"] = $"RE-{externalId}",
    };

    static JsonObject Cancelled(string externalId, int day = 0)
    {
        var line = Completed(externalId, day);
        line["status"] = "Cancelled";
        line["stages"] = new JsonObject { ["Validated"] = At(9.1, day), ["Cancelled"] = At(12, day) };
        line.Remove("shipments");
        line.Remove("payments");
        line.Remove("invoiceNumber");
        return line;
    }

    async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(params JsonObject?[] lines)
    {
        var body = string.Join('\n', lines.Select(l => l?.ToJsonString() ?? ""));
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await app.Http.PostAsync("api/orders/import", content);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    static (int, int, int) Counts(JsonElement report) =>
        (report.GetProperty("imported").GetInt32(), report.GetProperty("alreadyPresent").GetInt32(), report.GetProperty("refused").GetInt32());

    [Fact]
    public async Task Import_GoodDuplicateAndBadLines_CountedEachBadLineNamedWithItsFields()
    {
        await OrderApi.SeedCustomerAsync(app.Http, "c-import");
        var bad = Completed("IMP-BAD");
        bad["lines"]![0]!["taxRate"] = "nineteen";
        var unknown = Completed("IMP-NOBODY");
        unknown["customerId"] = "c-nobody";

        var (status, first) = await ImportAsync(Completed("IMP-1"), null, bad, Cancelled("IMP-2"), unknown);
        var (_, again) = await ImportAsync(Completed("IMP-1"), Cancelled("IMP-2"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0, 2), Counts(first));
        Assert.Equal((0, 2, 0), Counts(again));
        var errors = first.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([3, 5], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal(["lines[0].taxRate"], errors[0].GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["customerId"], errors[1].GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(400, errors[0].GetProperty("status").GetInt32());
        Assert.Equal(first.GetProperty("orders")[0].GetProperty("orderId").GetString(), again.GetProperty("orders")[0].GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task Import_CompletedOrder_ShowsItsHistoryInListsAndKeepsTheSourceInvoiceAsReference()
    {
        await OrderApi.SeedCustomerAsync(app.Http, "c-import");
        var (_, report) = await ImportAsync(Completed("IMP-HIST"));
        var orderId = report.GetProperty("orders")[0].GetProperty("orderId").GetString();

        var order = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");
        var listed = await app.Http.GetFromJsonAsync<JsonElement>("api/orders?customerId=c-import&status=Completed");

        Assert.Equal(("Completed", "35.58", JsonValueKind.Null), (order.GetProperty("status").GetString(), order.GetProperty("totals").GetProperty("gross").GetString(), order.GetProperty("invoiceNumber").ValueKind));
        Assert.Equal("RE-IMP-HIST", order.GetProperty("imported").GetProperty("invoiceReference").GetString());
        Assert.Equal(["Received", "Paid", "Validated", "Reserved", "Fulfilled", "Shipped", "Delivered", "Completed"],
            order.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("stage").GetString()));
        Assert.Equal(Day.AddHours(59), order.GetProperty("timeline").EnumerateArray().Last().GetProperty("at").GetDateTimeOffset());
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), o => o.GetProperty("orderId").GetString() == orderId);
    }

    [Fact]
    public async Task Import_BetweenTwoRealOrders_InvoiceSeriesStaysContiguous()
    {
        await OrderApi.SeedProductAsync(app.Http, "IMP-SERIES", onHand: 10);
        await OrderApi.SeedCustomerAsync(app.Http, "c-import");
        var before = await OrderApi.WaitForStatusAsync(app.Http, await OrderApi.PostAsync(app.Http, OrderApi.Order("IMP-REAL-1", "c-import", "IMP-SERIES", quantity: 1)), "Completed");

        var (_, report) = await ImportAsync(Completed("IMP-SER-1"), Completed("IMP-SER-2"));
        var after = await OrderApi.WaitForStatusAsync(app.Http, await OrderApi.PostAsync(app.Http, OrderApi.Order("IMP-REAL-2", "c-import", "IMP-SERIES", quantity: 1)), "Completed");

        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        var first = before.GetProperty("invoiceNumber").GetString()!;
        var next = int.Parse(first[^6..], CultureInfo.InvariantCulture) + 1;
        Assert.Equal($"{first[..^6]}{next:000000}", after.GetProperty("invoiceNumber").GetString());
    }

    [Fact]
    public async Task Import_PastOrders_CountInTheKpiReportOfTheirDay()
    {
        await OrderApi.SeedCustomerAsync(app.Http, "c-import");
        await ImportAsync(Completed("IMP-KPI-1", day: -1), Completed("IMP-KPI-2", day: -1), Cancelled("IMP-KPI-3", day: -1));

        var report = await app.Http.GetFromJsonAsync<JsonElement>($"api/reports/orders?from={Date(Day.AddDays(-1))}&to={Date(Day)}");

        Assert.Equal((3, 3, 2, 1, 2), (report.GetProperty("received").GetInt32(), report.GetProperty("accepted").GetInt32(), report.GetProperty("completed").GetInt32(),
            report.GetProperty("cancelled").GetInt32(), report.GetProperty("delivered").GetInt32()));
        Assert.Equal(0.6667m, report.GetProperty("fulfilmentRate").GetDecimal());
        Assert.Equal(50 * 3600, report.GetProperty("cycleTime").GetProperty("p50Seconds").GetInt64());
    }

    [Theory]
    [InlineData("[{\"source\":\"a\"}]", "application/x-ndjson", HttpStatusCode.BadRequest)]
    [InlineData("source,externalId\na,b", "application/x-ndjson", HttpStatusCode.BadRequest)]
    [InlineData("", "application/x-ndjson", HttpStatusCode.BadRequest)]
    [InlineData("{\"source\":\"a\"}", "text/csv", HttpStatusCode.UnsupportedMediaType)]
    public async Task Import_NotJsonLines_WholeBodyProblem(string body, string type, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);

        var response = await app.Http.PostAsync("api/orders/import", content);

        Assert.Equal((expected, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Import_OverTheSizeLimit_413()
    {
        using var content = new ByteArrayContent(new byte[8 * 1024 * 1024 + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        var response = await app.Http.PostAsync("api/orders/import", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
