namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The receivables aging report: what each customer still owes, per currency, in buckets of days past due
/// (<see cref="AgingBucket"/>). Amounts of different currencies are never added: a customer owing in two currencies
/// has a row for each, and the totals are per currency.
/// </summary>
public sealed class ReceivablesAging(InvoiceList list)
{
    static readonly int BucketCount = Enum.GetValues<AgingBucket>().Length;

    /// <summary>Every open invoice of every year, as of <paramref name="asOf"/>.</summary>
    public Task<ReceivablesReport> ReportAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        TallyAsync(list.StreamAsync(new InvoiceQuery(null, null, StatusFilter.Unpaid, null), InvoiceList.MaxPageSize, null, cancellationToken), asOf, cancellationToken);

    /// <summary>Adds up the open amounts of <paramref name="documents"/> by customer, currency and bucket; rows by customer, then currency.</summary>
    public static async Task<ReceivablesReport> TallyAsync(IAsyncEnumerable<Invoice> documents, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string Customer, string Currency), (string? Name, long[] Buckets)>();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            if (document.OpenMinor == 0)
            {
                continue;
            }
            var key = (document.CustomerId, document.Currency);
            if (!rows.TryGetValue(key, out var row))
            {
                row = rows[key] = (document.Customer?.Name, new long[BucketCount]);
            }
            row.Buckets[(int)AgingBuckets.Of(document.DaysPastDue(asOf))] += document.OpenMinor;
        }
        var customers = rows
            .OrderBy(r => r.Key.Customer, StringComparer.Ordinal).ThenBy(r => r.Key.Currency, StringComparer.Ordinal)
            .Select(r => new CustomerReceivables(r.Key.Customer, r.Value.Name, r.Key.Currency, r.Value.Buckets)).ToList();
        var totals = customers.GroupBy(r => r.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CurrencyReceivables(g.Key, [.. Enumerable.Range(0, BucketCount).Select(b => g.Sum(r => r.BucketsMinor[b]))]))
            .ToList();
        return new ReceivablesReport(asOf, customers, totals);
    }
}

/// <summary>The report as of a day: rows per customer and currency, and totals per currency.</summary>
public sealed record ReceivablesReport(DateOnly AsOf, IReadOnlyList<CustomerReceivables> Customers, IReadOnlyList<CurrencyReceivables> Totals);

/// <summary>One customer's open amounts in one currency, in minor units, indexed by <see cref="AgingBucket"/>.</summary>
public sealed record CustomerReceivables(string CustomerId, string? CustomerName, string Currency, IReadOnlyList<long> BucketsMinor)
{
    public long TotalMinor => BucketsMinor.Sum();
}

/// <summary>All customers' open amounts in one currency, in minor units, indexed by <see cref="AgingBucket"/>.</summary>
public sealed record CurrencyReceivables(string Currency, IReadOnlyList<long> BucketsMinor)
{
    public long TotalMinor => BucketsMinor.Sum();
}
