using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Orders;
using OrderFlow.Functions.Pages.Kit;
using OrderFlow.Functions.Pages.NewOrder;

namespace OrderFlow.Functions.Pages.Orders;

/// <summary>
/// /orders/{id}: one order as GET /api/orders/{id} shows it (<see cref="OrderView"/>), with the forms of the actions the
/// viewer's roles and the order's stage allow.
/// </summary>
public sealed class OrderPage(OrderBook orders)
{
    public const string FunctionName = "OrderPage";
    public const string Route = "orders/{id}";

    // After an action on this page, or after the new-order form entered the order.
    static readonly Dictionary<string, string> Notices = new(OrderActionKind.Notices, StringComparer.Ordinal)
    {
        [NewOrderPage.Entered] = "Order entered.",
        [NewOrderPage.AlreadyEntered] = "This form had been sent before: this is the order it entered, and no second one was made.",
    };

    public static string PathOf(OrderId orderId) => "/orders/" + Uri.EscapeDataString(orderId.Value);

    [Function(FunctionName)]
    [Description("The back office's order page: facts, lines, totals, timeline with actors, stock, parcels, payments, documents and the actions open to the viewer.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await FindAsync(orders, id, cancellationToken) is { } record
            ? Show(request, record, BackOfficePage.Notice(request, Notices))
            : NotFound(request);

    /// <summary>The order of a route's ID; null for an ID that is malformed or names no order.</summary>
    public static async Task<OrderRecord?> FindAsync(OrderBook orders, string id, CancellationToken cancellationToken) =>
        OrderId.TryParse(id, out var orderId) ? await orders.FindAsync(orderId, cancellationToken) : null;

    /// <summary>The page with <paramref name="message"/> (a notice or an alert) on top and, after a refused form, that form with its errors.</summary>
    public static HtmlPage Show(HttpRequest request, OrderRecord record, string message, FailedAction? failed = null, int status = StatusCodes.Status200OK)
    {
        var view = OrderView.From(record);
        var viewer = request.HttpContext.Viewer()!;
        var content = message + OrderPageContent.Facts(view, record, viewer) + OrderActionForms.Render(record, viewer, failed) + OrderPageContent.Details(view, viewer);
        return BackOfficePage.Show(request, $"Order {record.ExternalId}", content, status);
    }

    public static HtmlPage NotFound(HttpRequest request) =>
        BackOfficePage.Show(request, "Order not found", "<p>No order has this ID. Check the link, or find the order in the <a href=\"/orders\">order list</a>.</p>", StatusCodes.Status404NotFound);
}

/// <summary>A form the order refused because of its fields: shown again with what was sent and the errors beside their fields.</summary>
public sealed record FailedAction(OrderActionKind Kind, FormFields Form, Core.Common.FieldErrors Errors);
