using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Functions.Durable;

namespace OrderFlow.Functions.Orders;

/// <summary>Function entry points of the order workflow and its activities; the logic lives in Core.</summary>
public sealed class OrderWorkflowFunctions(IServiceProvider services, ILogger<OrderWorkflowFunctions> logger)
{
    [Function(OrderTasks.Workflow)]
    public static Task<string> RunWorkflowAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new OrderWorkflow().RunAsync(context, context.GetInput<OrderWorkflowInput>()!);

    [Function(OrderTasks.Validate)]
    public Task<OrderValidation> ValidateAsync([ActivityTrigger] OrderWorkflowInput input) =>
        Run(Activity<ValidateOrderActivity>(), OrderTasks.Validate, input.OrderId, input);

    [Function(OrderTasks.Reserve)]
    public Task<ReservationOutcome> ReserveAsync([ActivityTrigger] PricedOrder order) =>
        Run(Activity<ReserveStockActivity>(), OrderTasks.Reserve, order.OrderId, order);

    [Function(OrderTasks.Release)]
    public Task<bool> ReleaseAsync([ActivityTrigger] OrderId orderId) =>
        Run(Activity<ReleaseStockActivity>(), OrderTasks.Release, orderId, orderId);

    [Function(OrderTasks.Fulfil)]
    public Task<bool> FulfilAsync([ActivityTrigger] PickStep step) =>
        Run(Activity<FulfilOrderActivity>(), OrderTasks.Fulfil, step.OrderId, step);

    [Function(OrderTasks.Ship)]
    public Task<bool> ShipAsync([ActivityTrigger] ParcelStep step) =>
        Run(Activity<ShipOrderActivity>(), OrderTasks.Ship, step.OrderId, step);

    [Function(OrderTasks.Deliver)]
    public Task<bool> DeliverAsync([ActivityTrigger] DeliveryStep step) =>
        Run(Activity<DeliverOrderActivity>(), OrderTasks.Deliver, step.OrderId, step);

    [Function(OrderTasks.Pay)]
    public Task<bool> PayAsync([ActivityTrigger] PaymentStep step) =>
        Run(Activity<PayOrderActivity>(), OrderTasks.Pay, step.OrderId, step);

    [Function(OrderTasks.Invoice)]
    public Task<string> InvoiceAsync([ActivityTrigger] InvoiceRequest request) =>
        Run(Activity<InvoiceOrderActivity>(), OrderTasks.Invoice, request.Order.OrderId, request);

    [Function(OrderTasks.Credit)]
    public Task<string?> CreditAsync([ActivityTrigger] CreditRequest request) =>
        Run(Activity<CreditOrderActivity>(), OrderTasks.Credit, request.OrderId, request);

    [Function(OrderTasks.RecordStage)]
    public Task<bool> RecordStageAsync([ActivityTrigger] StageChange change) =>
        Run(Activity<RecordStageActivity>(), OrderTasks.RecordStage, change.OrderId, change);

    [Function(OrderTasks.SlaBreach)]
    public Task<bool> SlaBreachAsync([ActivityTrigger] SlaBreach breach) =>
        Run(Activity<SlaBreachActivity>(), OrderTasks.SlaBreach, breach.OrderId, breach);

    [Function(OrderTasks.Attention)]
    public Task<int> AttentionAsync([ActivityTrigger] AttentionChange change) =>
        Run(Activity<AttentionActivity>(), OrderTasks.Attention, change.OrderId, change);

    [Function(OrderTasks.FailureAlert)]
    public Task<bool> FailureAlertAsync([ActivityTrigger] OrderFailure failure) =>
        Run(Activity<FailureAlertActivity>(), OrderTasks.FailureAlert, failure.OrderId, failure);

    [Function(OrderTasks.DecideOnTimeout)]
    public Task<ApprovalDecision?> DecideOnTimeoutAsync([ActivityTrigger] OrderId orderId) =>
        Run(Activity<HoldTimeoutActivity>(), OrderTasks.DecideOnTimeout, orderId, orderId);

    [Function(OrderTasks.NotifyApprovers)]
    public Task<bool> NotifyApproversAsync([ActivityTrigger] ApproverNotice notice) =>
        Run(Activity<NotifyApproversActivity>(), OrderTasks.NotifyApprovers, notice.OrderId, notice);

    T Activity<T>()
        where T : notnull => services.GetRequiredService<T>();

    async Task<TOut> Run<TIn, TOut>(TaskActivity<TIn, TOut> activity, string step, OrderId orderId, TIn input)
    {
        using var scope = OrderLogScope.Begin(logger, orderId.Value, step);
        return await activity.RunAsync(new FunctionActivityContext(step), input);
    }
}
