using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Functions.Invoicing;

/// <summary>
/// The aging report as JSON: per customer and currency, and per currency in total, the open amounts in each bucket of
/// days past due (decimal strings in the currency, docs/architecture.md §1), as of a UTC day.
/// </summary>
public sealed record ReceivablesView(DateOnly AsOf, IReadOnlyList<CustomerAgingView> Customers, IReadOnlyList<CurrencyAgingView> Totals)
{
    public static ReceivablesView From(ReceivablesReport report) => new(
        report.AsOf,
        [.. report.Customers.Select(c => new CustomerAgingView(c.CustomerId, c.CustomerName, c.Currency, AgingAmountsView.From(c.Currency, c.BucketsMinor)))],
        [.. report.Totals.Select(t => new CurrencyAgingView(t.Currency, AgingAmountsView.From(t.Currency, t.BucketsMinor)))]);
}

public sealed record CustomerAgingView(string CustomerId, string? CustomerName, string Currency, AgingAmountsView Open);

public sealed record CurrencyAgingView(string Currency, AgingAmountsView Open);

/// <summary>Open amounts by days past the due date: not yet due, 1–30, 31–60, 61–90, over 90; and their total.</summary>
public sealed record AgingAmountsView(string NotYetDue, string Days1To30, string Days31To60, string Days61To90, string Over90Days, string Total)
{
    public static AgingAmountsView From(string currencyCode, IReadOnlyList<long> bucketsMinor)
    {
        var currency = Currency.Parse(currencyCode);
        string Amount(long minor) => new Money(minor, currency).ToDecimalString();
        string Bucket(AgingBucket bucket) => Amount(bucketsMinor[(int)bucket]);
        return new AgingAmountsView(
            Bucket(AgingBucket.NotYetDue), Bucket(AgingBucket.Days1To30), Bucket(AgingBucket.Days31To60), Bucket(AgingBucket.Days61To90),
            Bucket(AgingBucket.Over90Days), Amount(bucketsMinor.Sum()));
    }
}
