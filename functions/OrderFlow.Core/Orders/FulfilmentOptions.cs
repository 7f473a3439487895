namespace OrderFlow.Core.Orders;

/// <summary>Section "OrderFlow:Fulfilment". Manual by default: in production the warehouse and carrier report events.</summary>
public sealed class FulfilmentOptions
{
    public const string Section = "OrderFlow:Fulfilment";

    public FulfilmentMode Mode { get; set; } = FulfilmentMode.Manual;

    /// <summary>How long each simulated step takes in Auto mode.</summary>
    public TimeSpan AutoStepDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an order may wait for each Manual step (keys: Fulfilment, Shipment, Delivery) before the
    /// operations inbox is alerted and the timeline marked. The order keeps waiting.
    /// </summary>
    public Dictionary<string, TimeSpan> StageLimits { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Fulfilment"] = TimeSpan.FromDays(1),
        ["Shipment"] = TimeSpan.FromDays(2),
        ["Delivery"] = TimeSpan.FromDays(7),
    };
}
