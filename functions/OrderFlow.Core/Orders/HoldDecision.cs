using System.Text.Json.Serialization;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The decision an order on hold gets, claimed once on its record (<see cref="OrderRecord.Decide"/>); stored by name.
/// <see cref="TimedOut"/> is claimed by the workflow when the hold's time is up and nobody decided.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HoldDecision>))]
public enum HoldDecision { Approved, Rejected, TimedOut }
