using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.DurableTask;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Functions.Durable;

namespace OrderFlow.Functions.Orders;

/// <summary>Function entry points of the order workflow and its activities; the logic lives in Core.</summary>
public sealed class OrderWorkflowFunctions(IServiceProvider services)
{
    [Function(OrderTasks.Workflow)]
    public static Task<string> RunWorkflowAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new OrderWorkflow().RunAsync(context, context.GetInput<OrderWorkflowInput>()!);

    [Function(OrderTasks.Validate)]
    public Task<OrderValidation> ValidateAsync([ActivityTrigger] OrderWorkflowInput input) =>
        Activity<ValidateOrderActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Validate), input);

    [Function(OrderTasks.Reserve)]
    public Task<ReservationOutcome> ReserveAsync([ActivityTrigger] PricedOrder order) =>
        Activity<ReserveStockActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Reserve), order);

    [Function(OrderTasks.Release)]
    public Task<bool> ReleaseAsync([ActivityTrigger] string orderId) =>
        Activity<ReleaseStockActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Release), orderId);

    [Function(OrderTasks.Fulfil)]
    public Task<bool> FulfilAsync([ActivityTrigger] PickStep step) =>
        Activity<FulfilOrderActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Fulfil), step);

    [Function(OrderTasks.Ship)]
    public Task<bool> ShipAsync([ActivityTrigger] ParcelStep step) =>
        Activity<ShipOrderActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Ship), step);

    [Function(OrderTasks.Deliver)]
    public Task<bool> DeliverAsync([ActivityTrigger] DeliveryStep step) =>
        Activity<DeliverOrderActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Deliver), step);

    [Function(OrderTasks.Pay)]
    public Task<bool> PayAsync([ActivityTrigger] PaymentStep step) =>
        Activity<PayOrderActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Pay), step);

    [Function(OrderTasks.Invoice)]
    public Task<string> InvoiceAsync([ActivityTrigger] InvoiceRequest request) =>
        Activity<InvoiceOrderActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Invoice), request);

    [Function(OrderTasks.Credit)]
    public Task<string?> CreditAsync([ActivityTrigger] CreditRequest request) =>
        Activity<CreditOrderActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Credit), request);

    [Function(OrderTasks.RecordStage)]
    public Task<bool> RecordStageAsync([ActivityTrigger] StageChange change) =>
        Activity<RecordStageActivity>().RunAsync(new FunctionActivityContext(OrderTasks.RecordStage), change);

    [Function(OrderTasks.Notify)]
    public Task<bool> NotifyAsync([ActivityTrigger] NoticeRequest request) =>
        Activity<NotifyCustomerActivity>().RunAsync(new FunctionActivityContext(OrderTasks.Notify), request);

    [Function(OrderTasks.SlaBreach)]
    public Task<bool> SlaBreachAsync([ActivityTrigger] SlaBreach breach) =>
        Activity<SlaBreachActivity>().RunAsync(new FunctionActivityContext(OrderTasks.SlaBreach), breach);

    T Activity<T>()
        where T : notnull => services.GetRequiredService<T>();
}
