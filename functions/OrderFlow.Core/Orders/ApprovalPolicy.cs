using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>Says why an order must be held for approval, or null when it need not be.</summary>
public sealed class ApprovalPolicy(IOptions<ApprovalOptions> options)
{
    /// <summary>Judged on the order as priced, with the customer pricing found (<see cref="PricedOrder.Buyer"/>).</summary>
    public string? HoldReason(PricedOrder order)
    {
        var currency = order.Currency;
        var gross = order.Gross;
        if (options.Value.Thresholds.TryGetValue(currency.Code, out var thresholdText)
            && Money.TryParse(thresholdText, currency, out var threshold) && gross.Minor > threshold.Minor)
        {
            return $"The total {gross} is over the approval threshold of {threshold}.";
        }
        var limit = order.Buyer?.CreditLimit;
        if (!order.Paid && limit is not null && limit.Currency == currency.Code
            && Money.TryParse(limit.Amount, currency, out var creditLimit) && gross.Minor > creditLimit.Minor)
        {
            return $"The unpaid total {gross} is over the customer's credit limit of {creditLimit}.";
        }
        return null;
    }
}
