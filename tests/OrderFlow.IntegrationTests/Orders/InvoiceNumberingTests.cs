using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Its own fixture, so its tables hold no other test's invoices.</summary>
public class InvoiceNumberingTests(ProductApp app) : IClassFixture<ProductApp>
{
    // Enough orders reaching the invoice step together that a number taken twice or skipped shows: an unguarded
    // read-increment of the series' counter gives duplicates at this size (checked by planting one).
    const int Orders = 40;

    [Fact]
    public async Task ConcurrentOrders_InvoiceNumbersOneToNWithoutGaps()
    {
        await OrderApi.SeedProductAsync(app.Http, "INV-ITEM", onHand: Orders);
        await OrderApi.SeedCustomerAsync(app.Http, "c-inv");

        var orderIds = await Task.WhenAll(Enumerable.Range(1, Orders).Select(i => OrderApi.PostAsync(app.Http, OrderApi.Order($"PO-INV-{i}", "c-inv", "INV-ITEM", quantity: 1))));
        var orders = await OrderApi.WaitForEachAsync(app.Http, orderIds, TimeSpan.FromMinutes(3), "Completed", "Rejected", "Failed");

        var numbers = orders.Select(o => o.GetProperty("invoiceNumber").GetString()!).ToList();
        var year = numbers[0][4..8];
        Assert.Equal(Enumerable.Range(1, Orders).Select(n => $"INV-{year}-{n:000000}"), numbers.Order(StringComparer.Ordinal));
    }
}
