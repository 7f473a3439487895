using System.ComponentModel.DataAnnotations;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// Section "OrderFlow:Seller": who issues the invoices, as the e-invoice names them (Peppol BIS Billing 3.0 seller).
/// Validated at start-up: an app that cannot name its seller must not issue documents finance would reject.
/// </summary>
public sealed class SellerOptions
{
    public const string Section = "OrderFlow:Seller";

    [Required]
    public string Name { get; set; } = "";

    /// <summary>The seller's VAT identifier with its country prefix, such as DE123456789.</summary>
    [Required, RegularExpression(VatIdentifier.Pattern)]
    public string VatId { get; set; } = "";

    /// <summary>The seller's Peppol electronic address and its scheme from the EAS code list (0088 GLN, 9930 DE VAT ...).</summary>
    [Required]
    public string EndpointId { get; set; } = "";

    [Required, ElectronicAddressScheme(ErrorMessage = "EndpointScheme must be a code of the Peppol EAS list, such as 9930 (German VAT number) or 0088 (GLN).")]
    public string EndpointScheme { get; set; } = "";

    [Required]
    public string Street { get; set; } = "";

    public string? AdditionalStreet { get; set; }

    [Required]
    public string City { get; set; } = "";

    [Required]
    public string PostalCode { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    [Required, RegularExpression("^[A-Z]{2}$")]
    public string Country { get; set; } = "";

    /// <summary>The seller's contact (BG-6): the person or department, phone and email a buyer asks about an invoice.</summary>
    [Required]
    public string ContactName { get; set; } = "";

    [Required, RegularExpression(@"^\+?[0-9][0-9 ()/-]{2,30}$")]
    public string Phone { get; set; } = "";

    [Required, EmailAddress]
    public string Email { get; set; } = "";

    /// <summary>The account buyers pay into by SEPA credit transfer (BG-16/BG-17), the payment reference being the invoice number.</summary>
    [Required, ValidIban]
    public string Iban { get; set; } = "";

    [RegularExpression("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    public string? Bic { get; set; }

    /// <summary>The terms of customers without their own: days net after the issue date, or after its month's end.</summary>
    [Range(0, PaymentTerms.MaxNetDays)]
    public int PaymentTermsDays { get; set; } = 14;

    public bool PaymentTermsFromMonthEnd { get; set; }

    public PaymentTerms DefaultTerms => new(PaymentTermsDays, PaymentTermsFromMonthEnd);
}
