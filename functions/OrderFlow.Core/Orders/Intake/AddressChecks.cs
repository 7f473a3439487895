using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>A shipping address a carrier can deliver to: street, city, postal code and ISO 3166 country.</summary>
public static class AddressChecks
{
    public static void Check(PostalAddress? address, string field, FieldErrors errors)
    {
        if (!errors.Require(address is not null, field, "A shipping address is required."))
        {
            return;
        }
        errors.Require(!string.IsNullOrWhiteSpace(address!.Line1), $"{field}.line1", "The street line is required.");
        errors.Require(!string.IsNullOrWhiteSpace(address.City), $"{field}.city", "The city is required.");
        errors.Require(!string.IsNullOrWhiteSpace(address.PostalCode), $"{field}.postalCode", "The postal code is required.");
        errors.Require(address.Country is { Length: 2 } && address.Country.All(char.IsAsciiLetterUpper), $"{field}.country", "A two-letter ISO 3166 country code such as \"DE\" is required.");
    }
}
