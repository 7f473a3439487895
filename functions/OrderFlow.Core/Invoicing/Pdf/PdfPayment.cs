using OrderFlow.Core.Common;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// How the document is settled: for an invoice, the amount due, its due date and the seller's SEPA account with the
/// invoice number as payment reference (the same instructions as the e-invoice's BG-16); for a credit note, the
/// invoice it cancels.
/// </summary>
static class PdfPayment
{
    public static void Draw(PdfCanvas canvas, Invoice document, SellerOptions seller)
    {
        var lines = document.Type == DocumentType.CreditNote ? Credit(document) : Instructions(document, seller);
        canvas.Y += PdfCanvas.LineHeight;
        canvas.Reserve((lines.Count + 1) * PdfCanvas.LineHeight);
        canvas.Text(document.Type == DocumentType.CreditNote ? "Credit" : "Payment", PdfFonts.Strong, PdfCanvas.Left, canvas.Y);
        foreach (var line in lines)
        {
            canvas.Y += PdfCanvas.LineHeight;
            canvas.Text(line, PdfFonts.Body, PdfCanvas.Left, canvas.Y);
        }
    }

    static List<string> Instructions(Invoice document, SellerOptions seller)
    {
        if (document.PayableMinor <= 0)
        {
            return ["Paid in full at checkout: nothing is due."];
        }
        var due = new Money(document.PayableMinor, Currency.Parse(document.Currency)).ToDisplayString();
        var lines = new List<string>
        {
            document.DueDate is { } date ? $"Please pay {due} by {PdfHeader.Date(date)} by SEPA credit transfer to:" : $"Please pay {due} by SEPA credit transfer to:",
            $"Account holder: {seller.Name}",
            $"IBAN: {seller.Iban}",
        };
        if (seller.Bic is { Length: > 0 } bic)
        {
            lines.Add($"BIC: {bic}");
        }
        lines.Add($"Payment reference: {document.Number}");
        return lines;
    }

    static List<string> Credit(Invoice document) => document.Credits is { } credited
        ? [$"This credit note cancels invoice {credited.Number} in full."]
        : [];
}
