using OrderFlow.Core.Common;
using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing;

/// <summary>The parts of a <see cref="DocumentSheet"/>, each as the customer reads it.</summary>
static class SheetParts
{
    public static IReadOnlyList<string> Seller(SellerOptions seller, CustomerWording words) =>
    [
        seller.Name,
        seller.Street,
        .. Optional(seller.AdditionalStreet),
        $"{seller.PostalCode} {seller.City}",
        seller.Country,
        words.VatId(seller.VatId),
        words.Contact(seller.ContactName),
        words.Phone(seller.Phone),
        seller.Email,
    ];

    public static IReadOnlyList<string> Buyer(Invoice document, CustomerWording words)
    {
        if (document.Customer is not { } customer)
        {
            return [document.CustomerId];
        }
        var address = customer.Address;
        return
        [
            customer.Name,
            .. Optional(address.Line1),
            .. Optional(address.Line2),
            .. Optional(string.Join(' ', new[] { address.PostalCode, address.City }.Where(p => !string.IsNullOrWhiteSpace(p)))),
            .. Optional(string.Join(", ", new[] { address.Region, address.Country }.Where(p => !string.IsNullOrWhiteSpace(p)))),
            .. Optional(customer.VatId is { } vatId ? words.VatId(vatId) : null),
            .. Optional(customer.Email),
        ];
    }

    public static IReadOnlyList<(string Label, string Value)> Details(Invoice document, CustomerWording words)
    {
        string Date(DateTimeOffset at) => words.DocumentDate(DateOnly.FromDateTime(at.UtcDateTime));
        var rows = new List<(string Label, string Value)>
        {
            (words.NumberLabel(document.Type), document.Number.Value),
            (words.IssueDate, Date(document.IssuedAt)),
        };
        if (document.Type == DocumentType.Invoice && document.DueDate is { } due)
        {
            rows.Add((words.DueDate, words.DocumentDate(due)));
        }
        if (document.Terms is { } terms)
        {
            rows.Add((words.PaymentTermsLabel, words.Terms(terms)));
        }
        rows.Add((words.YourReference, document.BuyerReference ?? document.OrderId.Value));
        rows.Add((words.OrderLabel, document.OrderId.Value));
        if (document.Credits is { } credited)
        {
            rows.Add((words.CreditsInvoiceLabel, words.InvoiceOf(credited.Number.Value, Date(credited.IssuedAt))));
        }
        return rows;
    }

    public static IReadOnlyList<(string Label, string Value, bool Strong)> Totals(Invoice document, CustomerWording words)
    {
        var currency = Currency.Parse(document.Currency);
        string Amount(long minor) => words.Amount(new Money(minor, currency));
        var rows = new List<(string Label, string Value, bool Strong)> { (words.NetOfLines, Amount(document.NetMinor), false) };
        if (document.ShippingMinor != 0)
        {
            rows.Add((words.Shipping, Amount(document.ShippingMinor), false));
        }
        rows.AddRange(document.TaxPerRate.Select(r => (words.VatOn(words.Percent(r.TaxRate), Amount(r.NetMinor)), Amount(r.TaxMinor), false)));
        if (document.Type == DocumentType.CreditNote)
        {
            rows.Add((words.TotalCredited, Amount(document.GrossMinor), true));
        }
        else
        {
            rows.Add((words.Total, Amount(document.GrossMinor), true));
            if (document.PrepaidMinor != 0)
            {
                rows.Add((words.PaidAtCheckoutLabel, Amount(-document.PrepaidMinor), false));
                rows.Add((words.AmountDue, Amount(document.PayableMinor), true));
            }
        }
        return rows;
    }

    /// <summary>
    /// For an invoice: the amount due, its due date and the seller's SEPA account with the invoice number as payment
    /// reference (the same instructions as the e-invoice's BG-16).
    /// </summary>
    public static IReadOnlyList<string> Instructions(Invoice document, SellerOptions seller, CustomerWording words)
    {
        if (document.PayableMinor <= 0)
        {
            return [words.NothingDue];
        }
        var amount = words.Amount(new Money(document.PayableMinor, Currency.Parse(document.Currency)));
        var lines = new List<string>
        {
            words.PayBy(amount, document.DueDate is { } date ? words.DocumentDate(date) : null),
            $"{words.AccountHolder}: {seller.Name}",
            $"IBAN: {seller.Iban}",
        };
        if (seller.Bic is { Length: > 0 } bic)
        {
            lines.Add($"BIC: {bic}");
        }
        lines.Add($"{words.PaymentReference}: {document.Number}");
        return lines;
    }

    /// <summary>For a credit note: the invoice it cancels.</summary>
    public static IReadOnlyList<string> Credit(Invoice document, CustomerWording words) => document.Credits is { } credited
        ? [words.CreditCancels(credited.Number.Value)]
        : [];

    static IEnumerable<string> Optional(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];
}
