using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>A payment received for the order, in the order's currency, and who recorded it (none: a shop or OrderFlow).</summary>
public sealed record Payment(
    string Reference, Money Amount, DateTimeOffset At, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Actor? By = null)
{
    /// <summary>The amount as orders stored before payments carried their currency hold it; read, never written.</summary>
    [JsonInclude, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal long? AmountMinor { get; init; }

    /// <summary>This payment as stored now: an amount of an older document gets the order's currency.</summary>
    internal Payment InCurrency(Currency currency) =>
        AmountMinor is { } minor ? this with { Amount = new Money(minor, currency), AmountMinor = null } : this;
}

/// <summary>A payment accepted and on its way to the workflow, in the order's currency, with who sent it.</summary>
public sealed record PaymentClaim(string Reference, Money Amount, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Actor? By = null)
{
    /// <summary>The amount as orders stored before payments carried their currency hold it; read, never written.</summary>
    [JsonInclude, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal long? AmountMinor { get; init; }

    /// <summary>This claim as stored now: an amount of an older document gets the order's currency.</summary>
    internal PaymentClaim InCurrency(Currency currency) =>
        AmountMinor is { } minor ? this with { Amount = new Money(minor, currency), AmountMinor = null } : this;
}
