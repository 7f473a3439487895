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
        var unclaimed = Payments.Where(p => PaymentClaims.All(c => c.Reference != p.Reference)).Select(p => p.Amount);
        return Priced!.Gross - Total(PaymentClaims.Select(c => c.Amount)) - Total(unclaimed);
    }

    /// <summary>Whether a payment may be sent now: the order is priced (validation prices it), not paid and not finished.</summary>
    public Refusal? WhyNotPay() =>
        Paid ? new Refusal(PaidInFull) : Status.IsFinal() || Priced is null ? WrongStage("payment events").Refusal : null;

    /// <summary>What a payment's amount must be, naming the order's open balance.</summary>
    public string PaymentAmountRule() =>
        $"The amount must be a positive decimal in {Priced!.Currency} of at most the open balance, {OpenBalance().ToDecimalString()}.";

    /// <summary>
    /// Claims a payment of <paramref name="amount"/> (the open balance when null) sent by <paramref name="by"/>. Its
    /// reference claimed already is a retry: unchanged, and that claim stands. Refused when the order takes no payment
    /// now or the amount is not within the open balance.
    /// </summary>
    public OrderChange ClaimPayment(string reference, Money? amount, Actor? by = null)
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
        var claimed = amount ?? OpenBalance();
        return claimed.Currency == Priced!.Currency && claimed.Minor > 0 && claimed.Minor <= OpenBalance().Minor
            ? OrderChange.To(this with { PaymentClaims = [.. PaymentClaims, new PaymentClaim(reference, claimed, by)] })
            : OrderChange.Refused(this, PaymentAmountRule(), "amount");
    }

    /// <summary>
    /// Money came in for a delivered order, once per reference: Paid, and Completed, when it settles the balance;
    /// claims the order then never takes are owed back (<see cref="OweRefunds"/>). Recorded as made by whoever sent
    /// its claim (a shop's payment has none).
    /// </summary>
    public OrderChange TakePayment(string reference, Money amount, DateTimeOffset at) => Once(PaymentStep(reference), r =>
    {
        if (r.Status.IsFinal() || r.Paid || r.Priced is null || !r.HasReached(OrderStatus.Delivered))
        {
            return r.WrongStage("payments");
        }
        var by = r.PaymentClaims.FirstOrDefault(c => c.Reference == reference)?.By;
        var paid = r with { Payments = [.. r.Payments, new Payment(reference, amount, at, by)] };
        if (Total(paid.Payments.Select(p => p.Amount)).Minor < r.Priced.Gross.Minor)
        {
            return OrderChange.To(paid.Note(Milestone.PartiallyPaid, at, reference, by));
        }
        return OrderChange.To((paid.Mark(Milestone.Paid, at, reference, by) with { Paid = true }).Enter(OrderStatus.Completed, at, by: by).OweRefunds(at));
    });

    /// <summary>The key of taking the payment of <paramref name="reference"/>, kept once it is taken.</summary>
    static string PaymentStep(string reference) => "payment:" + reference;

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
        var why = $"Refund due: {Total(untaken.Select(c => c.Amount))} came in "
            + $"({string.Join(", ", untaken.Select(c => c.Reference))}) that the order did not take: it is {Status}.";
        return (this with { Payments = [.. Payments, .. untaken.Select(c => new Payment(c.Reference, c.Amount, at, c.By))] }).Flagged(AttentionKind.RefundDue, why)
            .Note(Milestone.RefundDue, at, why);
    }

    /// <summary>The sum of amounts in the order's currency; zero when there are none.</summary>
    Money Total(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero(Priced!.Currency), (sum, amount) => sum + amount);
}
