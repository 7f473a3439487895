using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Import;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Pricing;
using OrderFlow.Core.Orders.StaffAlerts;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders;

public static class OrdersServiceCollectionExtensions
{
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FulfilmentOptions>().BindConfiguration(FulfilmentOptions.Section).ValidateOnStart();
        services.AddOptions<WorkflowRetries>().BindConfiguration(WorkflowRetries.Section)
            .Validate(o => o.IsValid, $"{WorkflowRetries.Section}: Attempts is 1 or more; FirstRetry and FirstEndingRetry are longer than zero.")
            .ValidateOnStart();
        services.AddOptions<StuckStepOptions>().BindConfiguration(StuckStepOptions.Section)
            .Validate(o => o.After > TimeSpan.Zero, $"{StuckStepOptions.Section}:After is longer than zero.")
            .ValidateOnStart();
        services.AddSingleton<StuckStepSweep>();
        services.AddOptions<InvoiceTimingOptions>().BindConfiguration(InvoiceTimingOptions.Section).ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.ShopListsAreValid, WebhookOptions.ShopListsRequired)
            .ValidateOnStart();
        services.AddSingleton<WebhookDeliveries>();
        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.Section)
            .Validate(o => o.ThresholdsAreValid, $"{ApprovalOptions.Section}:Thresholds maps ISO 4217 codes to amounts such as \"2000.00\", up to {Money.MaxMinor} minor units.")
            .Validate(o => o.RemindBefore >= TimeSpan.Zero, $"{ApprovalOptions.Section}:RemindBefore is zero (no reminder) or more.")
            .ValidateOnStart();
        services.AddSingleton<ApprovalPolicy>();
        services.AddOptions<ApproverOptions>().BindConfiguration(ApproverOptions.Section).Validate(o => o.IsValid, ApproverOptions.Rule).ValidateOnStart();
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.Section).Validate(o => o.IsValid, OperationsOptions.Rule).ValidateOnStart();
        services.AddSingleton<OrderPages>();
        services.AddSingleton<ApprovalLinkUses>();
        services.AddSingleton<ApprovalByLink>();
        services.AddOptions<PricingOptions>().BindConfiguration(PricingOptions.Section)
            .Validate(o => o.IsValid, $"{PricingOptions.Section}:HoldAboveDeviation is a percentage of 0 or more (or unset); ShippingTax is FollowsGoods or Untaxed.")
            .ValidateOnStart();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section);
        services.AddSingleton<StockAlerts>();
        services.AddSingleton<OrderFlowSignature>();
        services.AddSingleton<ProductCatalogue>();
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<StockLedger>();
        services.AddSingleton<StockAdjustments>();
        services.AddSingleton<OrderIndex>();
        services.AddSingleton<OrderBook>();
        services.AddSingleton<OrderSearch>();
        services.AddSingleton<Work.WorkQueueReader>();
        services.AddSingleton<InvoiceLedger>();
        services.AddSingleton<OrderPayloadStore>();
        services.AddSingleton<IdempotencyKeys>();
        services.AddSingleton<OrderPricing>();
        services.AddSingleton<OrderStarts>();
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<DirectEntry>();
        services.AddSingleton<OrderImport>();
        services.AddSingleton<OrderEventRelay>();
        services.AddSingleton<CustomerNotices>();
        services.AddSingleton<StockReservation>();
        services.AddSingleton<OrderAlerts>();
        services.AddTransient<OrderWorkflow>();
        services.AddTransient<ValidateOrderActivity>();
        services.AddTransient<ReserveStockActivity>();
        services.AddTransient<ReleaseStockActivity>();
        services.AddTransient<HoldTimeoutActivity>();
        services.AddTransient<NotifyApproversActivity>();
        services.AddTransient<FulfilOrderActivity>();
        services.AddTransient<ShipOrderActivity>();
        services.AddTransient<DeliverOrderActivity>();
        services.AddTransient<PayOrderActivity>();
        services.AddTransient<OrderInvoicing>();
        services.AddTransient<InvoiceOrderActivity>();
        services.AddTransient<CreditOrderActivity>();
        services.AddTransient<RecordStageActivity>();
        services.AddTransient<SlaBreachActivity>();
        services.AddTransient<AttentionActivity>();
        services.AddTransient<FailureAlertActivity>();
        return services;
    }
}
