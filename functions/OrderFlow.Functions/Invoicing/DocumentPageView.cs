using System.Globalization;
using System.Text;
using OrderFlow.Core.Invoicing;
using OrderFlow.Functions.Pages;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Invoicing;

/// <summary>
/// An invoice or credit note as a page: the <see cref="DocumentSheet"/> its PDF draws (in the customer's language),
/// then what finance needs beside it: status, payments received and the downloads.
/// </summary>
public static class DocumentPageView
{
    public const string PaymentsCaption = "Payments received";

    public static string Render(Invoice document, DocumentSheet sheet)
    {
        var api = FinancePages.ApiPath(document);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>Status: <strong>{HtmlPage.Encode(FinanceListView.StatusText(document))}</strong>. ");
        html.Append(CultureInfo.InvariantCulture, $"Download: <a href=\"{HtmlPage.Encode(api + "?format=pdf")}\">PDF</a> · <a href=\"{HtmlPage.Encode(api + "?format=xml")}\">UBL 2.1</a> · <a href=\"{HtmlPage.Encode(api)}\">JSON</a></p>");
        html.Append("<div class=\"document-parties\">");
        html.Append(Party(sheet.Seller[0], sheet.Seller.Skip(1)));
        html.Append(Party(sheet.Words.BillTo, sheet.Buyer));
        html.Append("</div><dl class=\"details\">");
        foreach (var (label, value) in sheet.Details)
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlPage.Encode(label)}</dt><dd>{HtmlPage.Encode(value)}</dd>");
        }
        html.Append("</dl>");
        if (sheet.CancelReason is { } reason)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlPage.Encode(reason)}</p>");
        }
        html.Append(DataTable.Render(sheet.AmountsIn, sheet.LineHeaders, sheet.Lines.Select(Line)));
        html.Append(Totals(sheet));
        html.Append(CultureInfo.InvariantCulture, $"<h2>{HtmlPage.Encode(sheet.SettlementHeading)}</h2>");
        html.Append(string.Concat(sheet.Settlement.Select(line => $"<p class=\"settlement\">{HtmlPage.Encode(line)}</p>")));
        if (document.Type == DocumentType.Invoice)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{PaymentsCaption}</h2>");
            html.Append(DataTable.Render(PaymentsCaption, ["Reference", "Amount", "Paid at"], document.Payments.Select(p => (IReadOnlyList<string>)
                [HtmlPage.Encode(p.Reference), HtmlPage.Encode(FinanceListView.Amount(p.AmountMinor, p.Currency)), DataTable.Time(p.PaidAt)]), "No payments yet."));
        }
        return html.ToString();
    }

    public static string NotFound(string what, string number) =>
        $"<p>No {HtmlPage.Encode(what)} has the number {HtmlPage.Encode(number)}.</p><p><a href=\"{FinancePages.Path}\">Back to finance</a></p>";

    static string Party(string heading, IEnumerable<string> lines) =>
        $"<section><h2>{HtmlPage.Encode(heading)}</h2><address>{string.Join("<br>", lines.Select(HtmlPage.Encode))}</address></section>";

    static IReadOnlyList<string> Line(SheetLine line) =>
    [
        HtmlPage.Encode(line.Position), $"{HtmlPage.Encode(line.Description)}<br><small>{HtmlPage.Encode(line.Sku)}</small>", HtmlPage.Encode(line.Quantity),
        HtmlPage.Encode(line.UnitPrice), HtmlPage.Encode(line.Discount), HtmlPage.Encode(line.Net), HtmlPage.Encode(line.Vat),
    ];

    /// <summary>Label and amount per row, as on the PDF: a table without column headings, each row named by its label.</summary>
    static string Totals(DocumentSheet sheet)
    {
        var rows = sheet.Totals.Select(row => row.Strong
            ? $"<tr class=\"strong\"><th scope=\"row\">{HtmlPage.Encode(row.Label)}</th><td>{HtmlPage.Encode(row.Value)}</td></tr>"
            : $"<tr><th scope=\"row\">{HtmlPage.Encode(row.Label)}</th><td>{HtmlPage.Encode(row.Value)}</td></tr>");
        return $"<div class=\"table-wrap\"><table class=\"document-totals\"><caption>{HtmlPage.Encode(sheet.Title)}: {HtmlPage.Encode(sheet.Words.Total)}</caption><tbody>{string.Concat(rows)}</tbody></table></div>";
    }
}
