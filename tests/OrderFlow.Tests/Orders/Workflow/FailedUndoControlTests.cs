using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// Undoing a failed order goes on when one undo step fails too. Each failure-path test waits out the workflow's retry
/// back-off, so these classes are kept small to run beside each other.
/// </summary>
public class FailedUndoControlTests
{
    [Fact]
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
}
