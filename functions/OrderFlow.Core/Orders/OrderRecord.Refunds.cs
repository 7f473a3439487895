using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Refunds: finance pays back what the order owes (<see cref="OweRefunds"/>) and records it here, with who did it and
/// the refund's own reference; the order then needs no one any more.
/// </summary>
public sealed partial record OrderRecord
{
    public const string NoRefundOwed = "The order owes no refund.";

    /// <summary>Refunds paid back, each with its reference (the bank's or card's) and who recorded it.</summary>
    [JsonInclude]
    public IReadOnlyList<Refund> Refunds { get; private set; } = [];

    /// <summary>Whether a refund may be recorded now: only while the order owes one. Null when it may.</summary>
    public Refusal? WhyNotRefund() => FlaggedFor == AttentionKind.RefundDue ? null : new Refusal(NoRefundOwed);

    /// <summary>What the order owes back: the payments it recorded without taking them (<see cref="OweRefunds"/>).</summary>
    public Money RefundOwed() => Total(Payments.Where(p => !AppliedSteps.Contains(PaymentStep(p.Reference))).Select(p => p.Amount));

    /// <summary>
    /// <paramref name="by"/> paid back what the order owes, under <paramref name="reference"/>: recorded with the
    /// amount and the order's refund flag cleared. The same reference again is a retry: unchanged. Refused when the
    /// order owes nothing (never owed, or refunded under another reference).
    /// </summary>
    public OrderChange RecordRefund(string reference, DateTimeOffset at, Actor by)
    {
        if (Refunds.Any(r => r.Reference == reference))
        {
            return OrderChange.Unchanged(this);
        }
        if (WhyNotRefund() is { } refusal)
        {
            return new OrderChange(this, refusal);
        }
        var amount = RefundOwed();
        return OrderChange.To((this with { Refunds = [.. Refunds, new Refund(reference, amount, at, by)] }).Flagged(null, null)
            .Note(Milestone.Refunded, at, $"Refunded {amount} ({reference}).", by));
    }
}

/// <summary>Money paid back to the customer, in the order's currency, under the refund's reference, and who recorded it.</summary>
public sealed record Refund(string Reference, Money Amount, DateTimeOffset At, Actor By);
