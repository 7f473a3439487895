using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Orders;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Orders;

/// <summary>
/// The order page's forms: each action goes through <see cref="OrderActions"/>, as its API route does, in the viewer's
/// name, then back to the order page (303) with a notice. The stage refusing it shows the page with the reason; a bad
/// field shows the form again with the error beside it.
/// </summary>
public sealed class OrderActionPage(OrderBook orders, OrderActions actions)
{
    public const string FunctionName = "OrderActionPage";
    public const string Route = "orders/{id}/{action}";
    const int MaxFormBytes = 16 * 1024;

    [Function(FunctionName)]
    [Description("A staff action from the order page's form (approve, reject, pick, parcel, delivery, payment, retry, cancel, refund, delivery problem reported or resolved), allowed by the action's own API rule.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request, string id, string action,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        if (OrderActionKind.Find(action) is not { } kind)
        {
            return OrderPage.NotFound(request);
        }
        if (!AccessTable.Opens(kind.ApiFunction, request.HttpContext.Viewer()!))
        {
            return ForbiddenPage.For(AccessTable.For(kind.ApiFunction)!.RolesNeeded, request.HttpContext);
        }
        if (await OrderPage.FindAsync(orders, id, cancellationToken) is not { } record)
        {
            return OrderPage.NotFound(request);
        }
        var (form, refusal) = await FormFields.ReadAsync(request, MaxFormBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var pageErrors = new FieldErrors();
        var (lines, boxes) = OrderActionLines.Read(record, kind, form!, pageErrors);
        if (!pageErrors.IsEmpty)
        {
            return OrderPage.Show(request, record, "", new FailedAction(kind, form!, pageErrors), StatusCodes.Status400BadRequest);
        }
        var outcome = await SendAsync(kind, form!, lines, record.OrderId, durable, request.Actor(), cancellationToken);
        return outcome switch
        {
            { Found: false } => OrderPage.NotFound(request),
            { ConflictingStage: { } stage } => await ShowAgainAsync(request, record, BackOfficePage.Alert(outcome.Why ?? $"The order is {stage}."), null, StatusCodes.Status409Conflict, cancellationToken),
            { Errors: { } errors } => await ShowAgainAsync(request, record, "", new FailedAction(kind, form!, FormErrors(kind, errors, boxes)), StatusCodes.Status400BadRequest, cancellationToken),
            _ => BackOfficePage.Done(OrderPage.PathOf(record.OrderId), kind.Slug),
        };
    }

    Task<EventOutcome> SendAsync(
        OrderActionKind kind, FormFields form, List<Core.Orders.Fulfilment.LineRequest?>? lines, OrderId id, DurableTaskClient durable, Actor by, CancellationToken cancellationToken) => kind.Action switch
    {
        StaffAction.Approve or StaffAction.Reject =>
            actions.DecideAsync(durable, id, kind.Action == StaffAction.Approve, new ReasonInput { Reason = form[kind.Field("reason")] }, by, cancellationToken),
        StaffAction.Cancel => actions.CancelAsync(
            durable, id, new CancelBody { Reason = form[kind.Field("reason")], CustomerReason = form[kind.Field("customerReason")] }, by, cancellationToken),
        StaffAction.Pick => actions.PickAsync(durable, id, new PickBody { Lines = lines }, form[OrderActionForms.TokenField], by, cancellationToken),
        StaffAction.Ship => actions.ShipAsync(
            durable, id, new ShipmentBody { Carrier = form[kind.Field("carrier")], TrackingNumber = form[kind.Field("trackingNumber")], Lines = lines }, by, cancellationToken),
        StaffAction.Deliver => actions.DeliverAsync(durable, id, new DeliveryBody { TrackingNumber = form[kind.Field("trackingNumber")] }, by, cancellationToken),
        StaffAction.Pay => actions.PayAsync(
            durable, id, new PaymentBody { Reference = form[kind.Field("reference")], Amount = form[kind.Field("amount")] }, form[OrderActionForms.TokenField], by, cancellationToken),
        StaffAction.Retry => actions.RetryAsync(durable, id, by, cancellationToken),
        StaffAction.Refund => actions.RefundAsync(id, new RefundBody { Reference = form[kind.Field("reference")] }, form[OrderActionForms.TokenField], by, cancellationToken),
        StaffAction.ReportDeliveryProblem => actions.ReportDeliveryProblemAsync(
            id, new DeliveryProblemBody { TrackingNumber = form[kind.Field("trackingNumber")], Problem = form[kind.Field("problem")] }, by, cancellationToken),
        StaffAction.ResolveDeliveryProblem => actions.ResolveDeliveryProblemAsync(id, new ResolveDeliveryProblemBody { Note = form[kind.Field("note")] }, by, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Action, "Not a staff action."),
    };

    /// <summary>The page as the order stands after the refusal (it may have moved on meanwhile).</summary>
    async Task<IResult> ShowAgainAsync(HttpRequest request, OrderRecord before, string message, FailedAction? failed, int status, CancellationToken cancellationToken) =>
        OrderPage.Show(request, await orders.FindAsync(before.OrderId, cancellationToken) ?? before, message, failed, status);

    /// <summary>The order's field errors named as the form's fields.</summary>
    static FieldErrors FormErrors(OrderActionKind kind, FieldErrors errors, IReadOnlyList<int> boxes)
    {
        var named = new FieldErrors();
        foreach (var (field, messages) in errors.ByField)
        {
            foreach (var message in messages)
            {
                named.Add(OrderActionLines.FormField(kind, field, boxes), message);
            }
        }
        return named;
    }
}
