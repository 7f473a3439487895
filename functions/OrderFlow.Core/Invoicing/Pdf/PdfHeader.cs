using System.Globalization;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>The top of the first page: the title, the seller with its VAT ID and contact, the buyer, and the document's dates and references.</summary>
static class PdfHeader
{
    const double DetailsLeft = 330;

    public static string TitleOf(Invoice document) => document.Type == DocumentType.Invoice ? "Invoice" : "Credit note";

    public static void Draw(PdfCanvas canvas, Invoice document, SellerOptions seller)
    {
        canvas.Text(TitleOf(document), PdfFonts.Title, PdfCanvas.Left, canvas.Y + 18);
        var sellerEnd = Block(canvas, PdfCanvas.Right, canvas.Y + 8, alignRight: true, Seller(seller));
        var top = sellerEnd + 24;
        var buyerEnd = Block(canvas, PdfCanvas.Left, top, alignRight: false, ["Bill to", .. Buyer(document)]);
        var detailsEnd = Details(canvas, top, document);
        canvas.Y = Math.Max(buyerEnd, detailsEnd) + 8;
        if (document.Credits is { } credited)
        {
            canvas.Y += PdfCanvas.LineHeight;
            canvas.Text($"Reason: {credited.Reason}", PdfFonts.Body, PdfCanvas.Left, canvas.Y);
        }
        canvas.Y += PdfCanvas.LineHeight * 1.5;
        canvas.Text($"Amounts in {document.Currency}.", PdfFonts.Small, PdfCanvas.Left, canvas.Y);
        canvas.Y += PdfCanvas.LineHeight;
    }

    static IEnumerable<string> Seller(SellerOptions seller) =>
    [
        seller.Name,
        seller.Street,
        .. Optional(seller.AdditionalStreet),
        $"{seller.PostalCode} {seller.City}",
        seller.Country,
        $"VAT ID {seller.VatId}",
        $"Contact: {seller.ContactName}",
        $"Phone {seller.Phone}",
        seller.Email,
    ];

    static IEnumerable<string> Buyer(Invoice document)
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
            .. Optional(customer.VatId is { } vatId ? $"VAT ID {vatId}" : null),
            .. Optional(customer.Email),
        ];
    }

    /// <summary>Label and value pairs, the value flush right: number, dates, terms and references.</summary>
    static double Details(PdfCanvas canvas, double top, Invoice document)
    {
        var rows = new List<(string Label, string Value)>
        {
            ($"{TitleOf(document)} number", document.Number.Value),
            ("Issue date", Date(DateOnly.FromDateTime(document.IssuedAt.UtcDateTime))),
        };
        if (document.Type == DocumentType.Invoice && document.DueDate is { } due)
        {
            rows.Add(("Due date", Date(due)));
        }
        if (document.Terms is { } terms)
        {
            rows.Add(("Payment terms", terms.ToString()));
        }
        rows.Add(("Your reference", document.BuyerReference ?? document.OrderId.Value));
        rows.Add(("Order", document.OrderId.Value));
        if (document.Credits is { } credited)
        {
            rows.Add(("Credits invoice", $"{credited.Number} of {Date(DateOnly.FromDateTime(credited.IssuedAt.UtcDateTime))}"));
        }
        var y = top;
        foreach (var (label, value) in rows)
        {
            canvas.Text(label, PdfFonts.Strong, DetailsLeft, y);
            canvas.TextRight(value, PdfFonts.Body, PdfCanvas.Right, y);
            y += PdfCanvas.LineHeight;
        }
        return y;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Lines one under the other, the first in bold; answers the baseline below the last.</summary>
    static double Block(PdfCanvas canvas, double x, double top, bool alignRight, IEnumerable<string> lines)
    {
        var y = top;
        var first = true;
        foreach (var line in lines)
        {
            var font = first ? PdfFonts.Strong : PdfFonts.Body;
            if (alignRight)
            {
                canvas.TextRight(line, font, x, y);
            }
            else
            {
                canvas.Text(line, font, x, y);
            }
            first = false;
            y += PdfCanvas.LineHeight;
        }
        return y;
    }

    static IEnumerable<string> Optional(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];
}
