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
    [Required, RegularExpression("^[A-Z]{2}[A-Za-z0-9]{2,13}$")]
    public string VatId { get; set; } = "";

    /// <summary>The seller's Peppol electronic address and its scheme from the EAS code list (0088 GLN, 9930 DE VAT, EM e-mail ...).</summary>
    [Required]
    public string EndpointId { get; set; } = "";

    [Required, RegularExpression("^([0-9]{4}|[A-Z]{2})$")]
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

    [EmailAddress]
    public string? Email { get; set; }
}
