using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Functions.Invoicing;

/// <summary>The query of GET /invoices, read and checked: every bad field is reported at once.</summary>
public sealed partial record InvoiceListRequest(InvoiceQuery Query, int PageSize, ListCursor? After, bool Csv)
{
    const int DefaultPageSize = 100;

    /// <summary>Reads the query; <paramref name="today"/> is the day an Overdue filter is judged on.</summary>
    public static InvoiceListRequest? Read(HttpRequest request, DateOnly today, FieldErrors errors)
    {
        var query = request.Query;
        var filters = Filters(name => query[name].FirstOrDefault(), today, errors);
        var pageSize = DefaultPageSize;
        if (query["pageSize"].FirstOrDefault() is { } sizeText)
        {
            errors.Require(int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize is >= 1 and <= InvoiceList.MaxPageSize,
                "pageSize", $"A whole number from 1 to {InvoiceList.MaxPageSize}.");
        }
        var after = Cursor(query["continuationToken"].FirstOrDefault(), "continuationToken", errors);
        var csv = AnswerFormats.Read(request, errors, AnswerFormats.Table) == AnswerFormat.Csv;
        return errors.IsEmpty ? new InvoiceListRequest(filters!, pageSize, after, csv) : null;
    }

    /// <summary>
    /// The filters from, to, status and customerId, by those names (the finance page reads its own with the same
    /// rules); null when one is wrong, which <paramref name="errors"/> then names.
    /// </summary>
    public static InvoiceQuery? Filters(Func<string, string?> value, DateOnly today, FieldErrors errors)
    {
        var before = errors.Count;
        var from = Time(value("from"), "from", errors);
        var to = Time(value("to"), "to", errors);
        errors.Require(from is null || to is null || from < to, "to", "Must be later than from.");
        StatusFilter? status = null;
        if (value("status") is { } statusText)
        {
            var name = Enum.GetNames<StatusFilter>().FirstOrDefault(n => n.Equals(statusText, StringComparison.OrdinalIgnoreCase));
            status = errors.Require(name is not null, "status", $"One of: {string.Join(", ", Enum.GetNames<StatusFilter>())}.") ? Enum.Parse<StatusFilter>(name!) : null;
        }
        var customerId = value("customerId");
        errors.Require(customerId is null || CustomerId.TryParse(customerId, out _), "customerId", CustomerId.Rule);
        return errors.Count == before ? new InvoiceQuery(from, to, status, customerId) { OverdueAsOf = today } : null;
    }

    /// <summary>Where the previous page stopped, from its token; null for the first page or a bad token, which <paramref name="errors"/> then names.</summary>
    public static ListCursor? Cursor(string? token, string field, FieldErrors errors) =>
        token is null ? null
        : errors.Require(ListCursor.TryParse(token, out var cursor), field, "Pass back the token of the previous page unchanged.") ? cursor : null;

    /// <summary>An ISO 8601 date (midnight UTC) or date and time, with Z or an offset (UTC when none).</summary>
    static DateTimeOffset? Time(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        var value = default(DateTimeOffset);
        var ok = IsoDateTime().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        errors.Require(ok, field, "An ISO 8601 date or time, such as 2026-11-01 or 2026-11-01T08:00:00Z.");
        return ok ? value.ToUniversalTime() : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?\z")]
    private static partial Regex IsoDateTime();
}
