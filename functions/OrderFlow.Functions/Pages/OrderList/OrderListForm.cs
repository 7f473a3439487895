using System.Text;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.OrderList;

/// <summary>The order list's two GET forms: the search that goes straight to an order, and the filters, as sent.</summary>
public static class OrderListForm
{
    public const string SearchField = "q";

    /// <summary>The filters as the request sent them (blank fields count as not sent).</summary>
    public static OrderFilters Filters(HttpRequest request) => new(
        Value(request, OrderFilters.StatusField), Value(request, OrderFilters.FromField), Value(request, OrderFilters.ToField),
        Value(request, OrderFilters.CustomerIdField), Value(request, OrderFilters.ChannelField), Value(request, OrderFilters.AttentionField));

    public static string? Search(HttpRequest request) => Value(request, SearchField);

    public static string Render(HttpRequest request, FieldErrors? errors)
    {
        var filters = Filters(request);
        var html = new StringBuilder(Fields.ErrorSummary(errors));
        html.Append($"<form method=\"get\" action=\"{OrderListPage.Path}\" role=\"search\" class=\"filters\">")
            .Append(Fields.Text(SearchField, "Order ID or shop order ID", Search(request), errors, type: "search"))
            .Append("<button type=\"submit\">Find</button></form>");
        html.Append($"<form method=\"get\" action=\"{OrderListPage.Path}\"><fieldset><legend>Filters</legend><div class=\"filters\">")
            .Append(Fields.Select(OrderFilters.StatusField, "Status", [("", "Any"), .. Enum.GetNames<OrderStatus>().Select(s => (s, s))], filters.Status, errors))
            .Append(Fields.Select(OrderFilters.ChannelField, "Channel", [("", "Any"), .. OrderChannels.All], filters.Channel, errors))
            .Append(Fields.Text(OrderFilters.CustomerIdField, "Customer ID", filters.CustomerId, errors))
            .Append(Fields.Text(OrderFilters.FromField, "Received on or after", filters.From, errors, type: "date"))
            .Append(Fields.Text(OrderFilters.ToField, "Received before", filters.To, errors, type: "date"))
            .Append(CheckBox.Render(OrderFilters.AttentionField, "Needs attention", bool.TryParse(filters.Attention, out var attention) && attention))
            .Append("<button type=\"submit\">Show orders</button></div></fieldset></form>");
        return html.ToString();
    }

    static string? Value(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
