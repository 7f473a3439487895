using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>The top of the first page: the title, the seller with its VAT ID and contact, the buyer, and the document's dates and references.</summary>
static class PdfHeader
{
    const double DetailsLeft = 330;
    const double LabelGap = 8;

    public static void Draw(PdfCanvas canvas, Invoice document, SellerOptions seller, CustomerWording words)
    {
        canvas.Text(words.Title(document.Type), PdfFonts.Title, PdfCanvas.Left, canvas.Y + 18);
        var sellerEnd = Block(canvas, PdfCanvas.Right, canvas.Y + 8, alignRight: true, Seller(seller, words));
        var top = sellerEnd + 24;
        var buyerEnd = Block(canvas, PdfCanvas.Left, top, alignRight: false, [words.BillTo, .. Buyer(document, words)]);
        var detailsEnd = Details(canvas, top, document, words);
        canvas.Y = Math.Max(buyerEnd, detailsEnd) + 8;
        if (document.Credits is { } credited)
        {
            canvas.Y += PdfCanvas.LineHeight;
            canvas.Text(words.CancelReason(credited.Reason), PdfFonts.Body, PdfCanvas.Left, canvas.Y);
        }
        canvas.Y += PdfCanvas.LineHeight * 1.5;
        canvas.Text(words.AmountsIn(document.Currency), PdfFonts.Small, PdfCanvas.Left, canvas.Y);
        canvas.Y += PdfCanvas.LineHeight;
    }

    static IEnumerable<string> Seller(SellerOptions seller, CustomerWording words) =>
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

    static IEnumerable<string> Buyer(Invoice document, CustomerWording words)
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

    /// <summary>Label and value pairs, the value flush right and wrapped beside its label: number, dates, terms and references.</summary>
    static double Details(PdfCanvas canvas, double top, Invoice document, CustomerWording words)
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
        var y = top;
        foreach (var (label, value) in rows)
        {
            canvas.Text(label, PdfFonts.Strong, DetailsLeft, y);
            var room = PdfCanvas.Right - DetailsLeft - canvas.Width(label, PdfFonts.Strong) - LabelGap;
            foreach (var part in canvas.Wrap(value, PdfFonts.Body, room))
            {
                canvas.TextRight(part, PdfFonts.Body, PdfCanvas.Right, y);
                y += PdfCanvas.LineHeight;
            }
        }
        return y;
    }

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
