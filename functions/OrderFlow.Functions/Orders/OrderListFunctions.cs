using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

public sealed class OrderListFunctions(OrderBook orders)
{
    const int DefaultPageSize = 50;
    const int MaxPageSize = 500;

    [Function("ListOrders")]
    [Description("Orders by status, received time (from inclusive, to exclusive, ISO 8601), customer, channel (shopify, woocommerce, webhook, api, queue, import) and attention=true (only orders flagged for staff), newest first, paged with continuationToken.")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/orders")] HttpRequest request, CancellationToken cancellationToken) =>
        PageAsync(request, request.Query[OrderFilters.CustomerIdField].FirstOrDefault(), cancellationToken);

    [Function("ListCustomerOrders")]
    [Description("A customer's order history, newest first, with the same filters and paging as GET /orders.")]
    public Task<IResult> ListForCustomerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/customers/{id}/orders")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        PageAsync(request, id, cancellationToken);

    async Task<IResult> PageAsync(HttpRequest request, string? customerId, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var query = request.Query;
        var filters = new OrderFilters(
            query[OrderFilters.StatusField].FirstOrDefault(), query[OrderFilters.FromField].FirstOrDefault(), query[OrderFilters.ToField].FirstOrDefault(),
            customerId, query[OrderFilters.ChannelField].FirstOrDefault(), query[OrderFilters.AttentionField].FirstOrDefault());
        var orderQuery = filters.ToQuery(errors);
        var pageSize = DefaultPageSize;
        if (query["pageSize"].FirstOrDefault() is { } sizeText)
        {
            errors.Require(int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize is >= 1 and <= MaxPageSize, "pageSize", $"A whole number from 1 to {MaxPageSize}.");
        }
        if (orderQuery is null || !errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        try
        {
            var (items, next) = await orders.QueryAsync(orderQuery, pageSize, query["continuationToken"].FirstOrDefault(), cancellationToken);
            return TypedResults.Ok(new { items = items.Select(OrderSummaryView.From), continuationToken = next });
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException { Status: 400 } or FormatException or ArgumentException)
        {
            return Problems.Field("continuationToken", "Pass back the token of the previous page unchanged.");
        }
    }
}
