using System.Globalization;
using System.Text;
using OrderFlow.Core.Access;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Orders;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Orders;

/// <summary>What the order page shows of an order, read from the API's own <see cref="OrderView"/>.</summary>
static class OrderPageContent
{
    public static string Facts(OrderView view, OrderRecord record, StaffPrincipal viewer)
    {
        var facts = new StringBuilder("<dl class=\"facts\">");
        Fact(facts, "Status", HtmlPage.Encode(view.Status));
        Fact(facts, "Channel", HtmlPage.Encode(view.Source));
        Fact(facts, "External ID", HtmlPage.Encode(view.ExternalId));
        if (view.CustomerId is { } customer)
        {
            // The customer pages' own rule decides whether the ID is a link.
            Fact(facts, "Customer", AccessTable.Opens("CustomerListPage", viewer) ? DataTable.Link("/customers/" + Uri.EscapeDataString(customer), customer) : HtmlPage.Encode(customer));
        }
        Fact(facts, "Received", DataTable.Time(record.ReceivedAt));
        if (view.Totals is { } totals)
        {
            Fact(facts, "Total", Money(totals.Gross, view) + (view.Paid ? " (paid)" : ""));
        }
        facts.Append("</dl>");
        if (view.Attention is { } attention)
        {
            facts.Append(CultureInfo.InvariantCulture, $"<p class=\"attention\"><strong>Needs attention:</strong> {HtmlPage.Encode(attention)}</p>");
        }
        if (view.Rejection is { } rejection)
        {
            facts.Append("<h2>Why it was rejected</h2><ul>").AppendJoin("", rejection.Reasons.Select(r => $"<li>{HtmlPage.Encode(r)}</li>")).Append("</ul>");
        }
        return facts.ToString();
    }

    public static string Details(OrderView view, StaffPrincipal viewer) =>
        Section("Lines", Lines(view) + Totals(view))
        + Section("Timeline", DataTable.Render("What happened, oldest first", ["When", "What", "Detail", "By"],
            view.Timeline.Select(t => (IReadOnlyList<string>)[DataTable.Time(t.At), HtmlPage.Encode(t.Stage.ToString()), HtmlPage.Encode(t.Detail), HtmlPage.Encode(t.By.Name)])))
        + Section("Stock", DataTable.Render("Reservations per SKU", ["SKU", "Requested", "State", "Held in", "Missing"],
            view.Reservations.Select(r => (IReadOnlyList<string>)[HtmlPage.Encode(r.Sku), Number(r.Requested), HtmlPage.Encode(r.State),
                HtmlPage.Encode(string.Join(", ", r.Allocations.Select(a => $"{a.Warehouse} ×{a.Quantity}"))), Number(r.Missing)]), "Nothing reserved."))
        + Section("Parcels", DataTable.Render("Parcels and tracking", ["Tracking number", "Carrier", "Status", "Contents"],
            view.Shipments.Select(s => (IReadOnlyList<string>)[HtmlPage.Encode(s.TrackingNumber), HtmlPage.Encode(s.Carrier), HtmlPage.Encode(s.Problem is { } problem ? $"{s.Status}, problem: {problem}" : s.Status.ToString()),
                HtmlPage.Encode(string.Join(", ", (s.Lines ?? []).Select(l => $"{l.Sku} ×{l.Quantity}")))]), "No parcel has left yet."))
        + Section("Payments", DataTable.Render("Payments received", ["Reference", "Amount", "When", "By"],
            view.Payments.Select(p => (IReadOnlyList<string>)[HtmlPage.Encode(p.Reference), Money(p.Amount, view), DataTable.Time(p.At), HtmlPage.Encode(p.By.Name)]), "No payment recorded.")
            + (view.Refunds.Count == 0 ? "" : DataTable.Render("Refunds paid back", ["Reference", "Amount", "When", "By"],
                view.Refunds.Select(r => (IReadOnlyList<string>)[HtmlPage.Encode(r.Reference), Money(r.Amount, view), DataTable.Time(r.At), HtmlPage.Encode(r.By.Name)]))))
        + Section("Documents", Documents(view, viewer));

    static string Lines(OrderView view) => DataTable.Render("Order lines", ["SKU", "Name", "Quantity", "List price", "Unit price", "Discount", "Net"],
        view.Lines.Select(l => (IReadOnlyList<string>)[HtmlPage.Encode(l.Sku), HtmlPage.Encode(l.Description), Number(l.Quantity),
            l.ListPrice is { } list ? Money(list, view) : "", Money(l.UnitPrice, view), Money(l.Discount, view), Money(l.Net, view)]), "Not priced yet.");

    static string Totals(OrderView view)
    {
        if (view.Totals is not { } totals)
        {
            return "";
        }
        var html = new StringBuilder("<dl class=\"facts totals\">");
        Fact(html, "Net", Money(totals.Net, view));
        Fact(html, "Shipping", Money(totals.Shipping, view));
        Fact(html, "Tax", Money(totals.Tax, view));
        Fact(html, "Gross", Money(totals.Gross, view));
        return html.Append("</dl>").ToString();
    }

    /// <summary>The invoice and credit note, with links to their JSON, UBL and readable page for whoever may open them.</summary>
    static string Documents(OrderView view, StaffPrincipal viewer)
    {
        var items = new StringBuilder();
        var links = AccessTable.Opens("GetInvoice", viewer);
        if (view.InvoiceNumber is { } invoice)
        {
            var api = "/api/invoices/" + Uri.EscapeDataString(invoice);
            items.Append(CultureInfo.InvariantCulture, $"<li>Invoice {HtmlPage.Encode(invoice)}")
                .Append(links ? $": {DataTable.Link("/finance/invoices/" + Uri.EscapeDataString(invoice), "page")}, {DataTable.Link(api, "JSON")}, {DataTable.Link(api + "?format=xml", "UBL")}" : "")
                .Append("</li>");
        }
        if (view.CreditNoteNumber is { } creditNote)
        {
            var api = "/api/credit-notes/" + Uri.EscapeDataString(creditNote);
            items.Append(CultureInfo.InvariantCulture, $"<li>Credit note {HtmlPage.Encode(creditNote)}")
                .Append(links ? $": {DataTable.Link(api, "JSON")}, {DataTable.Link(api + "?format=xml", "UBL")}" : "")
                .Append("</li>");
        }
        return items.Length == 0 ? "<p class=\"empty\">No invoice yet.</p>" : $"<ul>{items}</ul>";
    }

    static string Section(string heading, string content) => $"<h2>{HtmlPage.Encode(heading)}</h2>{content}";

    static void Fact(StringBuilder html, string term, string valueHtml) =>
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>{HtmlPage.Encode(term)}</dt><dd>{valueHtml}</dd></div>");

    static string Money(string amount, OrderView view) => HtmlPage.Encode($"{amount} {view.Currency}");

    static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
