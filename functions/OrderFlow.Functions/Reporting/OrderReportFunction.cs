using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Reporting;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Reporting;

public sealed class OrderReportFunction(OrderReports reports, TimeProvider time)
{
    const int DefaultDays = 30;

    [Function("OrderKpiReport")]
    [Description("Order KPIs of the orders received from `from` (inclusive) to `to` (exclusive), ISO 8601 dates in UTC; by default the last 30 days.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/orders")] HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var from = Date(request.Query["from"].FirstOrDefault(), "from", errors);
        var to = Date(request.Query["to"].FirstOrDefault(), "to", errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        var end = to ?? (from?.AddDays(DefaultDays) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1));
        var start = from ?? end.AddDays(-DefaultDays);
        if (start >= end)
        {
            return Problems.Field("to", "Must be a later date than from (to is exclusive).");
        }
        if (end.DayNumber - start.DayNumber > OrderReports.MaxDays)
        {
            return Problems.Field("to", $"A report covers at most {OrderReports.MaxDays} days.");
        }
        return TypedResults.Ok(await reports.OrdersAsync(start, end, cancellationToken));
    }

    static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        errors.Require(ok, field, "An ISO 8601 date (UTC day), such as 2026-11-01.");
        return ok ? date : null;
    }
}
