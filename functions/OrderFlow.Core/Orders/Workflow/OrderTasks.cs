namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Durable task names. They differ from the class names on purpose: the Durable analyzer requires it.</summary>
public static class OrderTasks
{
    public const string Workflow = "OrderWorkflow.Run";
    public const string Validate = "Order.Validate";
    public const string Reserve = "Order.Reserve";
    public const string Release = "Order.Release";
    public const string Fulfil = "Order.Fulfil";
    public const string Ship = "Order.Ship";
    public const string Deliver = "Order.Deliver";
    public const string Pay = "Order.Pay";
    public const string Invoice = "Order.Invoice";
    public const string Credit = "Order.Credit";
    public const string RecordStage = "Order.RecordStage";
    public const string SlaBreach = "Order.SlaBreach";
    public const string Attention = "Order.Attention";
    public const string FailureAlert = "Order.FailureAlert";
    public const string DecideOnTimeout = "Order.DecideOnTimeout";
    public const string NotifyApprovers = "Order.NotifyApprovers";
}

/// <summary>External events the workflow waits for (Manual mode: the warehouse and carrier send them).</summary>
public static class OrderEvents
{
    public const string Fulfilment = "Fulfilment";
    public const string Shipment = "Shipment";
    public const string Delivery = "Delivery";
    public const string Payment = "Payment";
    public const string Cancel = "Cancel";
    public const string Approval = "Approval";
    public const string StockChanged = "StockChanged";
    public const string Retry = "Retry";
    /// <summary>From the stuck-step sweep, not from people: make the named activity call again.</summary>
    public const string StuckStep = "StuckStep";
}
