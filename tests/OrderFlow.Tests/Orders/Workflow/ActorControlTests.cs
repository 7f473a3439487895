using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>The actor an event brings rides through the workflow to the step that records it; Auto mode's steps name nobody.</summary>
public class ActorControlTests
{
    static readonly Actor Olga = Actor.Person("u-olga", "Olga Operations");
    static readonly Actor Carrier = Actor.Key("carrier");

    [Fact]
    public async Task ManualPickParcelDelivery_EachStepGetsItsSender()
    {
        var standIns = new WorkflowStandIns();
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment));

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Fulfilment, new PickEvent("pick-1", By: Olga));
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Shipment, new ShipmentInput(ControlOrderId, "DHL", "JD0001", By: Olga));
        await standIns.WaitForStepAsync("ship ");
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Delivery, new DeliveryEvent(By: Carrier));
        await host.Client.WaitForInstanceCompletionAsync(InstanceId);

        Assert.Equal(["pick by Olga Operations", "ship by Olga Operations", "deliver by carrier"], standIns.Actors);
    }

    [Fact]
    public async Task CancelRequestWithASender_TheCancelledStageNamesThem()
    {
        var standIns = new WorkflowStandIns();
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Manual, InvoiceTiming.Shipment));
        await standIns.WaitForStepAsync("reserve");

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Cancel, new CancelRequest("ordered twice", Olga));
        await host.Client.WaitForInstanceCompletionAsync(InstanceId);

        Assert.Equal(["Cancelled by Olga Operations"], standIns.Actors);
        Assert.Contains("Cancelled: ordered twice", standIns.Steps);
    }

    [Fact]
    public async Task AutoMode_NoStepNamesAnybody()
    {
        var standIns = new WorkflowStandIns();
        await using var host = await standIns.StartAsync();

        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment));
        await host.Client.WaitForInstanceCompletionAsync(InstanceId);

        Assert.Contains("deliver", standIns.Steps);
        Assert.Empty(standIns.Actors);
    }
}
