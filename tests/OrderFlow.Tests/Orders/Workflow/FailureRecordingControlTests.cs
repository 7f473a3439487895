using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>A failed order whose ending cannot be recorded at first: operations are told, and it is recorded on a later try.</summary>
public class FailureRecordingControlTests
{
    [Fact]
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
}
