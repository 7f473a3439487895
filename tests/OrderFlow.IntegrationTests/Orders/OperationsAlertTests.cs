using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.Fixtures.DemoStaff;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Orders that need a person email operations with the reason and the order's page, once per order and reason.</summary>
[Collection(SharedApps.OrderFlows)]
public class OperationsAlertTests(ProductApp app)
{
    [Fact]
    public async Task Backordered_ThenRestocked_OneEmailWithTheShortSkuAndTheOrderPage()
    {
        await OrderApi.SeedProductAsync(app.Http, "OPS-BO-1", onHand: 1);
        await OrderApi.SeedCustomerAsync(app.Http, "c-ops-1");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-OPS-BO-1", "c-ops-1", "OPS-BO-1", quantity: 3));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Backordered");
        var alert = (await DemoStaff.WaitForAsync(Operations, "Order PO-OPS-BO-1 is backordered"))[0];

        // Still short after the first restock: the order tries again and stays backordered, then the second one completes it.
        await OrderApi.SeedProductAsync(app.Http, "OPS-BO-1", onHand: 2);
        await OrderApi.SeedProductAsync(app.Http, "OPS-BO-1", onHand: 20);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
        await OutboxDrain.WaitAsync(app.Names);

        Assert.Single(await MailsAsync(Operations, "PO-OPS-BO-1"));
        Assert.Contains("OPS-BO-1 short by 2", alert.Text, StringComparison.Ordinal);
        Assert.Contains($"/orders/{orderId}", alert.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectedAtValidation_OneEmailWithEveryReason()
    {
        await OrderApi.SeedCustomerAsync(app.Http, "c-ops-2");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-OPS-REJ-1", "c-ops-2", "OPS-NO-SUCH-SKU"));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected");

        var alert = (await DemoStaff.WaitForAsync(Operations, "Order PO-OPS-REJ-1 was rejected at validation"))[0];
        await OutboxDrain.WaitAsync(app.Names);

        Assert.Single(await MailsAsync(Operations, "PO-OPS-REJ-1"));
        Assert.Contains("OPS-NO-SUCH-SKU", alert.Text, StringComparison.Ordinal);
        Assert.Contains($"/orders/{orderId}", alert.Text, StringComparison.Ordinal);
    }
}

/// <summary>Holds of thirty seconds whose approvers are reminded after five.</summary>
public sealed class RemindingApprovalApp : ProductApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("OrderFlow:Approval:Timeout", "00:00:30"), new("OrderFlow:Approval:RemindBefore", "00:00:25")];
}

public class ApprovalReminderTests(RemindingApprovalApp app) : IClassFixture<RemindingApprovalApp>
{
    [Fact]
    public async Task OnHold_ReminderDue_EachApproverRemindedOnceWithWorkingLinks()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PO-REMIND-1", "REMIND-1", "c-remind-1");

        var reminders = await Task.WhenAll(Approvers.Select(a => DemoStaff.WaitForAsync(a, "Reminder: order PO-REMIND-1 waits for your approval")));
        using var browser = new HttpClient();
        var confirmed = await browser.PostAsync(reminders[1][0].ApproveLink, new FormUrlEncodedContent([]));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected");
        await OutboxDrain.WaitAsync(app.Names);

        var counts = await Task.WhenAll(Approvers.Select(async a => (await MailsAsync(a, "Reminder: order PO-REMIND-1")).Count));

        Assert.All(reminders, r => Assert.Contains("Time left: ", r[0].Text, StringComparison.Ordinal));
        Assert.Equal([1, 1], counts);
        Assert.Equal(System.Net.HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Completed", order.GetProperty("status").GetString());
    }
}
