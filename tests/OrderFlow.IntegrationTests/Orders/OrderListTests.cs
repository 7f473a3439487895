using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.OrderFlows)]
public class OrderListTests(ProductApp app)
{
    [Fact]
    public async Task List_ByCustomerPagedAndByStatus_FindsEachOrderOnce()
    {
        await OrderApi.SeedProductAsync(app.Http, "LIST-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-list");
        var ids = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add(await OrderApi.PostAsync(app.Http, OrderApi.Order($"PO-LIST-{i}", "c-list", "LIST-1")));
        }
        foreach (var id in ids)
        {
            await OrderApi.WaitForStatusAsync(app.Http, id, "Completed");
        }

        var paged = new List<string>();
        string? token = null;
        do
        {
            var url = $"api/orders?customerId=c-list&pageSize=2" + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}");
            var page = await app.Http.GetFromJsonAsync<JsonElement>(url);
            Assert.True(page.GetProperty("items").GetArrayLength() <= 2);
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        var history = await app.Http.GetFromJsonAsync<JsonElement>("api/customers/c-list/orders?status=completed&from=2000-01-01");
        var none = await app.Http.GetFromJsonAsync<JsonElement>("api/customers/c-list/orders?status=Cancelled");

        Assert.Equal(ids.Order(), paged.Order());
        Assert.Equal(ids.Order(), history.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()!).Order());
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_AMonth_ItemsSummariseEachOrderAsItsPageShowsIt()
    {
        await OrderApi.SeedProductAsync(app.Http, "LIST-SUM");
        await OrderApi.SeedCustomerAsync(app.Http, "c-list-sum");
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-LIST-SUM", "c-list-sum", "LIST-SUM"));
        var order = await OrderApi.WaitForStatusAsync(app.Http, id, "Completed");

        var listed = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders?from={Uri.EscapeDataString(since.ToString("O"))}&channel=api&pageSize=500");

        var item = Assert.Single(listed.GetProperty("items").EnumerateArray(), o => o.GetProperty("orderId").GetString() == id);
        Assert.Equal(
            ("PO-LIST-SUM", "api", "Completed", "c-list-sum", "EUR", order.GetProperty("totals").GetProperty("gross").GetString(), false),
            (item.GetProperty("externalId").GetString(), item.GetProperty("source").GetString(), item.GetProperty("status").GetString(),
                item.GetProperty("customerId").GetString(), item.GetProperty("currency").GetString(), item.GetProperty("gross").GetString(), item.GetProperty("needsAttention").GetBoolean()));
        Assert.Equal(order.GetProperty("timeline")[0].GetProperty("at").GetDateTimeOffset(), item.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.False(item.TryGetProperty("lines", out _));
    }

    [Fact]
    public async Task List_BadFilters_400NamingEachField()
    {
        var response = await app.Http.GetAsync("api/orders?status=Lost&from=yesterday&pageSize=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["from", "pageSize", "status"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        // Enum.TryParse would OR these two into a third status.
        var joined = await app.Http.GetAsync("api/orders?status=Validated,OnHold");
        Assert.Equal(HttpStatusCode.BadRequest, joined.StatusCode);
        Assert.Equal(["status"], (await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
