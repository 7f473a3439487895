using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Functions.Invoicing;

/// <summary>
/// The finance page's filters: a month (yyyy-MM) or a from–to range of issue dates, a customer and a status, read
/// by the API's own rules; blank fields filter nothing. Its <see cref="ApiQuery"/> asks GET /api/invoices the same.
/// </summary>
public sealed partial record FinanceFilter(IReadOnlyDictionary<string, string?> Texts, InvoiceQuery? Query, FieldErrors Errors)
{
    public static readonly string[] Names = ["month", "from", "to", "customerId", "status"];
    static readonly string[] ApiNames = ["from", "to", "status", "customerId"];

    public static FinanceFilter Read(IQueryCollection query, DateOnly today)
    {
        var texts = Names.ToDictionary(n => n, n => query[n].FirstOrDefault() is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null, StringComparer.Ordinal);
        var errors = new FieldErrors();
        var range = new Dictionary<string, string?>(texts, StringComparer.Ordinal);
        if (texts["month"] is { } month)
        {
            var ok = Month().IsMatch(month) && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            if (errors.Require(ok, "month", "A month such as 2026-11.") && errors.Require(texts["from"] is null && texts["to"] is null, "month", "Choose a month or a from–to range, not both."))
            {
                var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                range["from"] = Iso(first);
                range["to"] = Iso(first.AddMonths(1));
            }
        }
        var filters = InvoiceListRequest.Filters(name => range.GetValueOrDefault(name), today, errors);
        return new FinanceFilter(texts, errors.IsEmpty ? filters : null, errors) { Range = range };
    }

    /// <summary>The filters as the API reads them (a month as its from–to range), each blank one left out.</summary>
    public IReadOnlyDictionary<string, string?> Range { get; private init; } = new Dictionary<string, string?>();

    /// <summary>The query string of GET /api/invoices for the same documents.</summary>
    public string ApiQuery => string.Join('&', ApiNames
        .Where(n => Range.GetValueOrDefault(n) is not null)
        .Select(n => $"{n}={Uri.EscapeDataString(Range[n]!)}"));

    static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}\z")]
    private static partial Regex Month();
}
