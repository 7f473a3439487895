using System.Text.Json.Serialization;
using OrderFlow.Core.Orders.Fulfilment;

namespace OrderFlow.Core.Orders;

/// <summary>One parcel: its carrier, tracking number, status and the units in it.</summary>
public sealed record Shipment(string Carrier, string TrackingNumber, ShipmentStatus Status, IReadOnlyList<LineQuantity>? Lines = null);

/// <summary>Where a parcel is; stored and shown by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShipmentStatus>))]
public enum ShipmentStatus { InTransit, Delivered }
