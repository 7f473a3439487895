using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Its own fixture, so its tables hold no other test's invoices.</summary>
public class InvoiceNumberingTests(ProductApp app) : IClassFixture<ProductApp>
{
    [Fact(Timeout = 600_000)]
    public async Task TwoHundredConcurrentOrders_InvoiceNumbersOneToTwoHundredWithoutGaps()
    {
        await OrderApi.SeedProductAsync(app.Http, "INV-ITEM", onHand: 1000);
        await OrderApi.SeedCustomerAsync(app.Http, "c-inv");

        var orderIds = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => OrderApi.PostAsync(app.Http, OrderApi.Order($"PO-INV-{i}", "c-inv", "INV-ITEM", quantity: 1))));
        var orders = await OrderApi.WaitForEachAsync(app.Http, orderIds, TimeSpan.FromMinutes(5), "Completed", "Rejected", "Failed");

        var numbers = orders.Select(o => o.GetProperty("invoiceNumber").GetString()!).ToList();
        var year = numbers[0][4..8];
        Assert.Equal(Enumerable.Range(1, 200).Select(n => $"INV-{year}-{n:000000}"), numbers.Order(StringComparer.Ordinal));
    }
}
