using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Payments: claimed against the open balance when they arrive, taken by the workflow once the order is delivered
/// (paid and Completed when the balance is settled), and owed back when the order ended without taking them.
/// </summary>
public sealed partial record OrderRecord
{
    public const string PaidInFull = "The order is paid in full already.";

    /// <summary>The total less every payment claimed or recorded (a shop's payment is recorded without a claim).</summary>
    public Money OpenBalance()
    {
        var currency = Common.Currency.Parse(Priced!.Currency);
        var received = PaymentClaims.Sum(c => c.AmountMinor) + Payments.Where(p => PaymentClaims.All(c => c.Reference != p.Reference)).Sum(p => p.AmountMinor);
        return new Money(Priced.GrossMinor - received, currency);
    }

    /// <summary>Whether a payment may be sent now: the order is priced (validation prices it), not paid and not finished.</summary>
    public Refusal? WhyNotPay() =>
        Paid ? new Refusal(PaidInFull) : Status.IsFinal() || Priced is null ? WrongStage("payment events").Refusal : null;

    /// <summary>What a payment's amount must be, naming the order's open balance.</summary>
    public string PaymentAmountRule() =>
        $"The amount must be a positive decimal in {Priced!.Currency} of at most the open balance, {OpenBalance().ToDecimalString()}.";

    /// <summary>
    /// Claims a payment of <paramref name="amountMinor"/> (the open balance when null). Its reference claimed already is
    /// a retry: unchanged, and that claim stands. Refused when the order takes no payment now or the amount is not
    /// within the open balance.
    /// </summary>
    public OrderChange ClaimPayment(string reference, long? amountMinor)
    {
        if (PaymentClaims.Any(c => c.Reference == reference))
        {
            return OrderChange.Unchanged(this);
        }
        if (WhyNotPay() is { } refusal)
        {
            return new OrderChange(this, refusal);
        }
        if (OpenBalance().Minor <= 0)
        {
            return OrderChange.Refused(this, PaidInFull);
        }
        var amount = amountMinor ?? OpenBalance().Minor;
        return amount > 0 && amount <= OpenBalance().Minor
            ? OrderChange.To(this with { PaymentClaims = [.. PaymentClaims, new PaymentClaim(reference, amount)] })
            : OrderChange.Refused(this, PaymentAmountRule(), "amount");
    }

    /// <summary>
    /// Money came in for a delivered order, once per reference: Paid, and Completed, when it settles the balance;
    /// claims the order then never takes are owed back (<see cref="OweRefunds"/>).
    /// </summary>
    public OrderChange TakePayment(string reference, long amountMinor, DateTimeOffset at) => Once("payment:" + reference, r =>
    {
        if (r.Status.IsFinal() || r.Paid || r.Priced is null || !r.HasReached(OrderStatus.Delivered))
        {
            return r.WrongStage("payments");
        }
        var paid = r with { Payments = [.. r.Payments, new Payment(reference, amountMinor, at)] };
        if (paid.Payments.Sum(p => p.AmountMinor) < r.Priced.GrossMinor)
        {
            return OrderChange.To(paid.Note(Milestone.PartiallyPaid, at, reference));
        }
        return OrderChange.To((paid.Mark(Milestone.Paid, at, reference) with { Paid = true }).Enter(OrderStatus.Completed, at).OweRefunds(at));
    });

    /// <summary>The refund the order owes (<see cref="OweRefunds"/>), in words for operations; null when it owes none.</summary>
    [JsonIgnore]
    public string? RefundDue => Timeline.FirstOrDefault(t => t.Stage == Milestone.RefundDue)?.Detail;

    /// <summary>
    /// Payments claimed but never taken by the workflow, which ended first (cancelled, rejected on approval, failed,
    /// or settled by a shop's "paid" that raced them): the money came in, so they are recorded, and the order is
    /// flagged for a refund.
    /// </summary>
    OrderRecord OweRefunds(DateTimeOffset at)
    {
        var untaken = PaymentClaims.Where(c => Payments.All(p => p.Reference != c.Reference)).ToList();
        if (untaken.Count == 0)
        {
            return this;
        }
        var currency = Common.Currency.Parse(Priced!.Currency);
        var why = $"Refund due: {new Money(untaken.Sum(c => c.AmountMinor), currency)} came in "
            + $"({string.Join(", ", untaken.Select(c => c.Reference))}) that the order did not take: it is {Status}.";
        return (this with { Payments = [.. Payments, .. untaken.Select(c => new Payment(c.Reference, c.AmountMinor, at))], Attention = why })
            .Note(Milestone.RefundDue, at, why);
    }
}

/// <summary>A payment received for the order, in minor units of the order's currency.</summary>
public sealed record Payment(string Reference, long AmountMinor, DateTimeOffset At);

/// <summary>A payment accepted and on its way to the workflow, in minor units of the order's currency.</summary>
public sealed record PaymentClaim(string Reference, long AmountMinor);
