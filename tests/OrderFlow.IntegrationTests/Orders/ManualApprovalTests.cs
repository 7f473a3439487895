using System.Net;
using System.Net.Http.Json;
using Microsoft.DurableTask.Client;
using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// Approvals of orders in Manual mode, where every stage has a limit of days: an order that ends on its hold ends
/// its orchestration instance too.
/// </summary>
public class ManualApprovalTests(ManualProductApp app) : IClassFixture<ManualProductApp>
{
    [Fact(Timeout = 120_000)]
    public async Task RejectedOnHold_RejectedAndTheInstanceCompleted()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PO-MBIG-1", "MBIG-1", "c-mbig");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");

        var rejected = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/reject", new { reason = "not this one" });
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected");

        Assert.Equal(HttpStatusCode.Accepted, rejected.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, await OrderApi.InstanceStatusSoonAsync(app.Server.Services, orderId));
    }
}

/// <summary>Manual mode with approvals that expire after two seconds.</summary>
public sealed class ManualShortApprovalApp : ProductApp
{
    protected override string Mode => "Manual";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("OrderFlow:Approval:Timeout", "00:00:02")];
}

public class ManualApprovalTimeoutTests(ManualShortApprovalApp app) : IClassFixture<ManualShortApprovalApp>
{
    [Fact(Timeout = 120_000)]
    public async Task NoDecisionWithinTimeout_RejectedAndTheInstanceCompleted()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PO-MSLOW-1", "MSLOW-1", "c-mslow");

        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, await OrderApi.InstanceStatusSoonAsync(app.Server.Services, orderId));
    }
}
