namespace OrderFlow.Core.Orders;

/// <summary>Section "OrderFlow:Invoicing": when an order's invoice is issued.</summary>
public sealed class InvoiceTimingOptions
{
    public const string Section = "OrderFlow:Invoicing";

    /// <summary>
    /// Shipment (default): once the last parcel leaves, for what shipped. Confirmation: as soon as the stock is
    /// reserved, as shops that invoice at checkout do; a cancellation before shipping then voids it with a credit note.
    /// </summary>
    public InvoiceTiming IssueOn { get; set; } = InvoiceTiming.Shipment;
}

public enum InvoiceTiming { Shipment, Confirmation }
