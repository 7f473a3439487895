using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Customers;

/// <summary>PUT /customers/{id} body.</summary>
public sealed record CustomerInput(string? Name, string? Email, MoneyDto? CreditLimit, PostalAddress? ShippingAddress)
{
    public Customer? Validate(string id, FieldErrors errors)
    {
        errors.Require(EntityKey.IsValid(id), "id", "A customer ID is 1–64 letters, digits, '.', '_' or '-'.");
        errors.Require(!string.IsNullOrWhiteSpace(Name), "name", "A name is required.");
        TextField.Check(Name, TextField.Name, "name", errors);
        errors.Require(EmailAddress.IsValid(Email), "email", "A valid email address is required.");
        if (ShippingAddress is not null)
        {
            AddressChecks.CheckText(ShippingAddress, "shippingAddress", errors);
        }
        if (CreditLimit is not null)
        {
            var valid = Currency.TryParse(CreditLimit.Currency, out var currency)
                && Money.TryParse(CreditLimit.Amount, currency, out var limit) && !limit.IsNegative;
            errors.Require(valid, "creditLimit", $"A credit limit is {{\"currency\":\"EUR\",\"amount\":\"5000.00\"}}, not negative and at most {Money.MaxMinor} minor units.");
        }
        return errors.IsEmpty ? new Customer(id, Name!.Trim(), Email!.Trim(), CreditLimit, ShippingAddress) : null;
    }
}
