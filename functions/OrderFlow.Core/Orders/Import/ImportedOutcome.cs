using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Import;

/// <summary>
/// Whether an imported order's dates and outcome add up to a story OrderFlow's own workflow could have told: stages
/// in process order, none before receipt or in the future, the outcome last, parcels if and only if it shipped,
/// paid in full if it completed, paid after receipt, nothing shipped or paid for an order rejected at validation.
/// </summary>
public static class ImportedOutcome
{
    // The main path, each stage reached no earlier than the one before it.
    static readonly Milestone[] Path = [Milestone.Validated, Milestone.Reserved, Milestone.Fulfilled, Milestone.Shipped, Milestone.Delivered];

    public static void Check(ImportedOrder order, Money gross, DateTimeOffset now, FieldErrors errors)
    {
        var stages = order.Stages;
        errors.Require(order.ReceivedAt <= now, "receivedAt", "An imported order was received in the past.");
        foreach (var (stage, at) in stages)
        {
            errors.Require(at >= order.ReceivedAt && at <= now, $"stages.{stage}", "A stage is reached after receivedAt and not in the future.");
        }
        for (var i = 0; i < order.Payments.Count; i++)
        {
            var at = order.Payments[i].At;
            errors.Require(at >= order.ReceivedAt && at <= now, $"payments[{i}].at", "A payment comes in after receivedAt and not in the future.");
        }
        var outcome = Milestones.Of(order.Status);
        if (errors.Require(stages.ContainsKey(outcome), $"stages.{outcome}", $"When the order became {order.Status} is required."))
        {
            foreach (var later in stages.Where(s => s.Value > stages[outcome]))
            {
                errors.Add($"stages.{later.Key}", $"The order ended ({order.Status}) before this stage.");
            }
        }
        CheckOrder(stages, errors);
        CheckOutcome(order, gross, errors);
        var paidIn = order.Payments.Sum(p => p.Amount.Minor);
        errors.Require(paidIn <= gross.Minor, "payments", $"The payments add up to more than the order's gross {gross}.");
        errors.Require(!stages.ContainsKey(Milestone.Paid) || paidIn == gross.Minor, "stages.Paid", $"An order marked Paid has payments adding up to its gross {gross}.");
    }

    static void CheckOrder(IReadOnlyDictionary<Milestone, DateTimeOffset> stages, FieldErrors errors)
    {
        var reached = Path.Where(stages.ContainsKey).ToList();
        for (var i = 1; i < reached.Count; i++)
        {
            errors.Require(stages[reached[i]] >= stages[reached[i - 1]], $"stages.{reached[i]}", $"This stage comes after {reached[i - 1]}.");
        }
        if (stages.TryGetValue(Milestone.OnHold, out var held))
        {
            errors.Require(!stages.TryGetValue(Milestone.Validated, out var validated) || held >= validated, "stages.OnHold", "An order is held after it is validated.");
        }
        if (stages.TryGetValue(Milestone.Approved, out var approved))
        {
            errors.Require(stages.ContainsKey(Milestone.OnHold) && approved >= held, "stages.Approved", "An order is approved after it was put on hold.");
        }
    }

    static void CheckOutcome(ImportedOrder order, Money gross, FieldErrors errors)
    {
        var shipped = order.Stages.ContainsKey(Milestone.Shipped);
        errors.Require(shipped == order.Shipments.Count > 0, "shipments", shipped ? "A shipped order has at least one parcel." : "An order that never shipped has no parcels.");
        switch (order.Status)
        {
            case OrderStatus.Completed:
                errors.Require(shipped && order.Stages.ContainsKey(Milestone.Delivered), "stages", "A completed order was shipped and delivered: give both times.");
                errors.Require(order.Payments.Sum(p => p.Amount.Minor) == gross.Minor, "payments", $"A completed order is paid in full: payments adding up to its gross {gross}.");
                break;
            case OrderStatus.Cancelled:
                errors.Require(!shipped && !order.Stages.ContainsKey(Milestone.Delivered), "stages", "An order is cancelled before it ships.");
                break;
            case OrderStatus.Rejected:
                errors.Require(order.Stages.Count == 1, "stages", "An order rejected at validation reached no other stage.");
                errors.Require(order.Reasons.Count > 0, "reasons", "Why the order was rejected is required.");
                errors.Require(order.Payments.Count == 0 && order.InvoiceNumber is null, "payments", "An order rejected at validation was neither paid nor invoiced.");
                break;
        }
    }
}
