using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Functions.Pages;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Invoicing;

/// <summary>The finance page's HTML: filters, the CSV download of everything they match, and a page of documents with their downloads.</summary>
public static class FinanceListView
{
    public const string Caption = "Invoices and credit notes";
    public const string CsvLinkText = "Download CSV";

    static readonly (string Value, string Text)[] Statuses =
    [
        ("", "Any"), ("Unpaid", "Open (unpaid)"), ("Overdue", "Overdue"), ("Issued", "Issued"), ("PartiallyPaid", "Partially paid"),
        ("Paid", "Paid"), ("Credited", "Credited"),
    ];

    public static string Render(HttpRequest request, FinanceFilter filter, InvoicePage? page)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{FinancePages.OpenItemsPath}\">Open items by age</a></p>");
        html.Append(Fields.ErrorSummary(filter.Errors));
        html.Append(CultureInfo.InvariantCulture, $"<form class=\"filters\" method=\"get\" action=\"{FinancePages.Path}\" role=\"search\" aria-label=\"Filter documents\">");
        html.Append(Fields.Text("month", "Month", filter.Texts["month"], filter.Errors, type: "month", hint: "Or a range below"));
        html.Append(Fields.Text("from", "Issued from", filter.Texts["from"], filter.Errors, type: "date"));
        html.Append(Fields.Text("to", "Issued before", filter.Texts["to"], filter.Errors, type: "date"));
        html.Append(Fields.Text("customerId", "Customer ID", filter.Texts["customerId"], filter.Errors));
        html.Append(Fields.Select("status", "Status", Statuses, filter.Texts["status"] ?? "", filter.Errors));
        html.Append("<button type=\"submit\">Filter</button></form>");
        if (page is null)
        {
            return html.ToString();
        }
        var csv = "/api/invoices?" + (filter.ApiQuery.Length > 0 ? filter.ApiQuery + "&" : "") + "format=csv";
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlPage.Encode(csv)}\" download>{CsvLinkText}</a> of every document the filters match.</p>");
        html.Append(DataTable.Render(Caption, ["Number", "Type", "Issued", "Customer", "Status", "Total", "Due", "Downloads"], page.Items.Select(Row), "No documents match the filters."));
        html.Append(Pager.Next(request, page.Next?.ToToken()));
        return html.ToString();
    }

    static IReadOnlyList<string> Row(Invoice document)
    {
        var api = FinancePages.ApiPath(document);
        var number = HtmlPage.Encode(document.Number.Value);
        return
        [
            DataTable.Link(FinancePages.PagePath(document), document.Number.Value),
            document.Type == DocumentType.Invoice ? "Invoice" : "Credit note",
            DataTable.Time(document.IssuedAt),
            HtmlPage.Encode(document.Customer?.Name is { } name ? $"{name} ({document.CustomerId})" : document.CustomerId),
            HtmlPage.Encode(StatusText(document)),
            HtmlPage.Encode(Amount(document.GrossMinor, document.Currency)),
            document.Type == DocumentType.Invoice && document.DueDate is { } due ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
            $"<a href=\"{HtmlPage.Encode(api + "?format=xml")}\">UBL<span class=\"visually-hidden\"> of {number}</span></a> "
                + $"<a href=\"{HtmlPage.Encode(api + "?format=pdf")}\">PDF<span class=\"visually-hidden\"> of {number}</span></a>",
        ];
    }

    public static string StatusText(Invoice document) => document.Status switch
    {
        InvoiceStatus.PartiallyPaid => "Partially paid",
        InvoiceStatus.Issued when document.Type == DocumentType.CreditNote => "Issued",
        InvoiceStatus.Issued => "Open",
        var other => other.ToString(),
    };

    /// <summary>"75.89 EUR": the API's decimal string with its currency.</summary>
    public static string Amount(long minor, string currency) => $"{new Money(minor, Currency.Parse(currency)).ToDecimalString()} {currency}";
}
