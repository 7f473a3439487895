using System.Text.Json.Serialization;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Why an order is flagged for attention, stored by name beside its text: each kind has its own way out (a retry, a
/// refund, a delivery or a note), so the rules ask the kind, never the text.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttentionKind>))]
public enum AttentionKind
{
    /// <summary>A workflow step failed after goods left; a retry runs it again.</summary>
    FailedStep,

    /// <summary>Money came in that the order did not take; finance records the refund.</summary>
    RefundDue,

    /// <summary>A carrier reported a problem with a parcel; its delivery or a note from operations clears it.</summary>
    DeliveryProblem,
}
