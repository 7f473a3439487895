using System.Net;
using System.Net.Http.Json;
using System.Text;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The customer hears of every outcome, once, in their language, at the real SMTP server.</summary>
[Collection(SharedApps.OrderFlows)]
public class CustomerOutcomeEmailTests(ProductApp app)
{
    [Fact]
    public async Task OrderShortThenRestocked_OneBackorderEmailNamingTheShortLine_ThenTheConfirmation()
    {
        await OrderApi.SeedProductAsync(app.Http, "WAIT-A", onHand: 0);
        await OrderApi.SeedProductAsync(app.Http, "WAIT-B", onHand: 0);
        await OrderApi.SeedCustomerAsync(app.Http, "c-wait");
        var orderId = await OrderApi.PostAsync(app.Http, TwoLineOrder("PO-WAIT-1", "c-wait", "WAIT-A", "WAIT-B"));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Backordered");

        // Half the stock wakes the order, which is short again and queues its backorder email again; then the rest.
        (await app.Http.PutAsJsonAsync("api/inventory/WAIT-A/WH-A", new { onHand = 5, reorderPoint = 0 })).EnsureSuccessStatusCode();
        await MailCatcher.WaitForAsync("c-wait@example.test", 1);
        (await app.Http.PutAsJsonAsync("api/inventory/WAIT-B/WH-A", new { onHand = 5, reorderPoint = 0 })).EnsureSuccessStatusCode();
        await OrderApi.WaitForStatusAsync(app.Http, orderId, TimeSpan.FromSeconds(60), "Completed");
        await MailCatcher.WaitForAsync("c-wait@example.test", 4);
        await OutboxDrain.WaitAsync(app.Names);
        var emails = await MailCatcher.MimeMessagesToAsync("c-wait@example.test");

        var backorder = Assert.Single(emails, e => e.Subject == "Your order PO-WAIT-1 is waiting for stock");
        Assert.Contains("1 × Product WAIT-B (WAIT-B)", backorder.TextBody, StringComparison.Ordinal);
        Assert.Contains("as soon as the stock arrives", backorder.HtmlBody, StringComparison.Ordinal);
        Assert.Single(emails, e => e.Subject == "Your order PO-WAIT-1 is confirmed");
    }

    [Fact]
    public async Task CancelledWithAReasonForTheCustomer_EmailGivesItAndNotTheInternalOne()
    {
        await OrderApi.SeedProductAsync(app.Http, "GONE-1", onHand: 0);
        await OrderApi.SeedCustomerAsync(app.Http, "c-gone");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-GONE-1", "c-gone", "GONE-1"));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Backordered");

        var cancel = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/cancel", new { reason = "supplier dropped the line", customerReason = "The cup is no longer made." });
        var cancelled = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");
        await MailCatcher.WaitForAsync("c-gone@example.test", 2);
        await OutboxDrain.WaitAsync(app.Names);
        var email = Assert.Single(await MailCatcher.MimeMessagesToAsync("c-gone@example.test"), e => e.Subject == "Your order PO-GONE-1 is cancelled");

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("supplier dropped the line", cancelled.GetProperty("timeline").EnumerateArray().Last().GetProperty("detail").GetString());
        Assert.Contains("Reason: The cup is no longer made.", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("supplier", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShopOrderRejectedFromAGermanCheckout_CustomerToldInGermanWithoutTheReasons()
    {
        var body = Encoding.UTF8.GetBytes("""
            {"id":7001,"name":"#7001","email":"rejected@example.test","currency":"EUR","financial_status":"paid","customer_locale":"de-DE",
             "total_price":"29.15","customer":{"first_name":"Jana","last_name":"Roth","email":"rejected@example.test"},
             "line_items":[{"sku":"NEVER-SOLD","quantity":1,"price":"24.50"}],"shipping_lines":[{"price":"4.65"}],
             "shipping_address":{"address1":"Königsallee 5","city":"Düsseldorf","zip":"40212","country_code":"DE"} }
            """);

        var response = await ShopWebhooks.PostShopifyAsync(app.Http, body, "orders/create");
        var orderId = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("orderId").GetString()!;
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected");
        await MailCatcher.WaitForAsync("rejected@example.test", 1);
        await OutboxDrain.WaitAsync(app.Names);
        var email = Assert.Single(await MailCatcher.MimeMessagesToAsync("rejected@example.test"));

        Assert.Equal("Wir konnten Ihre Bestellung #7001 nicht annehmen", email.Subject);
        Assert.StartsWith("Hallo Jana Roth,", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("NEVER-SOLD", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GermanCustomer_ConfirmationInGermanWithGermanNumbers_BadLanguageRefused()
    {
        await OrderApi.SeedProductAsync(app.Http, "DE-CUP", price: "1200.00");
        var refused = await app.Http.PutAsJsonAsync("api/customers/c-german", new { name = "Jana Roth", email = "c-german@example.test", language = "fr" });
        (await app.Http.PutAsJsonAsync("api/customers/c-german", new { name = "Jana Roth", email = "c-german@example.test", language = "de" })).EnsureSuccessStatusCode();

        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-DE-1", "c-german", "DE-CUP", quantity: 1, unitPrice: "1200.00"));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
        var emails = await Eventually.WaitForAsync(
            () => MailCatcher.MimeMessagesToAsync("c-german@example.test"), m => m.Any(e => e.Subject == "Ihre Bestellung PO-DE-1 ist bestätigt"), TimeSpan.FromSeconds(60), "the German confirmation");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"language\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var confirmation = emails.Single(e => e.Subject == "Ihre Bestellung PO-DE-1 ist bestätigt");
        Assert.Contains("1.428,00 EUR", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Mit freundlichen Grüßen"), confirmation.HtmlBody, StringComparison.Ordinal);
    }

    static object TwoLineOrder(string externalId, string customerId, string first, string second) => new
    {
        externalId,
        customerId,
        currency = "EUR",
        lines = new[] { new { sku = first, quantity = 1, unitPrice = "24.50" }, new { sku = second, quantity = 1, unitPrice = "24.50" } },
        shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
        shippingCost = "0.00",
        paid = true,
    };
}
