using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Products;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Inventory;

/// <summary>PUT /api/inventory records who adjusted the stock, through DevHost on Azurite.</summary>
[Collection(SharedApps.OrderFlows)]
public class StockAdjustmentTests(ProductApp app)
{
    [Fact]
    public async Task PutInventoryWithTheIntegrationKey_RecordsTheKeyAndWhen_AReservationAfterKeepsIt()
    {
        var sku = "ADJ-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var put = (await app.Http.PutAsJsonAsync($"api/inventory/{sku}/WH-A", new { onHand = 7, reorderPoint = 1 })).EnsureSuccessStatusCode();
        await app.Server.Services.GetRequiredService<StockLedger>().ReserveAsync(OrderId.Parse("o-" + sku.ToLowerInvariant()), Sku.Parse(sku), 2, CancellationToken.None);
        var listed = await OrderApi.StockAsync(app.Http, sku);

        var answered = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("integration", "Key"), (answered.GetProperty("adjustedBy").GetProperty("name").GetString(), answered.GetProperty("adjustedBy").GetProperty("kind").GetString()));
        Assert.InRange(answered.GetProperty("adjustedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow);
        Assert.Equal(2, listed.GetProperty("reserved").GetInt32());
        Assert.Equal(("integration", "Key"), (listed.GetProperty("adjustedBy").GetProperty("name").GetString(), listed.GetProperty("adjustedBy").GetProperty("kind").GetString()));
        Assert.Equal(answered.GetProperty("adjustedAt").GetDateTimeOffset(), listed.GetProperty("adjustedAt").GetDateTimeOffset());
    }
}
