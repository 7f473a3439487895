using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// The order workflow on the in-memory Durable Task host with stand-in activities that record each step; a test
/// replaces the steps it wants to fail or hold.
/// </summary>
sealed class WorkflowStandIns
{
    public const string InstanceId = "api-control";

    public static readonly OrderId ControlOrderId = OrderId.Parse(InstanceId);

    public static readonly PricedOrder Order = new(
        ControlOrderId, CustomerId.Parse("c-1"), "anna@example.test", "Anna", Currency.Parse("EUR"), [new PricedLine("CUP-1", "Cup", 2, 1000, 0.19m, 2000, 380)], 490,
        new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), Paid: true);

    public ConcurrentQueue<string> Steps { get; } = new();

    public Func<PickStep, Task>? Fulfil { get; init; }

    /// <summary>What the invoice step does after it has committed the invoice (recorded as "invoice").</summary>
    public Func<InvoiceRequest, string>? Invoice { get; init; }

    public Func<CreditRequest, string?>? Credit { get; init; }

    /// <summary>Runs before a stage is recorded; throwing fails the record step.</summary>
    public Action<StageChange>? BeforeRecord { get; init; }

    public string? HoldReason { get; init; }

    /// <summary>False: every reservation finds the stock short, so the order waits backordered.</summary>
    public bool InStock { get; init; } = true;

    public ApprovalDecision? StandingDecision { get; init; }

    public Task<DurableTaskTestHost> StartAsync() =>
        DurableTaskTestHost.StartAsync(registry => registry
            .AddOrchestratorFunc<OrderWorkflowInput, string>(OrderTasks.Workflow, (context, input) => new OrderWorkflow().RunAsync(context, input))
            .AddActivityFunc<OrderWorkflowInput, OrderValidation>(OrderTasks.Validate, (_, _) => new OrderValidation(Order, [], HoldReason))
            .AddActivityFunc<string, ApprovalDecision?>(OrderTasks.DecideOnTimeout, (_, _) => Step("timeout", StandingDecision))
            .AddActivityFunc<PricedOrder, ReservationOutcome>(OrderTasks.Reserve, (_, _) => Step("reserve", new ReservationOutcome(InStock, [])))
            .AddActivityFunc<InvoiceRequest, string>(OrderTasks.Invoice, (_, request) => Step("invoice", Invoice ?? (_ => "INV-2026-000001"))(request))
            .AddActivityFunc<PickStep, bool>(OrderTasks.Fulfil, async (_, pick) =>
            {
                await (Fulfil ?? (_ => Task.CompletedTask))(pick);
                return Step("pick", true);
            })
            .AddActivityFunc<ParcelStep, bool>(OrderTasks.Ship, (_, parcel) => Step("ship " + parcel.TrackingNumber, true))
            .AddActivityFunc<DeliveryStep, bool>(OrderTasks.Deliver, (_, _) => Step("deliver", true))
            .AddActivityFunc<PaymentStep, bool>(OrderTasks.Pay, (_, payment) => Step("pay " + payment.Reference, true))
            .AddActivityFunc<SlaBreach, bool>(OrderTasks.SlaBreach, (_, breach) => Step("late " + breach.WaitingFor, true))
            .AddActivityFunc<CreditRequest, string?>(OrderTasks.Credit, (_, request) => Credit is null ? Step("credit: " + request.Reason, (string?)"CN-2026-000001") : Credit(request))
            .AddActivityFunc<string, bool>(OrderTasks.Release, (_, _) => Step("release", true))
            .AddActivityFunc<OrderFailure, bool>(OrderTasks.FailureAlert, (_, failure) => Step("alert: " + failure.Detail, true))
            .AddActivityFunc<StageChange, bool>(OrderTasks.RecordStage, (_, change) =>
            {
                BeforeRecord?.Invoke(change);
                return Step($"{change.Milestone?.ToString() ?? change.Stage.ToString()}: {change.Detail}", true);
            }));

    public T Step<T>(string step, T result)
    {
        Steps.Enqueue(step);
        return result;
    }

    public static OrderWorkflowInput Input(FulfilmentMode mode, InvoiceTiming invoiceOn) => new(
        ControlOrderId, new CanonicalOrder(null, null, null, null, null, null, null, false), mode, TimeSpan.Zero, TimeSpan.FromDays(3), InvoiceOn: invoiceOn);

    public static Task StartOrderAsync(DurableTaskTestHost host, OrderWorkflowInput input) =>
        host.Client.ScheduleNewOrchestrationInstanceAsync(OrderTasks.Workflow, input, new StartOrchestrationOptions(InstanceId));

    /// <summary>Until a step starting with one of the prefixes is recorded, for a minute at most.</summary>
    public async Task WaitForStepAsync(params string[] prefixes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!Steps.Any(s => prefixes.Any(p => s.StartsWith(p, StringComparison.Ordinal))))
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
