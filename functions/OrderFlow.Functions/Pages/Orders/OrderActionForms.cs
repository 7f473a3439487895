using System.Globalization;
using System.Text;
using OrderFlow.Core.Access;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Orders;

/// <summary>
/// The forms of the actions an order takes in its stage (<see cref="OrderRecord.StaffActionsNow"/>) that the viewer's
/// roles open (the API function's own access rule). Each carries a fresh token, which makes a pick, a payment or a
/// refund sent twice (a double click) count once.
/// </summary>
static class OrderActionForms
{
    public const string TokenField = "token";

    public static string Render(OrderRecord record, StaffPrincipal viewer, FailedAction? failed)
    {
        var offered = record.StaffActionsNow();
        var kinds = OrderActionKind.All.Where(k => offered.Contains(k.Action) && AccessTable.Opens(k.ApiFunction, viewer)).ToList();
        if (kinds.Count == 0)
        {
            return "";
        }
        var html = new StringBuilder("<h2>Actions</h2><div class=\"actions\">");
        foreach (var kind in kinds)
        {
            html.Append(Form(record, kind, failed?.Kind == kind ? failed : null));
        }
        return html.Append("</div>").ToString();
    }

    static string Form(OrderRecord record, OrderActionKind kind, FailedAction? failed)
    {
        var heading = "action-" + kind.Slug;
        var path = HtmlPage.Encode(OrderPage.PathOf(record.OrderId) + "/" + kind.Slug);
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{path}\" aria-labelledby=\"{heading}\"><h3 id=\"{heading}\">{HtmlPage.Encode(kind.Title)}</h3>")
            .Append(Fields.ErrorSummary(failed?.Errors))
            .Append(FieldsOf(record, kind, failed?.Form ?? FormFields.Empty, failed?.Errors))
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{TokenField}\" value=\"{Guid.NewGuid():N}\"><button type=\"submit\">{HtmlPage.Encode(kind.Title)}</button></form>")
            .ToString();
    }

    static string FieldsOf(OrderRecord record, OrderActionKind kind, FormFields form, FieldErrors? errors)
    {
        string Text(string name, string label, string? hint = null, bool required = false) =>
            Fields.Text(kind.Field(name), label, form[kind.Field(name)], errors, hint: hint, required: required);
        string Reason(string name, string label) => Fields.TextArea(kind.Field(name), label, form[kind.Field(name)], errors, hint: "At most 500 characters.");
        return kind.Action switch
        {
            StaffAction.Approve or StaffAction.Reject => Reason("reason", "Reason (optional)"),
            StaffAction.Cancel => Reason("reason", "Reason for the timeline (optional)") + Reason("customerReason", "Reason the customer is told (optional)"),
            StaffAction.Pick => OrderActionLines.Render(record, kind, record.Progress.LeftToPick, form, errors),
            StaffAction.Ship => Text("carrier", "Carrier", required: true) + Text("trackingNumber", "Tracking number", required: true)
                + OrderActionLines.Render(record, kind, record.Progress.LeftToShip, form, errors),
            StaffAction.Deliver => Fields.Select(kind.Field("trackingNumber"), "Parcel delivered",
                [("", "Every parcel in transit"), .. InTransit(record)], form[kind.Field("trackingNumber")], errors),
            StaffAction.ReportDeliveryProblem => Fields.Select(kind.Field("trackingNumber"), "Parcel", InTransit(record), form[kind.Field("trackingNumber")], errors)
                + Fields.TextArea(kind.Field("problem"), "Problem", form[kind.Field("problem")], errors, hint: "What the carrier reports, at most 500 characters.", required: true),
            StaffAction.ResolveDeliveryProblem => $"<p>{HtmlPage.Encode(record.DeliveryProblems)}.</p>"
                + Fields.TextArea(kind.Field("note"), "What was done", form[kind.Field("note")], errors, hint: "For example: redelivery booked for Friday. At most 500 characters.", required: true),
            StaffAction.Pay => Text("amount", $"Amount in {record.Currency}", hint: $"Leave blank for the open balance, {record.OpenBalance().ToDecimalString()}.")
                + Text("reference", "Payer's reference (optional)", hint: "The bank's or card's reference; the same one twice counts once."),
            StaffAction.Retry => $"<p>{HtmlPage.Encode(record.Attention)}</p>",
            StaffAction.Refund => $"<p>Pay back {HtmlPage.Encode(record.RefundOwed().ToString())} to the customer, then record it here.</p>"
                + Text("reference", "Refund reference (optional)", hint: "The bank's or card's reference of the money paid back; the same one twice counts once."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Action, "No form for this action."),
        };
    }

    /// <summary>The parcels in transit as a picker's options.</summary>
    static IEnumerable<(string Value, string Text)> InTransit(OrderRecord record) =>
        record.Shipments.Where(s => s.Status == ShipmentStatus.InTransit).Select(s => (s.TrackingNumber, $"{s.TrackingNumber} ({s.Carrier})"));
}
