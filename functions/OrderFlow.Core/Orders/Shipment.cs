using System.Text.Json.Serialization;
using OrderFlow.Core.Orders.Fulfilment;

namespace OrderFlow.Core.Orders;

/// <summary>
/// One parcel: its carrier, tracking number, status and the units in it, and the delivery problem the carrier reported
/// for it while it is open (not stored when there is none).
/// </summary>
public sealed record Shipment(
    string Carrier,
    string TrackingNumber,
    ShipmentStatus Status,
    IReadOnlyList<LineQuantity>? Lines = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Problem = null)
{
    /// <summary>The parcel as people name it: carrier and tracking number.</summary>
    [JsonIgnore]
    public string Label => $"{Carrier} {TrackingNumber}";
}

/// <summary>Where a parcel is; stored and shown by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShipmentStatus>))]
public enum ShipmentStatus { InTransit, Delivered }
