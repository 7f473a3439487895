using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Customers;

/// <summary>PUT /customers/{id} body.</summary>
public sealed record CustomerInput(
    string? Name,
    string? Email,
    MoneyDto? CreditLimit,
    PostalAddress? ShippingAddress,
    string? VatId = null,
    ElectronicAddressInput? ElectronicAddress = null,
    PaymentTermsInput? PaymentTerms = null,
    string? Language = null)
{
    public Customer? Validate(string id, FieldErrors errors)
    {
        errors.Require(CustomerId.TryParse(id, out var customerId), "id", CustomerId.Rule);
        errors.Require(!string.IsNullOrWhiteSpace(Name), "name", "A name is required.");
        TextField.Check(Name, TextField.Name, "name", errors);
        errors.Require(EmailAddress.IsValid(Email), "email", "A valid email address is required.");
        if (ShippingAddress is not null)
        {
            AddressChecks.CheckText(ShippingAddress, "shippingAddress", errors);
        }
        CheckCreditLimit(CreditLimit, errors);
        errors.Require(VatId is null || VatIdentifier.IsValid(VatId), "vatId", VatIdentifier.Requirement);
        var electronicAddress = ElectronicAddress?.Validate("electronicAddress", errors);
        var terms = PaymentTerms?.Validate("paymentTerms", errors);
        var language = Common.Language.En;
        errors.Require(Language is null || Languages.TryParse(Language, out language), "language", Languages.Rule);
        return errors.IsEmpty
            ? new Customer(customerId, Name!.Trim(), Email!.Trim(), CreditLimit, ShippingAddress) { VatId = VatId, ElectronicAddress = electronicAddress, PaymentTerms = terms, Language = language }
            : null;
    }

    /// <summary>A credit limit, when there is one, is an amount in a known currency, not negative; none means no limit.</summary>
    public static bool CheckCreditLimit(MoneyDto? creditLimit, FieldErrors errors)
    {
        if (creditLimit is null)
        {
            return true;
        }
        var valid = Currency.TryParse(creditLimit.Currency, out var currency)
            && Money.TryParse(creditLimit.Amount, currency, out var limit) && !limit.IsNegative;
        return errors.Require(valid, "creditLimit", $"A credit limit is {{\"currency\":\"EUR\",\"amount\":\"5000.00\"}}, not negative and at most {Money.MaxMinor} minor units.");
    }
}

/// <summary>A customer's Peppol address: {"scheme": "9930", "id": "DE123456789"}.</summary>
public sealed record ElectronicAddressInput(string? Scheme, string? Id)
{
    public ElectronicAddress? Validate(string field, FieldErrors errors)
    {
        var scheme = errors.Require(
            Invoicing.ElectronicAddress.IsKnownScheme(Scheme), field + ".scheme", "The scheme is a code of the Peppol EAS list, such as 9930 (German VAT number) or 0088 (GLN).");
        var id = errors.Require(
            Invoicing.ElectronicAddress.IsValidId(Id), field + ".id", $"The identifier is 1–{Invoicing.ElectronicAddress.MaxIdLength} characters without surrounding spaces.");
        return scheme && id ? new ElectronicAddress(Scheme!, Id!) : null;
    }
}

/// <summary>A customer's own terms: {"netDays": 30, "fromMonthEnd": true}.</summary>
public sealed record PaymentTermsInput(int? NetDays, bool FromMonthEnd = false)
{
    public PaymentTerms? Validate(string field, FieldErrors errors) =>
        errors.Require(NetDays is { } days && Invoicing.PaymentTerms.IsValid(days), field + ".netDays", $"Net days are 0–{Invoicing.PaymentTerms.MaxNetDays}.")
            ? new PaymentTerms(NetDays!.Value, FromMonthEnd)
            : null;
}
