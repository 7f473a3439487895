using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// Where the workflow reserves: in validation's step when nothing holds the order, else in a step of its own. On the
/// in-memory Durable Task host with stand-in activities that record each call.
/// </summary>
public class ReservationControlTests
{
    [Fact]
    public async Task ReservedAtValidation_NoReservationStep_Completes()
    {
        var standIns = new WorkflowStandIns { ValidationReserves = true };
        await using var host = await standIns.StartAsync();

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Shipment);

        Assert.Equal("\"Completed\"", output);
        Assert.Equal(["validate and reserve", "pick", "ship", "deliver"], StepNames(standIns));
    }

    [Fact]
    public async Task BackorderedAtValidation_StockChanged_ReservesInAStepOfItsOwnAndCompletes()
    {
        var standIns = new WorkflowStandIns { ValidationReserves = true, ShortReservations = 1 };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment));
        await standIns.WaitForStepAsync("validate and reserve");

        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.StockChanged, "CUP-1");
        await standIns.WaitForStepAsync(BeforeTheFirstRetry, ["reserve"]);
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Completed\"", output.SerializedOutput);
        Assert.Equal(["validate and reserve", "reserve", "pick", "ship", "deliver"], StepNames(standIns));
    }

    [Fact]
    public async Task CancelKeptBeforeTheStart_ItsEventComesAfterValidation_NothingReservedAndCancelled()
    {
        var standIns = new WorkflowStandIns { CancelKept = true };
        await using var host = await standIns.StartAsync();
        await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment));
        await standIns.WaitForStepAsync("validate, cancel kept");

        // The kept cancel is raised only once the workflow runs, so it may come after validation's answer.
        await host.Client.RaiseEventAsync(InstanceId, OrderEvents.Cancel, new CancelRequest("ordered by mistake"));
        var output = await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true);

        Assert.Equal("\"Cancelled\"", output.SerializedOutput);
        Assert.DoesNotContain("reserve", StepNames(standIns));
        Assert.Equal("validate, cancel kept", StepNames(standIns).First());
    }

    /// <summary>The steps, a parcel's without its tracking number (made up in Auto mode).</summary>
    static IEnumerable<string> StepNames(WorkflowStandIns standIns) =>
        standIns.Steps.Select(s => s.StartsWith("ship ", StringComparison.Ordinal) ? "ship" : s);
}
