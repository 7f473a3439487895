using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// A step that fails before anything ships ends the order as Failed after undoing what was done, last first: the
/// credit note for an issued invoice, then the stock. A real storage failure cannot be aimed at one step while others
/// still work, so the steps are stand-ins.
/// </summary>
public class FailedOrderControlTests
{
    [Fact]
    public async Task PickFailsAfterInvoicingOnConfirmation_CreditNoteThenStockBackThenFailed()
    {
        var standIns = new WorkflowStandIns { Fulfil = _ => throw new InvalidOperationException("the stock table is gone") };
        await using var host = await standIns.StartAsync();

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Confirmation);

        Assert.Equal("\"Failed\"", output);
        Assert.Equal(["reserve", "invoice", "credit: " + NoMoreReason, "release", .. Ended("Order.Fulfil failed: the stock table is gone")], standIns.Steps);
    }

    [Fact]
    public async Task InvoiceCommitsThenItsStepFails_TheIssuedInvoiceIsCreditedThenStockBackThenFailed()
    {
        // Every attempt commits the invoice (the stand-in records it), then fails to record it on the order.
        var standIns = new WorkflowStandIns { Invoice = _ => throw new InvalidOperationException("the orders table is gone") };
        await using var host = await standIns.StartAsync();

        var output = await RunToEndAsync(host, FulfilmentMode.Auto, InvoiceTiming.Confirmation);

        Assert.Equal("\"Failed\"", output);
        Assert.Equal(
            ["reserve", "invoice", "credit: " + NoMoreReason, "release", .. Ended("Order.Invoice failed: the orders table is gone")],
            standIns.Steps.Distinct());
    }
}
