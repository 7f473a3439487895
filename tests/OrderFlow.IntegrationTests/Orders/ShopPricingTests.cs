using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Invoicing;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Shop orders priced as the shops charged them, end to end: the invoice's gross is the shop's total and its UBL agrees.</summary>
[Collection(SharedApps.OrderChannels)]
public class ShopPricingTests(ProductApp app)
{
    static readonly XNamespace Cbc = UblDocumentTests.Cbc;
    static readonly XNamespace Cac = UblDocumentTests.Cac;

    /// <summary>
    /// Tax-inclusive, EUR: a 10 % sale on the cups (4.90) and the code WELCOME5 (5.00, allocated 4.08 and 0.92).
    /// Charged 40.02 + 4.08 + 4.90 shipping = 49.00 with 6.39 + 0.65 + 0.78 = 7.82 tax; net 33.63 + 3.43 + 4.12.
    /// </summary>
    static string ShopifyOrder(long id) => $$"""
        {"id":{{id}},"email":"marie@example.test","currency":"EUR","financial_status":"paid","taxes_included":true,
         "total_price":"49.00","subtotal_price":"44.10","total_discounts":"9.90","total_tax":"7.82",
         "discount_applications":[{"type":"automatic","title":"Sale","value":"10.0","value_type":"percentage","allocation_method":"across","target_type":"line_item"},
                                  {"type":"discount_code","code":"WELCOME5","value":"5.00","value_type":"fixed_amount","allocation_method":"across","target_type":"line_item"}],
         "customer":{"first_name":"Marie","last_name":"Curie","email":"marie@example.test"},
         "line_items":[
           {"sku":"SP-CUP","quantity":2,"price":"24.50","title":"Tasse",
            "discount_allocations":[{"amount":"4.90","discount_application_index":0},{"amount":"4.08","discount_application_index":1}],
            "tax_lines":[{"title":"MwSt","price":"6.39","rate":0.19}]},
           {"sku":"SP-SAUCER","quantity":1,"price":"5.00","title":"Untertasse",
            "discount_allocations":[{"amount":"0.92","discount_application_index":1}],
            "tax_lines":[{"title":"MwSt","price":"0.65","rate":0.19}]}],
         "shipping_lines":[{"title":"Standard","price":"4.90","discounted_price":"4.90","tax_lines":[{"title":"MwSt","price":"0.78","rate":0.19}]}],
         "shipping_address":{"address1":"Rue Cuvier 12","city":"Paris","zip":"75005","country_code":"FR"} }
        """;

    /// <summary>Coupon herbst10 (10 %): 44.10 + 4.50 net, tax 8.38 + 0.86, shipping 4.90 + 0.93; total 63.67.</summary>
    const string WooOrder = """
        {"id":6160,"status":"processing","currency":"EUR","prices_include_tax":false,"date_paid":"2026-11-27T10:00:00",
         "discount_total":"5.40","shipping_total":"4.90","shipping_tax":"0.93","total_tax":"10.17","total":"63.67",
         "billing":{"first_name":"Zoë","last_name":"Brontë","email":"zoe.coupon@example.test"},
         "shipping":{"address_1":"Rue de Rivoli 1","city":"Paris","postcode":"75001","country":"FR"},
         "line_items":[
           {"sku":"SP-CUP","quantity":2,"price":22.05,"subtotal":"49.00","total":"44.10","total_tax":"8.38","taxes":[{"id":1,"total":"8.379"}]},
           {"sku":"SP-SAUCER","quantity":1,"price":4.5,"subtotal":"5.00","total":"4.50","total_tax":"0.86","taxes":[{"id":1,"total":"0.855"}]}],
         "tax_lines":[{"id":77,"rate_id":1,"label":"MwSt","tax_total":"9.24","shipping_tax_total":"0.93","rate_percent":19}],
         "shipping_lines":[{"method_title":"Flat rate","total":"4.90","total_tax":"0.93","taxes":[{"id":1,"total":"0.931"}]}],
         "coupon_lines":[{"code":"herbst10","discount":"5.40","discount_tax":"1.03"}]}
        """;

    async Task SeedCatalogueAsync()
    {
        await OrderApi.SeedProductAsync(app.Http, "SP-CUP", price: "20.59");
        await OrderApi.SeedProductAsync(app.Http, "SP-SAUCER", price: "4.20");
    }

