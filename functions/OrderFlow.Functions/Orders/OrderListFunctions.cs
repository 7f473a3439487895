using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

public sealed class OrderListFunctions(OrderBook orders)
{
    const int DefaultPageSize = 50;
    const int MaxPageSize = 500;

    [Function("ListOrders")]
    [Description("Orders by status, received time (from inclusive, to exclusive, ISO 8601) and customer, newest first, paged with continuationToken.")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/orders")] HttpRequest request, CancellationToken cancellationToken) =>
        PageAsync(request, request.Query["customerId"].FirstOrDefault(), cancellationToken);

    [Function("ListCustomerOrders")]
    [Description("A customer's order history, newest first, with the same filters and paging as GET /orders.")]
    public Task<IResult> ListForCustomerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/customers/{id}/orders")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        PageAsync(request, id, cancellationToken);

    async Task<IResult> PageAsync(HttpRequest request, string? customerId, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var query = request.Query;
        OrderStatus? status = null;
        if (query["status"].FirstOrDefault() is { } statusText)
        {
            status = errors.Require(EnumName.TryParse<OrderStatus>(statusText, out var parsed), "status", $"One of: {string.Join(", ", Enum.GetNames<OrderStatus>())}.") ? parsed : null;
        }
        var from = Time(query["from"].FirstOrDefault(), "from", errors);
        var to = Time(query["to"].FirstOrDefault(), "to", errors);
        CustomerId? customer = null;
        if (customerId is not null)
        {
            customer = errors.Require(CustomerId.TryParse(customerId, out var parsed), "customerId", CustomerId.Rule) ? parsed : null;
        }
        var pageSize = DefaultPageSize;
        if (query["pageSize"].FirstOrDefault() is { } sizeText)
        {
            errors.Require(int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize is >= 1 and <= MaxPageSize, "pageSize", $"A whole number from 1 to {MaxPageSize}.");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        try
        {
            var (items, next) = await orders.QueryAsync(new OrderQuery(status, from, to, customer), pageSize, query["continuationToken"].FirstOrDefault(), cancellationToken);
            return TypedResults.Ok(new { items = items.Select(OrderView.From), continuationToken = next });
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException { Status: 400 } or FormatException or ArgumentException)
        {
            return Problems.Field("continuationToken", "Pass back the token of the previous page unchanged.");
        }
    }

    static DateTimeOffset? Time(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value);
        errors.Require(ok, field, "An ISO 8601 date or time, such as 2026-11-01 or 2026-11-01T08:00:00Z.");
        return ok ? value.ToUniversalTime() : null;
    }
}
