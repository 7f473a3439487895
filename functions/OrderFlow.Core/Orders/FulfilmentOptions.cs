namespace OrderFlow.Core.Orders;

/// <summary>Section "OrderFlow:Fulfilment". Manual by default: in production the warehouse and carrier report events.</summary>
public sealed class FulfilmentOptions
{
    public const string Section = "OrderFlow:Fulfilment";

    public FulfilmentMode Mode { get; set; } = FulfilmentMode.Manual;

    /// <summary>How long each simulated step takes in Auto mode.</summary>
    public TimeSpan AutoStepDelay { get; set; } = TimeSpan.FromSeconds(2);
}
