using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// What the workflow does while it waits for someone else: stock, an approver, the customer's money, a warehouse that
/// is late. On the in-memory Durable Task host with stand-in activities that record each call.
/// </summary>
public class OrderWaitsControlTests
{
    [Fact]
    public async Task Backordered_StockChanged_ReservesAgainBeforeItsRetryAndCompletes()
    {
        var standIns = new WorkflowStandIns { ShortReservations = 1 };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment));
        await standIns.WaitForStepAsync("reserve");

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.StockChanged, "CUP-1");
        await standIns.WaitForStepAsync(BeforeTheFirstRetry, ["reserve"], times: 2);
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Completed\"", output.SerializedOutput);
        Assert.Equal(["reserve", "reserve", "pick", "ship", "deliver"], standIns.Steps.Select(s => s.Split(' ')[0]));
    }

    [Fact]
    public async Task OnHold_CancelRequested_CancelledWithoutADecisionAndNothingReserved()
    {
        var standIns = new WorkflowStandIns { HoldReason = "over the threshold" };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment) with { ApprovalTimeout = TimeSpan.FromDays(3) });
        await standIns.WaitForStepAsync("OnHold");

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Cancel, "changed my mind");
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Cancelled\"", output.SerializedOutput);
        Assert.Equal(["OnHold: over the threshold", "release", "Cancelled: changed my mind"], standIns.Steps);
    }

    [Fact]
    public async Task Unpaid_PartPaymentARepeatAndTheRest_EachPaidOnceAndTheLastSettlesIt()
    {
        var standIns = new WorkflowStandIns { Priced = Order with { Paid = false } };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment));
        await standIns.WaitForStepAsync("deliver");

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Payment, new PaymentEvent("pay-1", Order.InCurrency(1000)));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Payment, new PaymentEvent("pay-1", Order.InCurrency(1000)));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Payment, new PaymentEvent("pay-2"));
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Completed\"", output.SerializedOutput);
        Assert.Equal(["pay pay-1: 1000", $"pay pay-2: {Order.Gross.Minor - 1000}"], standIns.Steps.Where(s => s.StartsWith("pay ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Manual_PickAndParcelLate_OneAlertPerStageAndTheOrderStillCompletes()
    {
        var limit = TimeSpan.FromSeconds(1);
        var standIns = new WorkflowStandIns();
        await using var host = await standIns.StartAsync();
        var limits = new Dictionary<string, TimeSpan> { [OrderEvents.Fulfilment] = limit, [OrderEvents.Shipment] = limit };
        await StartOrderAsync(host, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment) with { StageLimits = limits });

        await standIns.WaitForStepAsync("late Fulfilment");
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Fulfilment, new PickEvent("pick-1"));
        await standIns.WaitForStepAsync("late Shipment");
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Shipment, new ShipmentInput(ControlOrderId, "DHL", "JD0001"));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Delivery, new DeliveryEvent());
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        // Counted once the instance has ended, so no later alert can still come.
        Assert.Equal("\"Completed\"", output.SerializedOutput);
        Assert.Equal(["reserve", "late Fulfilment after 00:00:01", "pick", "late Shipment after 00:00:01", "ship JD0001", "deliver"], standIns.Steps);
    }
}
