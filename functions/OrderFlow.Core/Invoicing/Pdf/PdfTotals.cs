using OrderFlow.Core.Common;
using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>The totals under the lines: net, shipping, VAT per rate with the amount it is charged on, total, and what is due.</summary>
static class PdfTotals
{
    const double LabelLeft = 300;

    public static void Draw(PdfCanvas canvas, Invoice document, CustomerWording words)
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
        canvas.Reserve(rows.Count * PdfCanvas.LineHeight);
        foreach (var (label, value, strong) in rows)
        {
            var font = strong ? PdfFonts.Strong : PdfFonts.Body;
            canvas.Text(label, font, LabelLeft, canvas.Y);
            canvas.TextRight(value, font, PdfCanvas.Right, canvas.Y);
            canvas.Y += PdfCanvas.LineHeight;
        }
    }
}
