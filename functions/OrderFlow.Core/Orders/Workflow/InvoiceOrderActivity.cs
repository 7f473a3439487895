using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Issues the order's invoice on its own step: used when invoicing on confirmation, before anything ships.</summary>
public sealed class InvoiceOrderActivity(OrderInvoicing invoicing) : TaskActivity<InvoiceRequest, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, InvoiceRequest request) => invoicing.IssueAsync(request);
}
