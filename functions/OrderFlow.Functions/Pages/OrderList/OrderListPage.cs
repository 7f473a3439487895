using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.OrderList;

/// <summary>
/// The order list: filters (the same check as GET /api/orders, <see cref="OrderFilters"/>), 100 orders a page newest
/// first, and a search by order ID or shop order ID that goes straight to the order.
/// </summary>
public sealed class OrderListPage(OrderBook orders, OrderSearch search)
{
    public const string FunctionName = "OrderListPage";
    public const string Path = "/orders";
    public const int PageSize = 100;
    const string Title = "Orders";

    /// <summary>Where the back office shows one order.</summary>
    public static string OrderPath(OrderId orderId) => $"{Path}/{Uri.EscapeDataString(orderId.Value)}";

    [Function(FunctionName)]
    [Description("The order list page: filters, paging, and search by order or shop order ID.")]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "orders")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (OrderListForm.Search(request) is { } text)
        {
            return await SearchAsync(request, text, cancellationToken);
        }
        var errors = new FieldErrors();
        if (OrderListForm.Filters(request).ToQuery(errors) is not { } query)
        {
            return Show(request, errors, "", StatusCodes.Status400BadRequest);
        }
        try
        {
            var (items, next) = await orders.QueryAsync(query, PageSize, Pager.Token(request), cancellationToken);
            return Show(request, null, OrderTable.Render("Orders, newest first", items) + Pager.Next(request, next));
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException { Status: 400 } or FormatException or ArgumentException)
        {
            return Show(request, null, BackOfficePage.Alert("That page of the list is no longer there: start again from the first page."), StatusCodes.Status400BadRequest);
        }
    }

    async Task<IResult> SearchAsync(HttpRequest request, string text, CancellationToken cancellationToken)
    {
        var found = await search.FindAsync(text, cancellationToken);
        if (found.Count == 1)
        {
            return TypedResults.Redirect(OrderPath(found[0].OrderId));
        }
        if (found.Count == 0)
        {
            var errors = new FieldErrors();
            errors.Add(OrderListForm.SearchField, "No order has this order ID or shop order ID.");
            return Show(request, errors, "", StatusCodes.Status404NotFound);
        }
        return Show(request, null, OrderTable.Render($"Orders whose shop order ID is {text}", found.Select(OrderSummary.Of)));
    }

    static HtmlPage Show(HttpRequest request, FieldErrors? errors, string results, int status = StatusCodes.Status200OK) =>
        BackOfficePage.Show(request, Title, OrderListForm.Render(request, errors) + results, status);
}
