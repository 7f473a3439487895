using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// The workflow's control flow where timing or failures decide it, on the in-memory Durable Task host with stand-in
/// activities that record each step: a real storage failure cannot be aimed at one step while others still work,
/// and two events cannot be made to wait side by side for the workflow through the HTTP API every time.
/// </summary>
public class OrderWorkflowControlTests
{
    const string NoMoreReason = "The order could not be completed.";

    [Fact(Timeout = 120_000)]
    public async Task PickFailsAfterInvoicingOnConfirmation_CreditNoteThenStockBackThenFailed()
    {
        var standIns = new WorkflowStandIns { Fulfil = _ => throw new InvalidOperationException("the stock table is gone") };
        await using var host = await standIns.StartAsync();

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Confirmation);

        Assert.Equal("\"Failed\"", output);
        Assert.Equal(["reserve", "invoice", "credit: " + NoMoreReason, "release", .. Ended("Order.Fulfil failed: the stock table is gone")], standIns.Steps);
    }

    [Fact(Timeout = 120_000)]
    public async Task CreditFailsWhileUndoingAFailure_StockStillGoesBackAndTheTimelineSaysBoth()
    {
        var standIns = new WorkflowStandIns
        {
            Fulfil = _ => throw new InvalidOperationException("the stock table is gone"),
            Credit = _ => throw new InvalidOperationException("the ledger is gone"),
        };
        await using var host = await standIns.StartAsync();

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Confirmation);

        Assert.Equal("\"Failed\"", output);
        Assert.Equal(
            ["reserve", "invoice", "release", .. Ended("Order.Fulfil failed: the stock table is gone; undoing also failed: Order.Credit failed: the ledger is gone")],
            standIns.Steps);
    }

    [Fact(Timeout = 120_000)]
    public async Task InvoiceCommitsThenItsStepFails_TheIssuedInvoiceIsCreditedThenStockBackThenFailed()
    {
        // Every attempt commits the invoice (the stand-in records it), then fails to record it on the order.
        var standIns = new WorkflowStandIns { Invoice = _ => throw new InvalidOperationException("the orders table is gone") };
        await using var host = await standIns.StartAsync();

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Confirmation);

        Assert.Equal("\"Failed\"", output);
        Assert.Equal(
            ["reserve", "invoice", "credit: " + NoMoreReason, "release", .. Ended("Order.Invoice failed: the orders table is gone")],
            standIns.Steps.Distinct());
    }

    [Fact(Timeout = 120_000)]
    public async Task RecordingFailedFailsToo_RecordedOnALaterTryAndOperationsToldFirst()
    {
        var refusals = 0;
        var standIns = new WorkflowStandIns
        {
            Fulfil = _ => throw new InvalidOperationException("the stock table is gone"),
            // The record step's first call fails with all its retries: the orders table is down for a while.
            BeforeRecord = change =>
            {
                if (change.Stage == OrderStatus.Failed && Interlocked.Increment(ref refusals) <= OrderRunRetries)
                {
                    throw new InvalidOperationException("the orders table is gone");
                }
            },
        };
        await using var host = await standIns.StartAsync();

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Shipment);

        Assert.Equal("\"Failed\"", output);
        Assert.True(refusals > OrderRunRetries);
        Assert.Equal(["reserve", "release", .. Ended("Order.Fulfil failed: the stock table is gone")], standIns.Steps);
    }

    [Fact(Timeout = 120_000)]
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

    [Theory(Timeout = 120_000)]
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

    // Attempts of one activity call in the workflow (OrderRun.Retry).
    const int OrderRunRetries = 5;

    /// <summary>A failed order's last steps: operations told, then the status recorded.</summary>
    static string[] Ended(string why) => ["alert: " + why, "Failed: " + why];

    static async Task<string?> RunToEndAsync(DurableTaskTestHost host, FulfilmentMode mode, InvoiceTiming invoiceOn)
    {
        await StartOrderAsync(host, Input(mode, invoiceOn));
        return (await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true)).SerializedOutput;
    }
}
