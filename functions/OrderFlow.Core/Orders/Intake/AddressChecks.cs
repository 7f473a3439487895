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
        CheckText(address, field, errors);
    }

    /// <summary>Each line fits a document: its length limit, no control characters.</summary>
    public static void CheckText(PostalAddress address, string field, FieldErrors errors)
    {
        TextField.Check(address.Line1, TextField.AddressLine, $"{field}.line1", errors);
        TextField.Check(address.Line2, TextField.AddressLine, $"{field}.line2", errors);
        TextField.Check(address.City, TextField.City, $"{field}.city", errors);
        TextField.Check(address.PostalCode, TextField.PostalCode, $"{field}.postalCode", errors);
        TextField.Check(address.Region, TextField.Region, $"{field}.region", errors);
    }
}
