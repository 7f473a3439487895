using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing;

/// <summary>A row of a document's line table, each value as the customer reads it.</summary>
public sealed record SheetLine(string Position, string Description, string Sku, string Quantity, string UnitPrice, string Discount, string Net, string Vat);

/// <summary>
/// What an invoice or credit note says, in its customer's language: the seller, the buyer, dates and references, the
/// lines, tax per rate, totals, and how it is settled. The PDF draws it and the back office's document page shows it,
/// so both say the same words. Built from the stored document alone.
/// </summary>
public sealed class DocumentSheet
{
    DocumentSheet(Invoice document, SellerOptions seller, CustomerWording words)
    {
        Words = words;
        Title = words.Title(document.Type);
        Seller = SheetParts.Seller(seller, words);
        Buyer = SheetParts.Buyer(document, words);
        Details = SheetParts.Details(document, words);
        CancelReason = document.Credits is { } credited ? words.CancelReason(credited.Reason) : null;
        AmountsIn = words.AmountsIn(document.Currency);
        LineHeaders = ["#", words.Description, words.Quantity, words.UnitPrice, words.Discount, words.Net, words.Vat];
        Lines = Table(document, words);
        Totals = SheetParts.Totals(document, words);
        SettlementHeading = document.Type == DocumentType.CreditNote ? words.CreditHeading : words.PaymentHeading;
        Settlement = document.Type == DocumentType.CreditNote ? SheetParts.Credit(document, words) : SheetParts.Instructions(document, seller, words);
    }

    public static DocumentSheet For(Invoice document, SellerOptions seller) => new(document, seller, CustomerWording.For(document.Language));

    public CustomerWording Words { get; }

    public string Title { get; }

    /// <summary>The seller's name first, then address, VAT ID and contact.</summary>
    public IReadOnlyList<string> Seller { get; }

    /// <summary>The buyer's name first (or their customer ID on older documents), then address, VAT ID, email.</summary>
    public IReadOnlyList<string> Buyer { get; }

    /// <summary>Number, dates, payment terms and references, each with its label.</summary>
    public IReadOnlyList<(string Label, string Value)> Details { get; }

    /// <summary>On a credit note: why the invoice was cancelled.</summary>
    public string? CancelReason { get; }

    public string AmountsIn { get; }

    public IReadOnlyList<string> LineHeaders { get; }

    public IReadOnlyList<SheetLine> Lines { get; }

    /// <summary>Net, shipping, VAT per rate, total and what is due; the strong ones are totals.</summary>
    public IReadOnlyList<(string Label, string Value, bool Strong)> Totals { get; }

    public string SettlementHeading { get; }

    /// <summary>How to pay an invoice, or which invoice a credit note cancels.</summary>
    public IReadOnlyList<string> Settlement { get; }

    static List<SheetLine> Table(Invoice document, CustomerWording words)
    {
        var currency = Currency.Parse(document.Currency);
        string Amount(long minor) => words.Grouped(new Money(minor, currency));
        return [.. document.Lines.Select((line, i) => new SheetLine(
            (i + 1).ToString(CultureInfo.InvariantCulture), line.Description, words.Sku(line.Sku), line.Quantity.ToString(CultureInfo.InvariantCulture),
            Amount(line.UnitPriceMinor), line.DiscountMinor == 0 ? "" : Amount(line.DiscountMinor), Amount(line.NetMinor), words.Percent(line.TaxRate)))];
    }
}
