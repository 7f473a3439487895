using Azure.Data.Tables;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The delivery store on Azurite, on a clock the test moves: a week later a delivery no longer counts and is cleaned up.</summary>
public class WebhookDeliveriesTests
{
    const string Shop = "ceramics.myshopify.com";
    const string Delivery = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043";

    [Fact]
    public async Task Delivery_AWeekLater_NoLongerSeenAndForgottenByTheCleanup()
    {
        var shared = await SharedServices.GetAsync();
        var tables = new TableServiceClient(shared.StorageConnection);
        var names = new StorageNames("T" + TestNames.New().Suffix);
        var clock = new TestClock();
        var deliveries = new WebhookDeliveries(tables, names, clock);

        await deliveries.RecordAsync("shopify", Shop, Delivery, CancellationToken.None);
        await deliveries.RecordAsync("shopify", Shop, "later", CancellationToken.None);
        var seenAtOnce = await deliveries.SeenAsync("shopify", " Ceramics.myshopify.com/", Delivery, CancellationToken.None);
        var otherChannel = await deliveries.SeenAsync("woocommerce", Shop, Delivery, CancellationToken.None);
        var otherShop = await deliveries.SeenAsync("shopify", "pottery.myshopify.com", Delivery, CancellationToken.None);
        clock.AdvanceTo(clock.GetUtcNow() + TimeSpan.FromDays(6));
        await deliveries.RecordAsync("shopify", Shop, "later", CancellationToken.None);
        clock.AdvanceTo(clock.GetUtcNow() + TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var seenAWeekLater = await deliveries.SeenAsync("shopify", Shop, Delivery, CancellationToken.None);
        var forgotten = await deliveries.ForgetExpiredAsync(CancellationToken.None);

        Assert.Equal((true, false, false, false, 1), (seenAtOnce, otherChannel, otherShop, seenAWeekLater, forgotten));
        var left = 0;
        await foreach (var _ in tables.GetTableClient(names.Table(WebhookDeliveries.TableName)).QueryAsync<TableEntity>())
        {
            left++;
        }
        Assert.Equal(1, left);
        Assert.True(await deliveries.SeenAsync("shopify", Shop, "later", CancellationToken.None));
    }
}
