using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>The approvers' emails around a hold, on the in-memory Durable Task host with stand-in activities.</summary>
public class ApprovalReminderControlTests
{
    [Fact]
    public async Task OnHold_ReminderDueThenApproved_ApproversToldAndRemindedOnceAndTheInstanceEnds()
    {
        var standIns = new WorkflowStandIns { HoldReason = "over the threshold" };
        await using var host = await standIns.StartAsync();
        // The reminder is due after one second of a three-day hold.
        var hold = TimeSpan.FromDays(3);
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment) with { ApprovalTimeout = hold, RemindApproversBefore = hold - TimeSpan.FromSeconds(1) });
        await standIns.WaitForStepAsync("approvers Reminder");

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Approval, new ApprovalDecision(true, "fine"));
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Completed\"", output.SerializedOutput);
        Assert.Equal(["OnHold: over the threshold", "approvers Hold", "approvers Reminder", "Approved: fine"], standIns.Steps.Take(4));
        Assert.Single(standIns.Steps, s => s == "approvers Reminder");
    }

    [Fact]
    public async Task OnHold_ApprovedBeforeTheReminder_NoReminderAndTheReminderTimerDoesNotKeepTheInstanceRunning()
    {
        var standIns = new WorkflowStandIns { HoldReason = "over the threshold" };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment) with { ApprovalTimeout = TimeSpan.FromDays(3), RemindApproversBefore = TimeSpan.FromDays(1) });
        await standIns.WaitForStepAsync("approvers Hold");

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Approval, new ApprovalDecision(true, null));
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, output.RuntimeStatus);
        Assert.Equal(["approvers Hold"], standIns.Steps.Where(s => s.StartsWith("approvers", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OnHold_OrderAcceptedBeforeApproverEmails_NobodyEmailed()
    {
        var standIns = new WorkflowStandIns { HoldReason = "over the threshold" };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment) with { ApprovalTimeout = TimeSpan.FromSeconds(1) });

        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Rejected\"", output.SerializedOutput);
        Assert.DoesNotContain(standIns.Steps, s => s.StartsWith("approvers", StringComparison.Ordinal));
    }
}
