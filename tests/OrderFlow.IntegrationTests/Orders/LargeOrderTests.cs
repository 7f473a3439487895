using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>A B2B order at the line limit: its record outgrows one table column (64 KiB, 32,768 characters) and still works.</summary>
public class LargeOrderTests(ProductApp app) : IClassFixture<ProductApp>
{
    const int Lines = 500;
    const int AzureLargestStringColumn = 32 * 1024;

    [Fact(Timeout = 240_000)]
    public async Task FiveHundredLines_OrderCompletes_NoStoredColumnOverAzuresLimit()
    {
        var skus = Enumerable.Range(1, 10).Select(i => $"BULK-{i}").ToList();
        foreach (var sku in skus)
        {
            await OrderApi.SeedProductAsync(app.Http, sku, price: "1.00", onHand: 1000);
        }
        await OrderApi.SeedCustomerAsync(app.Http, "c-bulk");

        var orderId = await OrderApi.PostAsync(app.Http, new
        {
            externalId = "PO-BULK-1",
            customerId = "c-bulk",
            currency = "EUR",
            lines = Enumerable.Range(0, Lines).Select(i => new { sku = skus[i % skus.Count], quantity = 1, unitPrice = "1.00" }).ToArray(),
            shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
            shippingCost = "4.90",
            paid = true,
        });
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, TimeSpan.FromSeconds(180), "Completed", "Rejected", "Failed");

        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Equal(Lines, order.GetProperty("lines").GetArrayLength());
        Assert.Equal("599.90", order.GetProperty("totals").GetProperty("gross").GetString());
        var shared = await SharedServices.GetAsync();
        var row = await new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}Orders").GetEntityAsync<TableEntity>(orderId, "order");
        var longest = row.Value.Select(column => column.Value).OfType<string>().Max(s => s.Length);
        Assert.True(longest <= AzureLargestStringColumn, $"A column holds {longest} characters.");
    }
}
