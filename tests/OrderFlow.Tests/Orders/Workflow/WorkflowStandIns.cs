using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.StaffAlerts;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// The order workflow on the in-memory Durable Task host with stand-in activities that record each step; a test
/// replaces the steps it wants to fail or hold.
/// </summary>
sealed class WorkflowStandIns
{
    public const string InstanceId = "api-control";

    public static readonly OrderId ControlOrderId = OrderId.Parse(InstanceId);

    /// <summary>The workflow's retries in these tests: the defaults' shape, in milliseconds instead of seconds.</summary>
    public static readonly WorkflowRetries ShortRetries = new() { Attempts = 3, FirstRetry = TimeSpan.FromMilliseconds(50), FirstEndingRetry = TimeSpan.FromMilliseconds(200) };

    /// <summary>Attempts of one activity call in the workflow.</summary>
    public static int OrderRunRetries => ShortRetries.Attempts;

    /// <summary>The first backorder retry fires after 30 s (StockStage); a restock must wake the order well before.</summary>
    public static readonly TimeSpan BeforeTheFirstRetry = TimeSpan.FromSeconds(20);

    /// <summary>The credit note's reason when a failure undoes an invoice.</summary>
    public const string NoMoreReason = "The order could not be completed.";

    public static readonly PricedOrder Order = new(
        ControlOrderId, CustomerId.Parse("c-1"), "anna@example.test", "Anna", Currency.Parse("EUR"), [new PricedLine(Sku.Parse("CUP-1"), "Cup", 2, 1000, 0.19m, 2000, 380)], 490,
        new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), Paid: true);

    int reservations;
    int attentionFlags;

    public ConcurrentQueue<string> Steps { get; } = new();

    /// <summary>The steps that named who asked for them, as "step by name".</summary>
    public ConcurrentQueue<string> Actors { get; } = new();

    public Func<PickStep, Task>? Fulfil { get; init; }

    /// <summary>Runs before a parcel is recorded; throwing fails the ship step.</summary>
    public Func<ParcelStep, Task>? Ship { get; init; }

    /// <summary>What the invoice step does after it has committed the invoice (recorded as "invoice").</summary>
    public Func<InvoiceRequest, string>? Invoice { get; init; }

    public Func<CreditRequest, string?>? Credit { get; init; }

    /// <summary>Runs before a stage is recorded; throwing fails the record step.</summary>
    public Action<StageChange>? BeforeRecord { get; init; }

    public string? HoldReason { get; init; }

    /// <summary>The order as validation prices it.</summary>
    public PricedOrder Priced { get; init; } = Order;

    /// <summary>How many reservations find the stock short before one succeeds (int.MaxValue: the order stays backordered).</summary>
    public int ShortReservations { get; init; }

    public ApprovalDecision? StandingDecision { get; init; }

    /// <summary>
    /// Validation reserves too, as it does for an order nothing holds (recorded as "validate and reserve"); its attempt
    /// counts among <see cref="ShortReservations"/>. Off, validation leaves the reservation to a step of its own.
    /// </summary>
    public bool ValidationReserves { get; init; }

    /// <summary>Validation found a cancel kept from before the start (recorded as "validate, cancel kept"): it reserves nothing.</summary>
    public bool CancelKept { get; init; }

    /// <summary>
    /// Starts the host. It binds a random port from 30000–40000 without asking the system for a free one, and that
    /// range overlaps Linux's ephemeral ports, so a taken port is tried again with another.
    /// </summary>
    public async Task<DurableTaskTestHost> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DurableTaskTestHost.StartAsync(Register);
            }
            catch (IOException taken) when (taken.InnerException is AddressInUseException && attempt < 5)
            {
            }
        }
    }

    void Register(DurableTaskRegistry registry) => registry
            .AddOrchestratorFunc<OrderWorkflowInput, string>(OrderTasks.Workflow, (context, input) => new OrderWorkflow().RunAsync(context, input))
            .AddActivityFunc<OrderWorkflowInput, OrderValidation>(OrderTasks.Validate, (_, _) => ValidationReserves
                ? Step("validate and reserve", new OrderValidation(Priced, [], HoldReason, Reservation()))
                : CancelKept ? Step("validate, cancel kept", new OrderValidation(Priced, [], HoldReason, CancelKept: true)) : new OrderValidation(Priced, [], HoldReason))
            .AddActivityFunc<string, ApprovalDecision?>(OrderTasks.DecideOnTimeout, (_, _) => Step("timeout", StandingDecision))
            .AddActivityFunc<ApproverNotice, bool>(OrderTasks.NotifyApprovers, (_, notice) => Step($"approvers {notice.Kind}", true))
            .AddActivityFunc<PricedOrder, ReservationOutcome>(OrderTasks.Reserve, (_, _) => Step("reserve", Reservation()))
            .AddActivityFunc<InvoiceRequest, string>(OrderTasks.Invoice, (_, request) => Step("invoice", Invoice ?? (_ => "INV-2026-000001"))(request))
            .AddActivityFunc<PickStep, bool>(OrderTasks.Fulfil, async (_, pick) =>
            {
                await (Fulfil ?? (_ => Task.CompletedTask))(pick);
                Acted("pick", pick.By);
                return Step("pick", true);
            })
            .AddActivityFunc<ParcelStep, bool>(OrderTasks.Ship, async (_, parcel) =>
            {
                await (Ship ?? (_ => Task.CompletedTask))(parcel);
                Acted("ship", parcel.By);
                return Step("ship " + parcel.TrackingNumber, true);
            })
            .AddActivityFunc<DeliveryStep, bool>(OrderTasks.Deliver, (_, delivery) => Step("deliver", Acted("deliver", delivery.By)))
            .AddActivityFunc<PaymentStep, bool>(OrderTasks.Pay, (_, payment) => Step($"pay {payment.Reference}: {payment.Amount.Minor}", true))
            .AddActivityFunc<SlaBreach, bool>(OrderTasks.SlaBreach, (_, breach) => Step($"late {breach.WaitingFor} after {breach.Limit}", true))
            .AddActivityFunc<CreditRequest, string?>(OrderTasks.Credit, (_, request) => Credit is null ? Step("credit: " + request.Reason, (string?)"CN-2026-000001") : Credit(request))
            .AddActivityFunc<string, bool>(OrderTasks.Release, (_, _) => Step("release", true))
            .AddActivityFunc<AttentionChange, int>(OrderTasks.Attention, (_, change) =>
            {
                if (change.Error is not null)
                {
                    return Step($"attention: {change.Step}: {change.Error}", Interlocked.Increment(ref attentionFlags));
                }
                Acted("retry", change.By);
                return Step("attention cleared: " + change.Step, attentionFlags);
            })
            .AddActivityFunc<OrderFailure, bool>(OrderTasks.FailureAlert, (_, failure) => Step("alert: " + failure.Detail, true))
            .AddActivityFunc<StageChange, bool>(OrderTasks.RecordStage, (_, change) =>
            {
                BeforeRecord?.Invoke(change);
                Acted(change.Milestone?.ToString() ?? change.Stage.ToString(), change.By);
                return Step($"{change.Milestone?.ToString() ?? change.Stage.ToString()}: {change.Detail}", true);
            });

    ReservationOutcome Reservation() => new(Interlocked.Increment(ref reservations) > ShortReservations, []);

    /// <summary>Notes who asked for <paramref name="step"/>, when anybody did; answers true to fit in an expression.</summary>
    bool Acted(string step, Actor? by)
    {
        if (by is not null)
        {
            Actors.Enqueue($"{step} by {by.Name}");
        }
        return true;
    }

    public T Step<T>(string step, T result)
    {
        Steps.Enqueue(step);
        return result;
    }

    public static OrderWorkflowInput Input(FulfilmentMode mode, InvoiceTiming invoiceOn) => new(
        ControlOrderId, new CanonicalOrder(null, null, null, null, null, null, null, false), mode, TimeSpan.Zero, TimeSpan.FromDays(3), InvoiceOn: invoiceOn, Retries: ShortRetries);

    public static Task StartOrderAsync(DurableTaskTestHost host, OrderWorkflowInput input) =>
        host.Client.ScheduleNewOrchestrationInstanceAsync(OrderTasks.Workflow, input, new StartOrchestrationOptions(InstanceId));

    /// <summary>Until a step starting with one of the prefixes is recorded, for a minute at most.</summary>
    public Task WaitForStepAsync(params string[] prefixes) => WaitForStepAsync(TimeSpan.FromMinutes(1), prefixes);

    /// <summary>Until steps starting with one of the prefixes have been recorded <paramref name="times"/> times, within <paramref name="timeout"/>.</summary>
    public async Task WaitForStepAsync(TimeSpan timeout, string[] prefixes, int times = 1)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (Steps.Count(s => prefixes.Any(p => s.StartsWith(p, StringComparison.Ordinal))) < times)
        {
            await Task.Delay(50, cancellation.Token);
        }
    }

    /// <summary>A failed order's last steps: operations told, then the status recorded.</summary>
    public static string[] Ended(string why) => ["alert: " + why, "Failed: " + why];

    /// <summary>Starts the order and answers the workflow's output once its instance has ended.</summary>
    public static async Task<string?> RunToEndAsync(DurableTaskTestHost host, FulfilmentMode mode, InvoiceTiming invoiceOn)
    {
        await StartOrderAsync(host, Input(mode, invoiceOn));
        return (await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true)).SerializedOutput;
    }
}
