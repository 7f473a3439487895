using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// What can be checked of an order without looking anything up: shapes, formats, ranges. Failing these is a 400 at
/// the door; catalogue and customer checks happen in the workflow and end in Rejected with reasons.
/// </summary>
public static class CanonicalOrderChecks
{
    public const int MaxLines = 500;
    public const int MaxQuantity = 100_000;

    public static FieldErrors Check(CanonicalOrder? order)
    {
        var errors = new FieldErrors();
        if (order is null)
        {
            errors.Add("$", "An order object is required.");
            return errors;
        }
        errors.Require(EntityKey.IsValid(order.ExternalId), "externalId", "An external ID of 1–64 letters, digits, '.', '_' or '-' is required.");
        TextField.Check(order.OrderName, TextField.Reference, "orderName", errors);
        CheckCustomer(order, errors);
        var currencyOk = errors.Require(Currency.TryParse(order.Currency, out var currency), "currency", "An ISO 4217 currency code such as \"EUR\" is required.");
        CheckLines(order.Lines, currencyOk ? currency : null, errors);
        if (currencyOk)
        {
            var shippingOk = Money.TryParse(order.ShippingCost ?? "0", currency, out var shipping) && !shipping.IsNegative;
            errors.Require(shippingOk, "shippingCost", Money.RequiredMessage(currency));
            ShopChargeChecks.Check(order, currency, errors);
        }
        AddressChecks.Check(order.ShippingAddress, "shippingAddress", errors);
        return errors;
    }

    /// <summary>
    /// An order OrderFlow prices itself (direct entry, the intake queue): as <see cref="Check"/>, and it may not bring
    /// a shop's charged amounts, which would put its prices beyond the catalogue without a reason.
    /// </summary>
    public static FieldErrors CheckDirect(CanonicalOrder? order)
    {
        var errors = Check(order);
        errors.Require(order?.Charged is null, "charged", "Charged amounts are accepted from shop channels only; give unitPrice and priceOverrideReason instead.");
        return errors;
    }

    static void CheckCustomer(CanonicalOrder order, FieldErrors errors)
    {
        if (order.CustomerId is not null)
        {
            errors.Require(CustomerId.TryParse(order.CustomerId, out _), "customerId", CustomerId.Rule);
            return;
        }
        if (!errors.Require(order.Customer is not null, "customerId", "Either customerId or customer {name, email} is required."))
        {
            return;
        }
        errors.Require(!string.IsNullOrWhiteSpace(order.Customer!.Name), "customer.name", "The customer's name is required.");
        TextField.Check(order.Customer.Name, TextField.Name, "customer.name", errors);
        errors.Require(EmailAddress.IsValid(order.Customer.Email), "customer.email", "A valid email address is required.");
        errors.Require(order.Customer.VatId is null || VatIdentifier.IsValid(order.Customer.VatId), "customer.vatId", VatIdentifier.Requirement);
        errors.Require(order.Customer.Language is null || Languages.TryParse(order.Customer.Language, out _), "customer.language", Languages.Rule);
    }

    static void CheckLines(IReadOnlyList<CanonicalLine?>? lines, Currency? currency, FieldErrors errors)
    {
        if (!errors.Require(lines is { Count: > 0 and <= MaxLines }, "lines", $"Between 1 and {MaxLines} lines are required."))
        {
            return;
        }
        for (var i = 0; i < lines!.Count; i++)
        {
            var line = lines[i];
            var field = $"lines[{i}]";
            if (!errors.Require(line is not null, field, "A line object is required."))
            {
                continue;
            }
            errors.Require(Sku.TryParse(line!.Sku, out _), $"{field}.sku", "A SKU of 1–64 letters, digits, '.', '_' or '-' is required.");
            errors.Require(line.Quantity is > 0 and <= MaxQuantity, $"{field}.quantity", $"A whole quantity from 1 to {MaxQuantity} is required.");
            if (currency is { } c)
            {
                // No price means the catalogue's.
                var priceOk = line.UnitPrice is null || (Money.TryParse(line.UnitPrice, c, out var price) && !price.IsNegative);
                errors.Require(priceOk, $"{field}.unitPrice", Money.RequiredMessage(c));
            }
        }
    }
}
