using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Functions.Pages.NewOrder;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Pages;

/// <summary>The new-order form over HTTP as Amelia (Sales): the API's checks beside their fields, warnings, one order per form.</summary>
[Collection(SharedApps.OrderFlows)]
public class NewOrderPageTests(ProductApp app)
{
    [Fact]
    public async Task Show_ChosenCustomerAndSearch_AddressFilledProductsWithPriceAndStock()
    {
        var (sku, customer) = await SeedAsync();
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var chosen = await amelia.Http.GetAsync($"orders/new?customerId={customer}");
        var html = await chosen.Content.ReadAsStringAsync();
        var search = await amelia.Http.GetStringAsync($"orders/new?customer=Buyer%20{customer[2..]}");

        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Contains($"value=\"Lindenallee {customer}\"", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"{sku} · Product {sku} · 24.50 EUR · 20 available"), html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/orders/new?customerId={customer}\">Choose Buyer {customer[2..]}</a>", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ZeroQuantity_TheFormAgainWithTheErrorBesideTheRow()
    {
        var (sku, customer) = await SeedAsync();
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var response = await PageForms.PostAsync(amelia, NewOrderPage.Path, Form(customer, Guid.NewGuid(), (1, sku, "0", null, null)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(PageForms.ErrorBeside("lines[1].quantity", "A whole quantity from 1 to 100000 is required."), html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-lines-1--quantity\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownSkuAndOverrideWithoutReason_EachBesideItsRowAndNothingEntered()
    {
        var (sku, customer) = await SeedAsync();
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var token = Guid.NewGuid();
        var response = await PageForms.PostAsync(amelia, NewOrderPage.Path,
            Form(customer, token, (0, $"NONE-{sku}", "1", null, null), (2, sku, "1", "20.00", null)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(PageForms.ErrorBeside("lines[0].sku", $"SKU 'NONE-{sku}' does not exist."), html, StringComparison.Ordinal);
        Assert.Contains(PageForms.ErrorBeside("lines[2].priceOverrideReason", "20.00 is not the catalogue price (24.50 EUR)"), html, StringComparison.Ordinal);
        await AssertNotEnteredAsync(token);
    }

    [Fact]
    public async Task Post_OverCreditLimit_WarnedBesideTheBoxThenEnteredOnHoldOnceAccepted()
    {
        var (sku, customer) = await SeedAsync(creditLimit: "10.00");
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);
        var token = Guid.NewGuid();

        var warned = await PageForms.PostAsync(amelia, NewOrderPage.Path, Form(customer, token, (0, sku, "2", null, null)));
        var html = await warned.Content.ReadAsStringAsync();
        var accepted = await PageForms.PostAsync(amelia, NewOrderPage.Path, [.. Form(customer, token, (0, sku, "2", null, null)), new(NewOrderForm.AcceptWarnings, "true")]);
        var orderId = OrderId(accepted);
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold", "Reserved", "Completed", "Rejected");

        Assert.Equal(HttpStatusCode.BadRequest, warned.StatusCode);
        Assert.Contains(PageForms.ErrorBeside(NewOrderForm.AcceptWarnings, "It will wait for approval: The unpaid total 58.31 EUR is over the customer's credit limit of 10.00 EUR."), html, StringComparison.Ordinal);
        Assert.Equal("OnHold", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_MoreThanInStock_WarnedOfTheBackorderAndNothingEntered()
    {
        var (sku, customer) = await SeedAsync();
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var token = Guid.NewGuid();
        var warned = await PageForms.PostAsync(amelia, NewOrderPage.Path, [.. Form(customer, token, (0, sku, "25", null, null)), new(NewOrderForm.Paid, "true")]);

        Assert.Equal(HttpStatusCode.BadRequest, warned.StatusCode);
        Assert.Contains(PageForms.ErrorBeside(NewOrderForm.AcceptWarnings, $"It will wait as Backordered: 25 of {sku} ordered, 20 available."), await warned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNotEnteredAsync(token);
    }

    [Fact]
    public async Task Post_SameFormTwice_OneOrderEnteredByAmelia()
    {
        var (sku, customer) = await SeedAsync();
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);
        var form = Form(customer, Guid.NewGuid(), (0, sku, "1", "22.00", "Loyal customer"));

        var responses = await Task.WhenAll(PageForms.PostAsync(amelia, NewOrderPage.Path, form), PageForms.PostAsync(amelia, NewOrderPage.Path, form));
        var orderId = OrderId(responses[0]);
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved", "Fulfilled", "Shipped", "Invoiced", "Delivered", "Completed", "Rejected");
        var listed = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders?customerId={customer}");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        Assert.Equal(orderId, OrderId(responses[1]));
        Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(("api", "22.00"), (order.GetProperty("source").GetString(), order.GetProperty("lines")[0].GetProperty("unitPrice").GetString()));
        var received = order.GetProperty("timeline").EnumerateArray().First(t => t.GetProperty("stage").GetString() == "Received");
        Assert.Equal("Amelia Clarke", received.GetProperty("by").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AddLine_ShowsOneMoreRowAndKeepsWhatWasTyped()
    {
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var response = await PageForms.PostAsync(amelia, NewOrderPage.Path,
            [.. Form("c-kept", Guid.NewGuid(), (2, "KEPT-1", "7", null, null)), new("action", NewOrderHtml.AddLine)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<legend>Line 4</legend>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<legend>Line 5</legend>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"lines[2].quantity\" value=\"7\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operations_NewOrderPageAndItsPost_Refused403()
    {
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);

        var page = await chloe.Http.GetAsync("orders/new");
        var post = await PageForms.PostAsync(chloe, NewOrderPage.Path, Form("c-none", Guid.NewGuid()));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, post.StatusCode));
    }

    /// <summary>The form's token names the order it would enter: no such order exists.</summary>
    async Task AssertNotEnteredAsync(Guid token)
    {
        using var response = await app.Http.GetAsync($"api/orders/{DirectEntry.OrderIdOf($"entry-{token:N}")}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    async Task<(string Sku, string Customer)> SeedAsync(string? creditLimit = null)
    {
        var unique = PageForms.Unique();
        var (sku, customer) = ($"NO-{unique}", $"c-{unique}");
        await OrderApi.SeedProductAsync(app.Http, sku);
        await PageForms.SeedCustomerAsync(app.Http, customer, $"Buyer {unique}", creditLimit);
        return (sku, customer);
    }

    /// <summary>The form as a person fills it: the customer, their address, and lines on the rows given (row, SKU, quantity, price, reason).</summary>
    static List<KeyValuePair<string, string>> Form(string customer, Guid token, params (int Row, string Sku, string Quantity, string? Price, string? Reason)[] lines)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new(NewOrderForm.Token, token.ToString("N")), new("rows", "3"), new("customerId", customer), new("currency", "EUR"),
            new("shippingAddress.line1", "Lindenallee 1"), new("shippingAddress.city", "Potsdam"), new("shippingAddress.postalCode", "14467"),
            new("shippingAddress.country", "DE"), new("shippingCost", "0.00"),
        };
        foreach (var (row, sku, quantity, price, reason) in lines)
        {
            fields.AddRange([new(NewOrderForm.Line(row, "sku"), sku), new(NewOrderForm.Line(row, "quantity"), quantity), new(NewOrderForm.Line(row, "unitPrice"), price ?? ""), new(NewOrderForm.Line(row, "priceOverrideReason"), reason ?? "")]);
        }
        return fields;
    }

    static string OrderId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/orders/", location, StringComparison.Ordinal);
        return location["/orders/".Length..location.IndexOf('?', StringComparison.Ordinal)];
    }
}
