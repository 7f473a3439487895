using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Manual mode where orders are invoiced as soon as their stock is reserved, as shops that invoice at checkout do.</summary>
public sealed class InvoiceOnConfirmationApp : ProductApp
{
    protected override string Mode => "Manual";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("OrderFlow:Invoicing:IssueOn", "Confirmation")];
}

public class CreditNoteTests(InvoiceOnConfirmationApp app) : IClassFixture<InvoiceOnConfirmationApp>
{
    async Task<string> InvoicedOrderAsync(string externalId, string sku)
    {
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 10);
        await OrderApi.SeedCustomerAsync(app.Http, "c-credit");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order(externalId, "c-credit", sku, quantity: 2, paid: false));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Invoiced");
        return orderId;
    }

    [Fact]
    public async Task Cancel_AfterInvoicing_CreditNoteVoidsInvoiceAndStockReturns()
    {
        var orderId = await InvoicedOrderAsync("PO-CN-1", "CN-1");

        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/cancel", new { reason = "customer withdrew" })).StatusCode);
        var cancelled = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");

        var creditNote = cancelled.GetProperty("creditNoteNumber").GetString();
        Assert.Matches(@"^CN-\d{4}-000001$", creditNote);
        var stages = cancelled.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("stage").GetString()).ToList();
        Assert.True(stages.IndexOf("Invoiced") < stages.IndexOf("Credited") && stages.IndexOf("Credited") < stages.IndexOf("Cancelled"), string.Join(",", stages));
        var stock = await OrderApi.StockAsync(app.Http, "CN-1");
        Assert.Equal((10, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
    }

    [Fact]
    public async Task InvoicedFirst_ThenShippedDeliveredPaid_CompletedWithoutCreditNote()
    {
        var orderId = await InvoicedOrderAsync("PO-CN-2", "CN-2");

        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/fulfilment", new { })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/shipments", new { carrier = "DHL", trackingNumber = "CN2" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Shipped");
        Assert.Equal(HttpStatusCode.Conflict, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/cancel", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/delivery", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/payments", new { reference = "CN2-PAY" })).StatusCode);
        var done = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");

        Assert.Equal(JsonValueKind.Null, done.GetProperty("creditNoteNumber").ValueKind);
        Assert.Single(done.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("stage").GetString() == "Invoiced");
        var invoices = await Eventually.WaitForAsync(
            async () => (await MailCatcher.MessagesToAsync("c-credit@example.test")).Where(m => m.Subject.Contains("PO-CN-2", StringComparison.Ordinal) && m.Subject.StartsWith("Invoice", StringComparison.Ordinal)).ToList(),
            m => m.Count >= 1, TimeSpan.FromSeconds(60), "the invoice email");
        Assert.Single(invoices);
    }
}
