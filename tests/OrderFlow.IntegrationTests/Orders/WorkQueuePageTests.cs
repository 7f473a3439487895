using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The work queue page (/work) as operations and approvers see it, over the orders of this test alone.</summary>
[Collection(SharedApps.OrderFlows)]
public class WorkQueuePageTests(ProductApp app)
{
    Uri Base => app.Http.BaseAddress!;

    [Fact]
    public async Task HeldOrder_ListedWithItsReasonAndTimeLeft_DroppedOnceDecided()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PO-WQ-HOLD", "WQ-BIG", "c-wq");
        var held = await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");
        var heldAt = held.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("stage").GetString() == "OnHold").GetProperty("at").GetDateTimeOffset();
        var due = heldAt + app.Server.Services.GetRequiredService<IOptions<ApprovalOptions>>().Value.Timeout;
        using var oliver = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Oliver);

        var before = await oliver.Http.GetStringAsync("work");
        var leftNow = due - DateTimeOffset.UtcNow;
        (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { reason = "known customer" })).EnsureSuccessStatusCode();
        var after = await Eventually.WaitForAsync(
            () => oliver.Http.GetStringAsync("work"), html => !html.Contains(orderId, StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the decided order off the queue");

        var row = PageHtml.RowOf(PageHtml.Section(before, "work-awaitingapproval"), orderId);
        Assert.Contains($"<a href=\"/orders/{orderId}\">{orderId}</a>", row, StringComparison.Ordinal);
        Assert.Contains("is over the approval threshold of 2000.00 EUR.", row, StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{due.UtcDateTime:O}\">", row, StringComparison.Ordinal);
        var left = Regex.Match(row, @"<td>(\d+) days? (\d+) hours?</td>");
        Assert.True(left.Success, row);
        var shown = TimeSpan.FromDays(int.Parse(left.Groups[1].Value, CultureInfo.InvariantCulture)) + TimeSpan.FromHours(int.Parse(left.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.InRange(shown, leftNow - TimeSpan.FromHours(1), leftNow + TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(orderId, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackorderedOrder_ListedWithTheMissingSku_AndFlaggedUntilCleared()
    {
        await OrderApi.SeedProductAsync(app.Http, "WQ-SHORT", onHand: 1);
        await OrderApi.SeedCustomerAsync(app.Http, "c-wq-short");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-WQ-SHORT", "c-wq-short", "WQ-SHORT", quantity: 3));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Backordered");
        var orders = app.Server.Services.GetRequiredService<OrderBook>();
        await orders.ApplyAsync(OrderId.Parse(orderId), r => r.Flag("Order.Test", "looked at by a test", DateTimeOffset.UtcNow), CancellationToken.None);
        using var chloe = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Chloe);

        var flagged = await chloe.Http.GetStringAsync("work");
        await orders.ApplyAsync(OrderId.Parse(orderId), r => r.ClearFlag("Order.Test", DateTimeOffset.UtcNow), CancellationToken.None);
        var cleared = await chloe.Http.GetStringAsync("work");

        Assert.Contains("WQ-SHORT short by 2", PageHtml.RowOf(PageHtml.Section(flagged, "work-backordered"), orderId), StringComparison.Ordinal);
        Assert.Contains("Order.Test failed: looked at by a test", PageHtml.RowOf(PageHtml.Section(flagged, "work-needsattention"), orderId), StringComparison.Ordinal);
        Assert.Contains(orderId, PageHtml.Section(cleared, "work-backordered"), StringComparison.Ordinal);
        Assert.DoesNotContain(orderId, PageHtml.Section(cleared, "work-needsattention"), StringComparison.Ordinal);
        // Auto fulfilment keeps no stage limits, so nothing in this app is ever past one.
        Assert.Contains("<p class=\"empty\">No stage is past its limit.</p>", cleared, StringComparison.Ordinal);
    }
}
