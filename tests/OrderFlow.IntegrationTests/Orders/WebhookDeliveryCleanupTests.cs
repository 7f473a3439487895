using System.Net;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The nightly timer forgets deliveries older than a week; the clock is moved a week on to see it.</summary>
[Collection(SharedApps.Clocked)]
public class WebhookDeliveryCleanupTests(ClockedProductApp app)
{
    [Fact]
    public async Task NightlyTimer_ADeliveryAWeekOld_DeletedFromTheTable()
    {
        var services = app.Server.Services;
        var table = services.GetRequiredService<TableServiceClient>().GetTableClient(services.GetRequiredService<StorageNames>().Table(WebhookDeliveries.TableName));
        var ignoredTopic = await ShopWebhooks.PostShopifyAsync(app.Http, Encoding.UTF8.GetBytes("{}"), "products/create");
        Assert.Equal(HttpStatusCode.OK, ignoredTopic.StatusCode);
        Assert.Equal(1, await CountAsync(table));

        app.Clock.AdvanceTo(app.Clock.GetUtcNow() + WebhookDeliveries.Window + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsync("admin/functions/ForgetExpiredWebhookDeliveries", null)).StatusCode);

        Assert.Equal(0, await Eventually.WaitForAsync(() => CountAsync(table), count => count == 0, TimeSpan.FromSeconds(30), "the week-old delivery to be deleted"));
    }

    static async Task<int> CountAsync(TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }
        return count;
    }
}
