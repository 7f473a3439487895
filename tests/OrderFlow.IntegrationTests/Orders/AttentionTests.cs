using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// A step that fails after the parcel has left (here the last parcel's step, whose invoice cannot be issued with the
/// invoice table gone) flags the order for attention instead of failing it; once the cause is fixed, staff retry and
/// the order carries on to Completed.
/// </summary>
[Collection(SharedApps.ManualFulfilment)]
public class AttentionTests(ManualProductApp app)
{
    [Fact]
    public async Task InvoicingFailsWithTheLastParcel_FlaggedAndAlerted_RetryCompletesTheOrder()
    {
        await OrderApi.SeedProductAsync(app.Http, "ATT-1", onHand: 5);
        await OrderApi.SeedCustomerAsync(app.Http, "c-att");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("ATT-1001", "c-att", "ATT-1"));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/fulfilment", new { reference = "pick-1" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        // The app creates a table once per process (DevHost runs in this one): marked created, then gone.
        var invoices = await InvoiceTableAsync();
        await invoices.EnsureExistsAsync(CancellationToken.None);
        await invoices.DeleteAsync();

        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/shipments", new { carrier = "DHL", trackingNumber = "ATT-TRACK-1" })).StatusCode);
        var flagged = await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => o.GetProperty("attention").ValueKind == JsonValueKind.String,
            TimeSpan.FromSeconds(120),
            "the order flagged for attention");
        var alert = await Eventually.WaitForAsync(
            async () => (await MailCatcher.MessagesToAsync(DemoStaff.Operations)).Where(m => m.Subject == "Order ATT-1001 needs attention").ToList(),
            found => found.Count > 0,
            TimeSpan.FromSeconds(60),
            "the attention alert");
        await invoices.CreateIfNotExistsAsync();
        // The first retry comes from the order page's form, as Operations sends it; the repeat through the API.
        using var chloe = await Access.StaffBrowser.SignedInAsync(app.Http.BaseAddress!, Access.StaffBrowser.Chloe);
        var retryForm = await chloe.Http.GetStringAsync($"orders/{orderId}");
        using var retried = new HttpRequestMessage(HttpMethod.Post, $"orders/{orderId}/retry") { Content = new FormUrlEncodedContent(new Dictionary<string, string>()) };
        retried.Headers.Add("Origin", chloe.OwnOrigin);
        using var retriedAnswer = await chloe.Http.SendAsync(retried);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Invoiced");
        var retryAgain = await app.Http.PostAsync($"api/orders/{orderId}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/delivery", new { trackingNumber = "ATT-TRACK-1" })).StatusCode);
        var completed = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");

        // The invoice number is taken before the parcel is recorded, so that Shipped and Invoiced are saved together.
        Assert.Equal("Fulfilled", flagged.GetProperty("status").GetString());
        Assert.StartsWith("Order.Ship failed:", flagged.GetProperty("attention").GetString());
        Assert.Single(alert);
        Assert.Contains($"action=\"/orders/{orderId}/retry\"", retryForm, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.SeeOther, $"/orders/{orderId}?notice=retry"), (retriedAnswer.StatusCode, retriedAnswer.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Conflict, retryAgain.StatusCode);
        Assert.Equal(JsonValueKind.Null, completed.GetProperty("attention").ValueKind);
        var stages = completed.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("stage").GetString()).ToList();
        Assert.DoesNotContain("Failed", stages);
        Assert.Equal(1, stages.Count(s => s == "NeedsAttention"));
        Assert.Equal("Chloe Rivera", completed.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("stage").GetString() == "Retried").GetProperty("by").GetProperty("name").GetString());
        Assert.True(stages.IndexOf("NeedsAttention") < stages.IndexOf("Retried") && stages.IndexOf("Retried") < stages.IndexOf("Invoiced"));
        Assert.False(string.IsNullOrEmpty(completed.GetProperty("invoiceNumber").GetString()));
    }

    async Task<TableClient> InvoiceTableAsync()
    {
        var shared = await SharedServices.GetAsync();
        return new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}Invoices");
    }
}
