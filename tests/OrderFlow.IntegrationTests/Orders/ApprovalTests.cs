using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.OrderFlows)]
public class ApprovalTests(ProductApp app)
{
    async Task<string> BigOrderAsync(string externalId)
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, externalId, "BIG-1", "c-big");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");
        return orderId;
    }

    [Fact]
    public async Task Approve_WorkflowTerminatedWhileOnHold_409SayingTheWorkflowEnded()
    {
        var orderId = await BigOrderAsync("PO-BIG-ENDED");
        var durable = app.Server.Services.GetRequiredService<DurableTaskClient>();
        await durable.TerminateInstanceAsync(orderId, "ended by an operator");
        await durable.WaitForInstanceCompletionAsync(orderId);

        using var approved = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { reason = "known customer" });

        Assert.Equal(HttpStatusCode.Conflict, approved.StatusCode);
        var problem = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(OrderFlow.Core.Orders.Events.OrderEventRelay.WorkflowEnded, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OverThreshold_HeldUntilApprovedThenCompletes()
    {
        var orderId = await BigOrderAsync("PO-BIG-1");
        Assert.Equal(0, (await OrderApi.StockAsync(app.Http, "BIG-1")).GetProperty("reserved").GetInt32());

        var approved = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { reason = "known customer" });
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");

        Assert.Equal(HttpStatusCode.Accepted, approved.StatusCode);
        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Contains(order.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("stage").GetString() == "Approved");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, await OrderApi.InstanceStatusSoonAsync(app.Server.Services, orderId));
    }

    [Fact]
    public async Task ApprovedWithTheIntegrationKey_GetOrderNamesTheKeyOnEnteredAndApproved_OrderFlowOnWorkflowStages()
    {
        var orderId = await BigOrderAsync("PO-BIG-6");

        (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { reason = "known customer" })).EnsureSuccessStatusCode();
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");

        var by = order.GetProperty("timeline").EnumerateArray().ToDictionary(t => t.GetProperty("stage").GetString()!, t => t.GetProperty("by"));
        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Equal(("integration", "integration", "Key"), Named(by["Approved"]));
        Assert.Equal(("integration", "integration", "Key"), Named(by["Received"]));
        Assert.Equal(("orderflow", "OrderFlow", "System"), Named(by["OnHold"]));
        Assert.Equal(("orderflow", "OrderFlow", "System"), Named(by["Shipped"]));
    }

    static (string?, string?, string?) Named(JsonElement by) =>
        (by.GetProperty("id").GetString(), by.GetProperty("name").GetString(), by.GetProperty("kind").GetString());

    [Fact]
    public async Task ApproveAndRejectAtOnce_OneWinsTheOther409AndTheOrderFollowsTheWinner()
    {
        var orderId = await BigOrderAsync("PO-BIG-4");

        var answers = await Task.WhenAll(
            app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { reason = "manager A" }),
            app.Http.PostAsJsonAsync($"api/orders/{orderId}/reject", new { reason = "manager B" }));
        var approveWon = answers[0].StatusCode == HttpStatusCode.Accepted;
        // The losing decision again: refused, naming the one that stands, whether or not the order has moved on.
        var afterwards = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/{(approveWon ? "reject" : "approve")}", new { });
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected");

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var winner = approveWon ? "Completed" : "Rejected";
        Assert.Equal(winner, order.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, afterwards.StatusCode);
        var problem = await afterwards.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(winner == "Completed" ? "The order was approved already." : "The order was rejected already.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task DecisionClaimedButNeverSent_TheSameDecisionAgainSendsItWithTheFirstReason()
    {
        var orderId = await BigOrderAsync("PO-BIG-5");
        // What a request leaves that died between claiming the decision and sending it.
        await app.Server.Services.GetRequiredService<OrderBook>().ApplyAsync(OrderId.Parse(orderId), r => r.Decide(HoldDecision.Approved, "first click"), CancellationToken.None);

        var again = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { reason = "second click" });
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected");

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Equal("first click", order.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("stage").GetString() == "Approved").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OverThreshold_RejectedNothingReservedAndSecondDecision409()
    {
        var orderId = await BigOrderAsync("PO-BIG-2");

        await app.Http.PostAsJsonAsync($"api/orders/{orderId}/reject", new { reason = "suspicious" });
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected", "Completed");
        var late = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { });

        Assert.Equal("Rejected", order.GetProperty("status").GetString());
        Assert.Contains("suspicious", order.GetProperty("timeline").EnumerateArray().Last().GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(0, (await OrderApi.StockAsync(app.Http, "BIG-1")).GetProperty("reserved").GetInt32());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, await OrderApi.InstanceStatusSoonAsync(app.Server.Services, orderId));
    }
}

/// <summary>Approvals that expire after two seconds.</summary>
public sealed class ShortApprovalApp : ProductApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("OrderFlow:Approval:Timeout", "00:00:02")];
}

public class ApprovalTimeoutTests(ShortApprovalApp app) : IClassFixture<ShortApprovalApp>
{
    [Fact]
    public async Task OnHold_NoDecisionWithinTimeout_Rejected()
    {
        await OrderApi.SeedProductAsync(app.Http, "BIG-2", price: "3000.00");
        await OrderApi.SeedCustomerAsync(app.Http, "c-slow");

        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-SLOW-1", "c-slow", "BIG-2", quantity: 1, unitPrice: "3000.00"));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected", "Completed");

        var late = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/approve", new { });

        Assert.Equal("Rejected", order.GetProperty("status").GetString());
        Assert.Contains("No approval within", order.GetProperty("timeline").EnumerateArray().Last().GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("The order's approval hold has timed out already.", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, await OrderApi.InstanceStatusSoonAsync(app.Server.Services, orderId));
    }
}