    async Task<string> PostSignedAsync(string route, string body, string secret, params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value.Replace("{signature}", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), bytes)), StringComparison.Ordinal));
        }
        var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
    }

    async Task<(JsonElement Order, XDocument Xml, JsonElement Invoice)> CompletedWithInvoiceAsync(string orderId)
    {
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed", "OnHold");
        Assert.True(order.GetProperty("status").GetString() == "Completed", order.ToString());
        var (xml, invoice) = await UblDocumentTests.BothAsync(app.Http, $"api/invoices/{order.GetProperty("invoiceNumber").GetString()}");
        Assert.Empty(UblSchemas.Validate(xml));
        UblDocumentTests.AssertTotalsMatch(xml, invoice);
        return (order, xml, invoice);
    }

    static string[] Totals(JsonElement totals) => [.. new[] { "net", "tax", "shipping", "gross" }.Select(t => totals.GetProperty(t).GetString()!)];

    static IEnumerable<(string?, string?, string?, string?)> LineDiscounts(JsonElement order) =>
        order.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("sku").GetString(), l.GetProperty("unitPrice").GetString(), l.GetProperty("discount").GetString(), l.GetProperty("net").GetString()));

    static IEnumerable<string> LineAllowances(XDocument xml) =>
        xml.Root!.Elements(Cac + "InvoiceLine").Select(l => l.Element(Cac + "AllowanceCharge")!.Element(Cbc + "Amount")!.Value);

    [Fact]
    public async Task Shopify_TaxInclusiveWithLineAndOrderDiscounts_CompletesInvoicedAtTheShopsTotal()
    {
        await SeedCatalogueAsync();

        var orderId = await PostSignedAsync("api/webhooks/shopify", ShopifyOrder(930001), "shopify-demo-secret",
            ("X-Shopify-Hmac-Sha256", "{signature}"), ("X-Shopify-Topic", "orders/create"), ("X-Shopify-Shop-Domain", ShopWebhooks.Shop));
        var (order, xml, invoice) = await CompletedWithInvoiceAsync(orderId);

        Assert.Equal(["37.06", "7.82", "4.12", "49.00"], Totals(order.GetProperty("totals")));
        Assert.Equal(["37.06", "7.82", "4.12", "49.00"], Totals(invoice.GetProperty("totals")));
        Assert.Equal([("SP-CUP", "20.59", "7.55", "33.63"), ("SP-SAUCER", "4.20", "0.77", "3.43")], LineDiscounts(order));
        Assert.Equal(["7.55", "0.77"], LineAllowances(xml));
        Assert.Equal("4.12", xml.Root!.Element(Cac + "AllowanceCharge")!.Element(Cbc + "Amount")!.Value);
    }

    [Fact]
    public async Task WooCommerce_Coupon_CompletesInvoicedAtTheShopsTotal()
    {
        await SeedCatalogueAsync();

        var orderId = await PostSignedAsync("api/webhooks/woocommerce", WooOrder, "woocommerce-demo-secret",
            ("X-WC-Webhook-Signature", "{signature}"), ("X-WC-Webhook-Topic", "order.created"), ("X-WC-Webhook-Source", ShopWebhooks.WooSource));
        var (order, xml, invoice) = await CompletedWithInvoiceAsync(orderId);

        Assert.Equal(["48.60", "10.17", "4.90", "63.67"], Totals(invoice.GetProperty("totals")));
        Assert.Equal([("SP-CUP", "24.50", "4.90", "44.10"), ("SP-SAUCER", "5.00", "0.50", "4.50")], LineDiscounts(order));
        Assert.Equal(["4.90", "0.50"], LineAllowances(xml));
        Assert.Equal("0.93", invoice.GetProperty("totals").GetProperty("shippingTaxes")[0].GetProperty("tax").GetString());
    }

    [Fact]
    public async Task WooCommerce_CompanyVatNumber_KeptOnTheCustomerAndNamedOnTheInvoice()
    {
        await SeedCatalogueAsync();
        var body = WooOrder.Replace("\"id\":6160", "\"id\":6161", StringComparison.Ordinal)
            .Replace("zoe.coupon@example.test", "achats@rivoli.example", StringComparison.Ordinal)
            .Replace("\"coupon_lines\"", "\"meta_data\":[{\"id\":9,\"key\":\"_billing_vat_number\",\"value\":\"FR 40 303265045\"}],\"coupon_lines\"", StringComparison.Ordinal);

        var orderId = await PostSignedAsync("api/webhooks/woocommerce", body, "woocommerce-demo-secret",
            ("X-WC-Webhook-Signature", "{signature}"), ("X-WC-Webhook-Topic", "order.created"), ("X-WC-Webhook-Source", ShopWebhooks.WooSource));
        var (_, xml, _) = await CompletedWithInvoiceAsync(orderId);

        Assert.Equal("FR40303265045", xml.Root!.Element(Cac + "AccountingCustomerParty")!.Descendants(Cac + "PartyTaxScheme").Single().Element(Cbc + "CompanyID")!.Value);
    }

    [Fact]
    public async Task Shopify_LinesShortOfTheShopsTotal_RejectedNamingTheTotal()
    {
        await SeedCatalogueAsync();

        var orderId = await PostSignedAsync("api/webhooks/shopify", ShopifyOrder(930002).Replace("\"total_price\":\"49.00\"", "\"total_price\":\"59.00\"", StringComparison.Ordinal), "shopify-demo-secret",
            ("X-Shopify-Hmac-Sha256", "{signature}"), ("X-Shopify-Topic", "orders/create"), ("X-Shopify-Shop-Domain", ShopWebhooks.Shop));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected", "Completed", "Failed");

        Assert.Equal("Rejected", order.GetProperty("status").GetString());
        Assert.Equal(["charged.total: the lines, shipping and tax come to 49.00 EUR, but the shop charged 59.00 EUR."],
            order.GetProperty("rejection").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }
}
