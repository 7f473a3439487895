using System.Text.Json;
using System.Xml.Linq;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>DevHost with prices more than 10 % from the catalogue held for approval.</summary>
public sealed class PriceHoldApp : ProductApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("OrderFlow:Pricing:HoldAboveDeviation", "10")];
}

/// <summary>Orders OrderFlow prices itself: catalogue prices, overrides with a reason, shipping taxed like the goods.</summary>
public class DirectPricingTests(PriceHoldApp app) : IClassFixture<PriceHoldApp>
{
    static readonly XNamespace Cbc = UblDocumentTests.Cbc;
    static readonly XNamespace Cac = UblDocumentTests.Cac;

    static object Order(string externalId, object[] lines) => new
    {
        externalId,
        customerId = "c-pricing",
        currency = "EUR",
        lines,
        shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
        shippingCost = "4.90",
        paid = true,
    };

    static IEnumerable<(string?, string?)> Stages(JsonElement order) =>
        order.GetProperty("timeline").EnumerateArray().Select(t => (t.GetProperty("stage").GetString(), t.GetProperty("detail").GetString()));

    [Fact]
    public async Task PostOrder_MixedRates_ShippingSplitPerRateOnOrderInvoiceAndUbl()
    {
        await OrderApi.SeedProductAsync(app.Http, "DP-CUP", price: "12.50");
        await OrderApi.SeedProductAsync(app.Http, "DP-BOOK", price: "36.00", taxRate: "0.07");
        await OrderApi.SeedCustomerAsync(app.Http, "c-pricing");

        var orderId = await OrderApi.PostAsync(app.Http, Order("PO-MIX-1", [new { sku = "DP-CUP", quantity = 2 }, new { sku = "DP-BOOK", quantity = 1 }]));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed", "OnHold");
        var (xml, invoice) = await UblDocumentTests.BothAsync(app.Http, $"api/invoices/{order.GetProperty("invoiceNumber").GetString()}");

        // Goods 25.00 at 19 % (tax 4.75) and 36.00 at 7 % (tax 2.52); shipping 4.90 split 2.01 / 2.89 (see
        // ShippingTaxSplitTests), taxed 0.38 and 0.20: tax 7.85, gross 61.00 + 7.85 + 4.90 = 73.75.
        Assert.Equal(["61.00", "7.85", "4.90", "73.75", "0.58"], new[] { "net", "tax", "shipping", "gross", "shippingTax" }.Select(t => order.GetProperty("totals").GetProperty(t).GetString()));
        Assert.Equal([("0.19", "2.01", "0.38"), ("0.07", "2.89", "0.20")], invoice.GetProperty("totals").GetProperty("shippingTaxes").EnumerateArray()
            .Select(s => (s.GetProperty("taxRate").GetString(), s.GetProperty("net").GetString(), s.GetProperty("tax").GetString())));
        Assert.Empty(UblSchemas.Validate(xml));
        UblDocumentTests.AssertTotalsMatch(xml, invoice);
        Assert.Equal([("2.01", "19"), ("2.89", "7")], xml.Root!.Elements(Cac + "AllowanceCharge")
            .Select(c => (c.Element(Cbc + "Amount")!.Value, c.Element(Cac + "TaxCategory")!.Element(Cbc + "Percent")!.Value)));
    }

    [Fact]
    public async Task PostOrder_OverrideBeyondTheTolerance_HeldWithTheDeviationAndTheReasonInTheTimeline()
    {
        await OrderApi.SeedProductAsync(app.Http, "DP-VASE", price: "24.50");
        await OrderApi.SeedCustomerAsync(app.Http, "c-pricing");

        var orderId = await OrderApi.PostAsync(app.Http, Order("PO-OVR-1", [new { sku = "DP-VASE", quantity = 2, unitPrice = "19.60", priceOverrideReason = "Display model" }]));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold", "Completed", "Rejected", "Failed");

        Assert.Equal("OnHold", order.GetProperty("status").GetString());
        Assert.Contains(("Validated", "Price overridden for DP-VASE at 19.60 EUR: Display model"), Stages(order));
        Assert.Contains(Stages(order), s => s.Item1 == "OnHold" && s.Item2!.Contains("DP-VASE at 19.60 EUR is 20 % from the catalogue price 24.50 EUR", StringComparison.Ordinal));
        var line = order.GetProperty("lines")[0];
        Assert.Equal(("19.60", "24.50", "Display model"), (line.GetProperty("unitPrice").GetString(), line.GetProperty("listPrice").GetString(), line.GetProperty("priceOverrideReason").GetString()));
    }

    [Fact]
    public async Task PostOrder_OtherPriceWithoutReason_RejectedNamingTheReasonField()
    {
        await OrderApi.SeedProductAsync(app.Http, "DP-BOWL", price: "24.50");
        await OrderApi.SeedCustomerAsync(app.Http, "c-pricing");

        var orderId = await OrderApi.PostAsync(app.Http, Order("PO-OVR-2", [new { sku = "DP-BOWL", quantity = 1, unitPrice = "23.00" }]));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected", "Completed", "Failed", "OnHold");

        Assert.Equal("Rejected", order.GetProperty("status").GetString());
        Assert.StartsWith("lines[0].priceOverrideReason: 23.00 is not the catalogue price (24.50 EUR)", order.GetProperty("rejection").GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }
}
