using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// However an order ends, its orchestration instance ends with it: no stage deadline, approval timeout, backorder
/// retry or step delay is left behind to keep it Running for days. Every wait uses the production defaults.
/// </summary>
public class WorkflowInstanceEndTests
{
    static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(FulfilmentMode.Auto)]
    [InlineData(FulfilmentMode.Manual)]
    public async Task OrderDelivered_InstanceCompletedWithinSeconds(FulfilmentMode mode)
    {
        var standIns = new WorkflowStandIns();
        await using var host = await standIns.StartAsync();

        await StartOrderAsync(host, Defaults(mode));
        if (mode == FulfilmentMode.Manual)
        {
            await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Fulfilment, new PickEvent("pick-1"));
            await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Shipment, new ShipmentInput(ControlOrderId, "DHL", "JD0001"));
            await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Delivery, new DeliveryEvent());
        }

        await AssertInstanceEndsAsync(host, standIns, "deliver");
    }

    [Theory]
    [InlineData(FulfilmentMode.Auto, "over the threshold", true)]
    [InlineData(FulfilmentMode.Manual, "over the threshold", true)]
    [InlineData(FulfilmentMode.Manual, null, true)]
    [InlineData(FulfilmentMode.Auto, null, false)]
    [InlineData(FulfilmentMode.Manual, null, false)]
    public async Task OrderCancelledWhileWaiting_InstanceCompletedWithinSeconds(FulfilmentMode mode, string? holdReason, bool inStock)
    {
        var waiting = new WorkflowStandIns { HoldReason = holdReason, ShortReservations = inStock ? 0 : int.MaxValue };
        await using var host = await waiting.StartAsync();

        await StartOrderAsync(host, Defaults(mode));
        await waiting.WaitForStepAsync(holdReason is null ? "reserve" : "OnHold");
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Cancel, "changed my mind");

        await AssertInstanceEndsAsync(host, waiting, "Cancelled");
    }

    [Theory]
    [InlineData(FulfilmentMode.Auto, false)]
    [InlineData(FulfilmentMode.Manual, false)]
    [InlineData(FulfilmentMode.Auto, true)]
    [InlineData(FulfilmentMode.Manual, true)]
    public async Task OrderRejectedOnHoldOrItsTimeout_InstanceCompletedWithinSeconds(FulfilmentMode mode, bool timesOut)
    {
        var held = new WorkflowStandIns { HoldReason = "over the threshold" };
        await using var host = await held.StartAsync();

        await StartOrderAsync(host, timesOut ? Defaults(mode) with { ApprovalTimeout = TimeSpan.FromSeconds(1) } : Defaults(mode));
        if (!timesOut)
        {
            await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Approval, new ApprovalDecision(false, "not this one"));
        }

        await AssertInstanceEndsAsync(host, held, "Rejected");
    }

    /// <summary>The input as intake builds it with no settings: stage limits of days, an approval timeout of days.</summary>
    static OrderWorkflowInput Defaults(FulfilmentMode mode)
    {
        var fulfilment = new FulfilmentOptions();
        return Input(mode, InvoiceTiming.Shipment) with
        {
            AutoStepDelay = fulfilment.AutoStepDelay,
            ApprovalTimeout = new ApprovalOptions().Timeout,
            StageLimits = fulfilment.StageLimits,
            Retries = new WorkflowRetries(),
        };
    }

    /// <summary>Once the order's final step is recorded, the instance is Completed within seconds.</summary>
    static async Task AssertInstanceEndsAsync(DurableTaskTestHost host, WorkflowStandIns standIns, string finalStep)
    {
        await standIns.WaitForStepAsync(finalStep);
        var deadline = DateTime.UtcNow + Soon;
        var instance = await host.Client.GetInstanceAsync(InstanceId);
        while ((instance is null || instance.IsRunning) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            instance = await host.Client.GetInstanceAsync(InstanceId);
        }
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance?.RuntimeStatus);
    }
}
