using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// The workflow's control flow where timing decides it, on the in-memory Durable Task host with stand-in activities
/// that record each step: two events cannot be made to wait side by side for the workflow through the HTTP API every
/// time, and a hold's timeout races a decision claimed just before it.
/// </summary>
public class OrderWorkflowControlTests
{
    [Fact]
    public async Task ParcelAndCancelWaitTogether_TheParcelShipsAndTheCancelIsMarkedTooLate()
    {
        var pickRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finishPick = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var standIns = new WorkflowStandIns
        {
            Fulfil = async _ =>
            {
                pickRunning.TrySetResult();
                await finishPick.Task;
            },
        };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Fulfilment, new PickEvent("pick-1"));
        await pickRunning.Task;

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Shipment, new ShipmentInput(ControlOrderId, "DHL", "JD0001"));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Cancel, "changed my mind");
        await Task.Delay(TimeSpan.FromSeconds(1));
        finishPick.SetResult();
        await standIns.WaitForStepAsync("CancelTooLate", "Cancelled");

        Assert.Equal(["reserve", "pick", "ship JD0001", "CancelTooLate: Not cancelled, a parcel had already left: changed my mind"], standIns.Steps);
    }

    [Theory]
    [InlineData(true, "manager A", "Approved: manager A", "reserve")]
    [InlineData(false, "manager B", "Rejected: Rejected on approval: manager B", null)]
    [InlineData(null, null, "Rejected: No approval within 00:00:01.", null)]
    public async Task HoldTimesOut_ADecisionClaimedJustBeforeStandsElseRejected(bool? approved, string? reason, string recorded, string? next)
    {
        var standIns = new WorkflowStandIns
        {
            HoldReason = "over the threshold",
            StandingDecision = approved is { } yes ? new ApprovalDecision(yes, reason) : null,
        };
        await using var host = await standIns.StartAsync();

        await StartOrderAsync(host, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment) with { ApprovalTimeout = TimeSpan.FromSeconds(1) });
        await standIns.WaitForStepAsync(recorded);
        if (next is not null)
        {
            await standIns.WaitForStepAsync(next);
        }

        Assert.Equal(["OnHold: over the threshold", "timeout", recorded, .. next is null ? Array.Empty<string>() : [next]], standIns.Steps);
    }
}
