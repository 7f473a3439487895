using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.StaffAlerts;
using OrderFlow.Functions.Surveys;
using static System.Net.WebUtility;

namespace OrderFlow.Functions.Orders;

/// <summary>The pages of an approval link: plain HTML that works without JavaScript, on a phone and with a screen reader.</summary>
public static class ApprovalPage
{
    const string Style = "body{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a}"
        + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ccc}dt{font-weight:600}dd{margin:0 0 .5rem}"
        + "label{display:block;font-weight:600}textarea{width:100%;min-height:5rem;font:inherit}"
        + "button{font:inherit;padding:.6rem 1.5rem;border-radius:.4rem;border:0;background:#0b5cad;color:#fff}button.reject{background:#a40000}"
        + ".error{color:#a40000;font-weight:600}:focus-visible{outline:3px solid #f5a623;outline-offset:2px}";

    public static IResult For(LinkAnswer answer, DateTimeOffset now) => answer switch
    {
        { State: LinkState.Confirm } => Confirm(answer, now, null, null),
        { State: LinkState.Decided, Link: { } link, Order: { } order } => Message(StatusCodes.Status200OK, link.Approve ? "Approved" : "Rejected",
            $"You {(link.Approve ? "approved" : "rejected")} order {order.ExternalId}, in your name ({link.Approver}). "
            + (link.Approve ? "It goes on to its reservation." : "Nothing was reserved for it.")),
        { State: LinkState.AlreadyUsed, Order: { } order } => Message(StatusCodes.Status410Gone, "Already used",
            $"This link has been used already and works once only. {Standing(answer.Standing, order)}"),
        { State: LinkState.AlreadyDecided, Order: { } order } => Message(StatusCodes.Status409Conflict, $"Already {Word(answer.Standing)}",
            $"{Standing(answer.Standing, order)} This link changes nothing."),
        { State: LinkState.NotOnHold, Order: { } order } => Message(StatusCodes.Status409Conflict, "Nothing to decide", $"{answer.Why} This link changes nothing."),
        { State: LinkState.Expired } => Message(StatusCodes.Status410Gone, "This link has expired", "The order's approval hold has ended, and with it this link."),
        _ => Message(StatusCodes.Status404NotFound, "Page not found", "This link does not lead to an order. Please use the link in your email as it is."),
    };

    /// <summary>What the link would decide, for the approver to confirm; with <paramref name="errors"/> beside the reason when it was refused.</summary>
    public static IResult Confirm(LinkAnswer answer, DateTimeOffset now, string? reason, FieldErrors? errors)
    {
        var (link, order) = (answer.Link!, answer.Order!);
        var verb = link.Approve ? "Approve" : "Reject";
        var title = $"{verb} order {order.ExternalId}?";
        var problems = errors?.ToDictionary() is { } all && all.TryGetValue("reason", out var messages) ? messages : null;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlEncode(title)}</h1>");
        body.Append(Summary(order, link.HoldEndsAt - now, link.HoldEndsAt));
        body.Append(CultureInfo.InvariantCulture, $"<form method=\"post\"><p>Recorded in your name: {HtmlEncode(link.Approver)}. The link works once; the first decision on the order stands.</p>");
        body.Append("<label for=\"reason\">Reason (optional)</label>");
        if (problems is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p id=\"reason-error\" class=\"error\" role=\"alert\">{HtmlEncode(string.Join(" ", problems))}</p>");
        }
        body.Append(CultureInfo.InvariantCulture, $"<textarea id=\"reason\" name=\"reason\" maxlength=\"500\"{(problems is null ? "" : " aria-invalid=\"true\" aria-describedby=\"reason-error\"")}>{HtmlEncode(reason ?? "")}</textarea>");
        body.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\"{(link.Approve ? "" : " class=\"reject\"")}>{verb} order {HtmlEncode(order.ExternalId)}</button></p></form>");
        return new HtmlPage(problems is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, HtmlPage.Document(title, body.ToString(), Style));
    }

    static string Summary(OrderRecord order, TimeSpan left, DateTimeOffset holdEndsAt)
    {
        var html = new StringBuilder("<dl>");
        void Item(string term, string value) => html.Append(CultureInfo.InvariantCulture, $"<dt>{term}</dt><dd>{HtmlEncode(value)}</dd>");
        Item("Order", $"{order.ExternalId} ({order.OrderId})");
        Item("Why it is on hold", ApproverEmails.HoldReason(order) ?? "not recorded");
        Item("Time left", $"{ApproverEmails.TimeLeft(left)}, until {holdEndsAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        if (order.Priced is not { } priced)
        {
            return html.Append("</dl>").ToString();
        }
        Item("Customer", $"{priced.CustomerName} ({priced.CustomerId})");
        Item("Total", $"{priced.Gross.ToDisplayString()} (net {priced.Net.ToDisplayString()}, tax {priced.Tax.ToDisplayString()}, shipping {priced.Shipping.ToDisplayString()})");
        html.Append("</dl><table><caption>Lines</caption><thead><tr><th scope=\"col\">SKU</th><th scope=\"col\">Item</th><th scope=\"col\">Quantity</th><th scope=\"col\">Net</th></tr></thead><tbody>");
        foreach (var line in priced.Lines)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{HtmlEncode(line.Sku.Value)}</td><td>{HtmlEncode(line.Description)}</td><td>{line.Quantity}</td><td>{HtmlEncode(priced.InCurrency(line.NetMinor).ToDisplayString())}</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    static string Word(HoldDecision? decision) => decision switch
    {
        HoldDecision.Approved => "approved",
        HoldDecision.Rejected => "rejected",
        HoldDecision.TimedOut => "timed out",
        _ => "decided",
    };

    static string Standing(HoldDecision? decision, OrderRecord order) => decision is null
        ? $"Order {order.ExternalId} is {order.Status}."
        : $"Order {order.ExternalId} was {Word(decision)} already.";

    static HtmlPage Message(int status, string title, string text) =>
        new(status, HtmlPage.Document(title, $"<h1>{HtmlEncode(title)}</h1><p>{HtmlEncode(text)}</p>", Style));
}
