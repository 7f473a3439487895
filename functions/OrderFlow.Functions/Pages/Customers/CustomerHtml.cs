using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Customers;

/// <summary>The customer page's content: details, the credit-limit form for those who may change it, orders and open invoices.</summary>
public static class CustomerHtml
{
    static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal) { [CustomerPage.CreditLimitSaved] = "Credit limit saved." };

    public static string Render(
        HttpRequest request, Customer customer, IReadOnlyList<OrderSummary> orders, string? nextOrders, IReadOnlyList<Invoice> open, DateOnly today, FieldErrors? errors, FormFields? posted)
    {
        var html = new StringBuilder(BackOfficePage.Notice(request, Notices));
        html.Append(Details(customer));
        if (request.HttpContext.Viewer() is { } viewer && AccessTable.Opens(CustomerPage.CreditLimitFunction, viewer))
        {
            html.Append(CreditLimitForm(customer, errors, posted));
        }
        html.Append("<h2>Orders</h2>").Append(DataTable.Render(
            "Orders, newest first",
            ["Order", "Received", "Status", "Total"],
            orders.Select(o => (IReadOnlyList<string>)[
                DataTable.Link($"/orders/{Uri.EscapeDataString(o.OrderId.Value)}", o.ExternalId), DataTable.Time(o.ReceivedAt),
                HtmlPage.Encode(o.Status.ToString()), HtmlPage.Encode(o.Gross?.ToDisplayString())]),
            "No orders yet.")).Append(Pager.Next(request, nextOrders));
        html.Append("<h2>Open invoices</h2>").Append(DataTable.Render(
            "Invoices not yet paid in full",
            ["Invoice", "Issued", "Due", "Total", "Open"],
            open.Select(i => (IReadOnlyList<string>)[
                HtmlPage.Encode(i.Number.ToString()), DataTable.Time(i.IssuedAt), HtmlPage.Encode(Due(i, today)),
                Amount(i.GrossMinor, i.Currency), Amount(i.OpenMinor, i.Currency)]),
            "No open invoices."));
        foreach (var total in open.GroupBy(i => i.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"total\">Open in {HtmlPage.Encode(total.Key)}: <strong>{Amount(total.Sum(i => i.OpenMinor), total.Key)}</strong>, of it overdue: {Amount(total.Where(i => i.IsOverdue(today)).Sum(i => i.OpenMinor), total.Key)}.</p>");
        }
        return html.ToString();
    }

    static string Details(Customer customer)
    {
        var address = customer.ShippingAddress is { } a
            ? string.Join(", ", new[] { a.Line1, a.Line2, $"{a.PostalCode} {a.City}".Trim(), a.Region, a.Country }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : "none";
        (string Term, string? Value)[] rows =
        [
            ("Customer ID", customer.Id.Value), ("Email", customer.Email), ("Shipping address", address), ("VAT ID", customer.VatId ?? "none"),
            ("Language", customer.Language.Code()), ("Payment terms", customer.PaymentTerms is { } t ? $"{t.NetDays} days net{(t.FromMonthEnd ? " from month end" : "")}" : "the seller's default"),
            ("Credit limit", CustomerListPage.CreditLimitText(customer.CreditLimit)), ("Last saved by", customer.UpdatedBy?.Name ?? "an order (created with it)"),
        ];
        return "<dl class=\"details\">" + string.Concat(rows.Select(r => $"<dt>{HtmlPage.Encode(r.Term)}</dt><dd>{HtmlPage.Encode(r.Value)}</dd>")) + "</dl>";
    }

    static string CreditLimitForm(Customer customer, FieldErrors? errors, FormFields? posted)
    {
        var currency = posted?[CustomerPage.CurrencyField] ?? customer.CreditLimit?.Currency ?? "EUR";
        var amount = posted is null ? customer.CreditLimit?.Amount : posted["creditLimit"];
        return $"<h2>Credit limit</h2>{Fields.ErrorSummary(errors)}<form method=\"post\" action=\"{HtmlPage.Encode(CustomerPage.PathOf(customer.Id))}/credit-limit\" class=\"filters\">"
            + Fields.Text(CustomerPage.CurrencyField, "Currency", currency, extra: " maxlength=\"3\" size=\"4\"")
            + Fields.Text("creditLimit", "Credit limit", amount, errors, hint: "Empty for no limit. Unpaid orders above it wait for approval.", extra: " inputmode=\"decimal\"")
            + "<div class=\"field\"><button type=\"submit\">Save credit limit</button></div></form>";
    }

    static string Due(Invoice invoice, DateOnly today) =>
        invoice.PayableBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (invoice.IsOverdue(today) ? " (overdue)" : "");

    static string Amount(long minor, string currency) => HtmlPage.Encode(new Money(minor, Currency.Parse(currency)).ToDisplayString());
}
