using System.Net.Http.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Email;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>A B2B order at the line limit: its record outgrows one table column (64 KiB, 32,768 characters) and still works.</summary>
[Collection(SharedApps.OrderFlows)]
public class LargeOrderTests(ProductApp app)
{
    const int Lines = 500;
    const int AzureLargestStringColumn = 32 * 1024;

    [Fact]
    public async Task FiveHundredLines_OrderCompletes_NoStoredColumnOverAzuresLimit()
    {
        var skus = Enumerable.Range(1, 10).Select(i => $"BULK-{i}").ToArray();
        foreach (var sku in skus)
        {
            await OrderApi.SeedProductAsync(app.Http, sku, price: "1.00", onHand: 1000);
        }
        await OrderApi.SeedCustomerAsync(app.Http, "c-bulk");

        var orderId = await OrderApi.PostAsync(app.Http, OrderOf("PO-BULK-1", "c-bulk", skus));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, TimeSpan.FromSeconds(180), "Completed", "Rejected", "Failed");

        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Equal(Lines, order.GetProperty("lines").GetArrayLength());
        // 500.00 net + 95.00 tax + 4.90 shipping + 0.93 shipping tax.
        Assert.Equal("600.83", order.GetProperty("totals").GetProperty("gross").GetString());
        var shared = await SharedServices.GetAsync();
        var row = await new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}Orders").GetEntityAsync<TableEntity>(orderId, "order");
        var longest = row.Value.Select(column => column.Value).OfType<string>().Max(s => s.Length);
        Assert.True(longest <= AzureLargestStringColumn, $"A column holds {longest} characters.");
    }

    [Fact]
    public async Task FiveHundredLinesWithLongNames_EveryEmailArrivesWhole_TheirLargeBodiesDeletedAfterwards()
    {
        // A 200-character name on each line: the confirmation's text alone is over 100 KiB, more than a queue message holds.
        var name = string.Concat(Enumerable.Repeat("Tasse – Édition ", 13))[..200];
        (await app.Http.PutAsJsonAsync("api/products/LONG-1", new { name, active = true, taxRate = "0.19", prices = new[] { new { currency = "EUR", amount = "1.00" } } })).EnsureSuccessStatusCode();
        (await app.Http.PutAsJsonAsync("api/inventory/LONG-1/WH-A", new { onHand = 1000, reorderPoint = 0 })).EnsureSuccessStatusCode();
        await OrderApi.SeedCustomerAsync(app.Http, "c-long");

        var orderId = await OrderApi.PostAsync(app.Http, OrderOf("PO-LONG-1", "c-long", ["LONG-1"]));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, TimeSpan.FromSeconds(180), "Completed", "Rejected", "Failed");
        await MailCatcher.WaitForAsync("c-long@example.test", 3);
        var emails = await MailCatcher.MimeMessagesToAsync("c-long@example.test");

        Assert.Equal("Completed", order.GetProperty("status").GetString());
        var confirmation = Assert.Single(emails, e => e.Subject?.Contains("is confirmed", StringComparison.Ordinal) == true);
        Assert.Equal(Lines, confirmation.TextBody!.Split('\n').Count(l => l.Contains(name, StringComparison.Ordinal)));
        var services = app.Server.Services;
        var bodies = services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(services.GetRequiredService<StorageNames>().Container(OutboxMessageCodec.ContainerName));
        var left = await Eventually.WaitForAsync(() => CountAsync(bodies), n => n == 0, TimeSpan.FromSeconds(30), "the email bodies deleted");
        Assert.Equal(0, left);
    }

    static object OrderOf(string externalId, string customerId, string[] skus) => new
    {
        externalId,
        customerId,
        currency = "EUR",
        lines = Enumerable.Range(0, Lines).Select(i => new { sku = skus[i % skus.Length], quantity = 1, unitPrice = "1.00" }).ToArray(),
        shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
        shippingCost = "4.90",
        paid = true,
    };

    /// <summary>The blobs in the container, which exists once a body has gone through it.</summary>
    static async Task<int> CountAsync(BlobContainerClient container)
    {
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync())
        {
            count++;
        }
        return count;
    }
}
