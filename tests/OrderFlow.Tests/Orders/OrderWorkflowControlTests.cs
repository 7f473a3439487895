using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Tests.Orders;

/// <summary>
/// The workflow's control flow where timing or failures decide it, on the in-memory Durable Task host with stand-in
/// activities that record each step: a real storage failure cannot be aimed at one step while others still work,
/// and two events cannot be made to wait side by side for the workflow through the HTTP API every time.
/// </summary>
public class OrderWorkflowControlTests
{
    const string OrderId = "api-control";
    const string NoMoreReason = "The order could not be completed.";

    static readonly PricedOrder Order = new(
        OrderId, "c-1", "anna@example.test", "Anna", "EUR", [new PricedLine("CUP-1", "Cup", 2, 1000, 0.19m, 2000, 380)], 490,
        new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), Paid: true);

    readonly ConcurrentQueue<string> steps = new();

    [Fact(Timeout = 120_000)]
    public async Task PickFailsAfterInvoicingOnConfirmation_CreditNoteThenStockBackThenFailed()
    {
        await using var host = await StartAsync(fulfil: _ => throw new InvalidOperationException("the stock table is gone"));

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Confirmation);

        Assert.Equal("\"Failed\"", output);
        Assert.Equal(["reserve", "invoice", "credit: " + NoMoreReason, "release", "Failed: Order.Fulfil failed: the stock table is gone"], steps);
    }

    [Fact(Timeout = 120_000)]
    public async Task CreditFailsWhileUndoingAFailure_StockStillGoesBackAndTheTimelineSaysBoth()
    {
        await using var host = await StartAsync(
            fulfil: _ => throw new InvalidOperationException("the stock table is gone"), credit: _ => throw new InvalidOperationException("the ledger is gone"));

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Confirmation);

        Assert.Equal("\"Failed\"", output);
        Assert.Equal(
            ["reserve", "invoice", "release", "Failed: Order.Fulfil failed: the stock table is gone; undoing also failed: Order.Credit failed: the ledger is gone"],
            steps);
    }

    [Fact(Timeout = 120_000)]
    public async Task ParcelAndCancelWaitTogether_TheParcelShipsAndTheCancelIsMarkedTooLate()
    {
        var pickRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finishPick = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartAsync(fulfil: async _ =>
        {
            pickRunning.TrySetResult();
            await finishPick.Task;
        });
        await host.Client.ScheduleNewOrchestrationInstanceAsync(OrderTasks.Workflow, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment), new StartOrchestrationOptions(OrderId));
        await host.Client.RaiseEventAsync(OrderId, OrderEvents.Fulfilment, new PickEvent("pick-1"));
        await pickRunning.Task;

        await host.Client.RaiseEventAsync(OrderId, OrderEvents.Shipment, new ShipmentInput(OrderId, "DHL", "JD0001"));
        await host.Client.RaiseEventAsync(OrderId, OrderEvents.Cancel, "changed my mind");
        await Task.Delay(TimeSpan.FromSeconds(1));
        finishPick.SetResult();
        await WaitForStepAsync("CancelTooLate", "Cancelled");

        Assert.Equal(["reserve", "pick", "ship JD0001", "CancelTooLate: Not cancelled, a parcel had already left: changed my mind"], steps);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(true, "manager A", "Approved: manager A", "reserve")]
    [InlineData(false, "manager B", "Rejected: Rejected on approval: manager B", null)]
    [InlineData(null, null, "Rejected: No approval within 00:00:01.", null)]
    public async Task HoldTimesOut_ADecisionClaimedJustBeforeStandsElseRejected(bool? approved, string? reason, string recorded, string? next)
    {
        var standing = approved is { } yes ? new ApprovalDecision(yes, reason) : null;
        await using var host = await StartAsync(holdReason: "over the threshold", standingDecision: standing);

        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            OrderTasks.Workflow, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment) with { ApprovalTimeout = TimeSpan.FromSeconds(1) }, new StartOrchestrationOptions(OrderId));
        await WaitForStepAsync(recorded);
        if (next is not null)
        {
            await WaitForStepAsync(next);
        }

        Assert.Equal(["OnHold: over the threshold", "timeout", recorded, .. next is null ? Array.Empty<string>() : [next]], steps);
    }

    async Task<DurableTaskTestHost> StartAsync(
        Func<PickStep, Task>? fulfil = null, Func<CreditRequest, string?>? credit = null, string? holdReason = null, ApprovalDecision? standingDecision = null) =>
        await DurableTaskTestHost.StartAsync(registry => registry
            .AddOrchestratorFunc<OrderWorkflowInput, string>(OrderTasks.Workflow, (context, input) => new OrderWorkflow().RunAsync(context, input))
            .AddActivityFunc<OrderWorkflowInput, OrderValidation>(OrderTasks.Validate, (_, _) => new OrderValidation(Order, [], holdReason))
            .AddActivityFunc<string, ApprovalDecision?>(OrderTasks.DecideOnTimeout, (_, _) => Step("timeout", standingDecision))
            .AddActivityFunc<PricedOrder, ReservationOutcome>(OrderTasks.Reserve, (_, _) => Step("reserve", new ReservationOutcome(true, [])))
            .AddActivityFunc<InvoiceRequest, string>(OrderTasks.Invoice, (_, _) => Step("invoice", "INV-2026-000001"))
            .AddActivityFunc<PickStep, bool>(OrderTasks.Fulfil, async (_, pick) =>
            {
                await (fulfil ?? (_ => Task.CompletedTask))(pick);
                return Step("pick", true);
            })
            .AddActivityFunc<ParcelStep, bool>(OrderTasks.Ship, (_, parcel) => Step("ship " + parcel.TrackingNumber, true))
            .AddActivityFunc<CreditRequest, string?>(OrderTasks.Credit, (_, request) => credit is null ? Step("credit: " + request.Reason, (string?)"CN-2026-000001") : credit(request))
            .AddActivityFunc<string, bool>(OrderTasks.Release, (_, _) => Step("release", true))
            .AddActivityFunc<StageChange, bool>(OrderTasks.RecordStage, (_, change) => Step($"{change.Milestone ?? change.Stage.ToString()}: {change.Detail}", true)));

    async Task<string?> RunToEndAsync(DurableTaskTestHost host, FulfilmentMode mode, InvoiceTiming invoiceOn)
    {
        await host.Client.ScheduleNewOrchestrationInstanceAsync(OrderTasks.Workflow, Input(mode, invoiceOn), new StartOrchestrationOptions(OrderId));
        return (await host.Client.WaitForInstanceCompletionAsync(OrderId, getInputsAndOutputs: true)).SerializedOutput;
    }

    static OrderWorkflowInput Input(FulfilmentMode mode, InvoiceTiming invoiceOn) => new(
        OrderId, new CanonicalOrder(null, null, null, null, null, null, null, false), mode, TimeSpan.Zero, TimeSpan.FromDays(3), InvoiceOn: invoiceOn);

    T Step<T>(string step, T result)
    {
        steps.Enqueue(step);
        return result;
    }

    /// <summary>Until a step starting with one of the prefixes is recorded, for a minute at most.</summary>
    async Task WaitForStepAsync(params string[] prefixes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!steps.Any(s => prefixes.Any(p => s.StartsWith(p, StringComparison.Ordinal))))
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
