using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// Once goods have left, a step that keeps failing cannot be undone by failing the order: it is flagged for attention
/// and runs again when staff retry. A class of its own, so its retry back-off runs beside the other tests.
/// </summary>
public class AttentionControlTests
{
    [Fact]
    public async Task ShipStepFailsEveryRetry_FlaggedThenRunAgainOnTheRetryAndTheOrderCompletes()
    {
        var broken = true;
        var attempts = 0;
        var standIns = new WorkflowStandIns
        {
            Ship = _ =>
            {
                Interlocked.Increment(ref attempts);
                return Volatile.Read(ref broken) ? throw new InvalidOperationException("the invoice table is gone") : Task.CompletedTask;
            },
        };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Fulfilment, new PickEvent("pick-1"));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Shipment, new ShipmentInput(ControlOrderId, "DHL", "JD0001"));
        await standIns.WaitForStepAsync("attention: ");
        var attemptsWhenFlagged = Volatile.Read(ref attempts);

        Volatile.Write(ref broken, false);
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Retry, 1);
        await standIns.WaitForStepAsync("ship ");
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Delivery, new DeliveryEvent());
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Completed\"", output.SerializedOutput);
        Assert.Equal(OrderRunRetries, attemptsWhenFlagged);
        Assert.Equal(OrderRunRetries + 1, attempts);
        Assert.Equal(
            ["reserve", "pick", "attention: Order.Ship: the invoice table is gone", "attention cleared: Order.Ship", "ship JD0001", "deliver"],
            standIns.Steps);
    }
}
