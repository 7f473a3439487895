using OrderFlow.Core.Common;
using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// How the document is settled: for an invoice, the amount due, its due date and the seller's SEPA account with the
/// invoice number as payment reference (the same instructions as the e-invoice's BG-16); for a credit note, the
/// invoice it cancels.
/// </summary>
static class PdfPayment
{
    public static void Draw(PdfCanvas canvas, Invoice document, SellerOptions seller, CustomerWording words)
    {
        var lines = document.Type == DocumentType.CreditNote ? Credit(document, words) : Instructions(document, seller, words);
        canvas.Y += PdfCanvas.LineHeight;
        canvas.Reserve((lines.Count + 1) * PdfCanvas.LineHeight);
        canvas.Text(document.Type == DocumentType.CreditNote ? words.CreditHeading : words.PaymentHeading, PdfFonts.Strong, PdfCanvas.Left, canvas.Y);
        foreach (var line in lines)
        {
            canvas.Y += PdfCanvas.LineHeight;
            canvas.Text(line, PdfFonts.Body, PdfCanvas.Left, canvas.Y);
        }
    }

    static List<string> Instructions(Invoice document, SellerOptions seller, CustomerWording words)
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

    static List<string> Credit(Invoice document, CustomerWording words) => document.Credits is { } credited
        ? [words.CreditCancels(credited.Number.Value)]
        : [];
}
