using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Functions.Pages.Customers;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Pages;

/// <summary>The customer list and page over HTTP: search, order history and open invoices, the credit limit Sales may set.</summary>
[Collection(SharedApps.OrderFlows)]
public class CustomerPagesTests(ProductApp app)
{
    [Fact]
    public async Task List_SearchByNameOrId_OnlyMatchingCustomersLinked()
    {
        var unique = PageForms.Unique();
        await PageForms.SeedCustomerAsync(app.Http, $"c-{unique}-a", $"Kiln Works {unique}");
        await PageForms.SeedCustomerAsync(app.Http, $"c-{unique}-b", $"Pottery Shed {unique}");
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var byName = await amelia.Http.GetStringAsync($"customers?q=kiln%20works%20{unique}");
        var byId = await amelia.Http.GetStringAsync($"customers?q=c-{unique}-B");

        Assert.Contains($"<a href=\"/customers/c-{unique}-a\">Kiln Works {unique}</a>", byName, StringComparison.Ordinal);
        Assert.DoesNotContain($"Pottery Shed {unique}", byName, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/customers/c-{unique}-b\">Pottery Shed {unique}</a>", byId, StringComparison.Ordinal);
        Assert.DoesNotContain($"Kiln Works {unique}", byId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_OrdersNewestFirstAndTheOpenInvoiceWithItsTotal()
    {
        var unique = PageForms.Unique();
        var (customer, sku) = ($"c-{unique}", $"CP-{unique}");
        await PageForms.SeedCustomerAsync(app.Http, customer, $"Glaze Studio {unique}");
        await OrderApi.SeedProductAsync(app.Http, sku);
        var first = await OrderApi.PostAsync(app.Http, OrderApi.Order($"CP-{unique}-1", customer, sku, quantity: 1, paid: false));
        var invoiced = await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{first}"),
            o => o.GetProperty("invoiceNumber").ValueKind == JsonValueKind.String, TimeSpan.FromSeconds(120), "the first order's invoice");
        await OrderApi.PostAsync(app.Http, OrderApi.Order($"CP-{unique}-2", customer, sku, quantity: 1, paid: true));
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        // An order joins its customer's history once validation has matched the customer.
        var html = await Eventually.WaitForAsync(
            () => priya.Http.GetStringAsync($"customers/{customer}"), page => page.Contains($">CP-{unique}-2</a>", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the second order in the history");

        var second = html.IndexOf($">CP-{unique}-2</a>", StringComparison.Ordinal);
        Assert.InRange(second, 0, html.IndexOf($">CP-{unique}-1</a>", StringComparison.Ordinal));
        Assert.Contains(invoiced.GetProperty("invoiceNumber").GetString()!, html, StringComparison.Ordinal);
        Assert.Contains($"Open in EUR: <strong>{invoiced.GetProperty("totals").GetProperty("gross").GetString()} EUR</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Save credit limit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditLimit_SalesSetsIt_SavedWithTheirNameAndABadAmountShownBesideTheField()
    {
        var customer = $"c-{PageForms.Unique()}";
        await PageForms.SeedCustomerAsync(app.Http, customer, "Credit Check Ltd");
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var bad = await PageForms.PostAsync(amelia, $"/customers/{customer}/credit-limit", [new(CustomerPage.CurrencyField, "EUR"), new("creditLimit", "-5")]);
        var badHtml = await bad.Content.ReadAsStringAsync();
        var saved = await PageForms.PostAsync(amelia, $"/customers/{customer}/credit-limit", [new(CustomerPage.CurrencyField, "eur"), new("creditLimit", "750.00")]);
        var page = await amelia.Http.GetStringAsync(saved.Headers.Location!.OriginalString.TrimStart('/'));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"f-creditLimit-error\">A credit limit is", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Contains("Credit limit saved.", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Credit limit</dt><dd>750.00 EUR</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Last saved by</dt><dd>Amelia Clarke</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditLimit_Operations_Refused403AndUnchanged()
    {
        var customer = $"c-{PageForms.Unique()}";
        await PageForms.SeedCustomerAsync(app.Http, customer, "Refused Ltd", creditLimit: "100.00");
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var refused = await PageForms.PostAsync(chloe, $"/customers/{customer}/credit-limit", [new(CustomerPage.CurrencyField, "EUR"), new("creditLimit", "9999.00")]);
        var page = await amelia.Http.GetStringAsync($"customers/{customer}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Needs the role", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<dt>Credit limit</dt><dd>100.00 EUR</dd>", page, StringComparison.Ordinal);
    }
}
