using OrderFlow.Core.Orders;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.OrderList;

/// <summary>Orders as a table: each ID links to the order's page.</summary>
public static class OrderTable
{
    static readonly string[] Headers = ["Order", "Received", "Customer", "Channel", "Status", "Total"];

    public static string Render(string caption, IEnumerable<OrderSummary> orders) =>
        DataTable.Render(caption, Headers, orders.Select(Row), "No orders match these filters.");

    static IReadOnlyList<string> Row(OrderSummary order) =>
    [
        DataTable.Link(OrderListPage.OrderPath(order.OrderId), order.OrderId.Value),
        DataTable.Time(order.ReceivedAt),
        HtmlPage.Encode(order.CustomerId?.Value ?? "not yet known"),
        HtmlPage.Encode(OrderChannels.Label(order.Source)),
        HtmlPage.Encode(order.Status.ToString()),
        HtmlPage.Encode(order.Gross?.ToDisplayString() ?? "not yet priced"),
    ];
}
