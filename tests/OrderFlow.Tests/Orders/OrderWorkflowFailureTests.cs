using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Tests.Orders;

/// <summary>
/// The workflow's control flow when a step fails for good before anything ships, on the in-memory Durable Task host
/// with stand-in activities: a real storage failure cannot be aimed at one step while the undoing steps still work.
/// </summary>
public class OrderWorkflowFailureTests
{
    const string OrderId = "api-failing";

    static readonly PricedOrder Order = new(
        OrderId, "c-1", "anna@example.test", "Anna", "EUR", [new PricedLine("CUP-1", "Cup", 1, 1000, 0.19m, 1000, 190)], 490,
        new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), Paid: true);

    [Fact(Timeout = 120_000)]
    public async Task PickFailsAfterInvoicingOnConfirmation_CreditNoteThenStockBackThenFailed()
    {
        var steps = new ConcurrentQueue<string>();
        await using var host = await DurableTaskTestHost.StartAsync(registry => registry
            .AddOrchestratorFunc<OrderWorkflowInput, string>(OrderTasks.Workflow, (context, input) => new OrderWorkflow().RunAsync(context, input))
            .AddActivityFunc<OrderWorkflowInput, OrderValidation>(OrderTasks.Validate, (_, _) => new OrderValidation(Order, []))
            .AddActivityFunc<PricedOrder, ReservationOutcome>(OrderTasks.Reserve, (_, _) => Record(steps, "reserve", new ReservationOutcome(true, [])))
            .AddActivityFunc<InvoiceRequest, string>(OrderTasks.Invoice, (_, _) => Record(steps, "invoice", "INV-2026-000001"))
            .AddActivityFunc(OrderTasks.Fulfil, (Func<TaskActivityContext, PickStep, bool>)((_, _) => throw new InvalidOperationException("the stock table is gone")))
            .AddActivityFunc<CreditRequest, string?>(OrderTasks.Credit, (_, request) => Record(steps, "credit: " + request.Reason, (string?)"CN-2026-000001"))
            .AddActivityFunc<string, bool>(OrderTasks.Release, (_, _) => Record(steps, "release", true))
            .AddActivityFunc<StageChange, bool>(OrderTasks.RecordStage, (_, change) => Record(steps, $"{change.Stage}: {change.Detail}", true)));
        var input = new OrderWorkflowInput(
            OrderId, new CanonicalOrder(null, null, null, null, null, null, null, false), FulfilmentMode.Auto, TimeSpan.Zero, TimeSpan.FromDays(3), InvoiceOn: InvoiceTiming.Confirmation);

        await host.Client.ScheduleNewOrchestrationInstanceAsync(OrderTasks.Workflow, input, new StartOrchestrationOptions(OrderId));
        var finished = await host.Client.WaitForInstanceCompletionAsync(OrderId, getInputsAndOutputs: true);

        Assert.Equal("\"Failed\"", finished.SerializedOutput);
        Assert.Equal(
            ["reserve", "invoice", "credit: Order.Fulfil failed: the stock table is gone", "release", "Failed: Order.Fulfil failed: the stock table is gone"],
            steps);
    }

    static T Record<T>(ConcurrentQueue<string> steps, string step, T result)
    {
        steps.Enqueue(step);
        return result;
    }
}
