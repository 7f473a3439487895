using System.Globalization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>The shapes of a shop's charged amounts (<see cref="ShopCharges"/>); whether they add up is pricing's to judge.</summary>
public static class ShopChargeChecks
{
    public const int MaxOverrideReason = 500;

    public static void Check(CanonicalOrder order, Currency currency, FieldErrors errors)
    {
        if (order.Charged is { } charged)
        {
            Amount(charged.Total, currency, "charged.total", errors, required: true);
            Amount(charged.ShippingTax, currency, "charged.shippingTax", errors, required: false);
            Rate(charged.ShippingTaxRate, "charged.shippingTaxRate", errors);
        }
        for (var i = 0; i < (order.Lines?.Count ?? 0); i++)
        {
            CheckLine(order.Lines![i], order.Charged is not null, currency, $"lines[{i}]", errors);
        }
    }

    /// <summary>A rate as a decimal fraction from 0 up to (not including) 1: "0.19".</summary>
    public static bool TryParseRate(string? text, out decimal rate) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out rate) && rate is >= 0 and < 1;

    static void CheckLine(CanonicalLine? line, bool shopOrder, Currency currency, string field, FieldErrors errors)
    {
        if (line is null)
        {
            return;
        }
        var reason = line.PriceOverrideReason;
        errors.Require(reason is null || (!string.IsNullOrWhiteSpace(reason) && reason.Length <= MaxOverrideReason),
            $"{field}.priceOverrideReason", $"A reason of 1–{MaxOverrideReason} characters, or none.");
        if (!errors.Require(line.Charged is null || shopOrder, $"{field}.charged", "Charged amounts come with the order's charged totals only."))
        {
            return;
        }
        if (line.Charged is { } charged)
        {
            Amount(charged.Subtotal, currency, $"{field}.charged.subtotal", errors, required: true);
            Amount(charged.Discount, currency, $"{field}.charged.discount", errors, required: false);
            Amount(charged.Tax, currency, $"{field}.charged.tax", errors, required: false);
            Rate(charged.TaxRate, $"{field}.charged.taxRate", errors);
            var discountOk = !Money.TryParse(charged.Subtotal, currency, out var subtotal) || !Money.TryParse(charged.Discount, currency, out var discount)
                || discount.Minor <= subtotal.Minor;
            errors.Require(discountOk, $"{field}.charged.discount", "A discount cannot be more than the line's subtotal.");
        }
        else
        {
            errors.Require(!shopOrder, $"{field}.charged", "A shop order's line needs the amounts the shop charged.");
        }
    }

    static void Amount(string? text, Currency currency, string field, FieldErrors errors, bool required)
    {
        var ok = (text is null && !required) || (Money.TryParse(text, currency, out var amount) && !amount.IsNegative);
        errors.Require(ok, field, Money.RequiredMessage(currency));
    }

    static void Rate(string? text, string field, FieldErrors errors) =>
        errors.Require(text is null || TryParseRate(text, out _), field, "A tax rate as a decimal fraction from 0 to below 1, such as \"0.19\", or none.");
}
