using System.Text.Json;
using CsvHelper;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The aging report as RFC 4180 CSV (UTF-8, CRLF, header row): one row per customer and currency, the open amount per
/// bucket and in total as decimal strings in the currency's exponent. No total row: rows in different currencies
/// must not be added up.
/// </summary>
public static class ReceivablesCsv
{
    public static readonly string[] Header =
        ["customerId", "customerName", "currency", .. BucketNames(), "total"];

    static readonly bool[] IsNumber = SpreadsheetSafeCsv.NumberColumns(Header, [.. BucketNames(), "total"]);

    /// <summary>The buckets' names as JSON and CSV show them: notYetDue, days1To30 ... over90Days.</summary>
    public static IEnumerable<string> BucketNames() => Enum.GetNames<AgingBucket>().Select(JsonNamingPolicy.CamelCase.ConvertName);

    public static async Task WriteAsync(Stream destination, ReceivablesReport report, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(destination, SpreadsheetSafeCsv.Options, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach (var row in report.Customers)
        {
            var currency = Currency.Parse(row.Currency);
            string Amount(long minor) => new Money(minor, currency).ToDecimalString();
            string?[] cells = [row.CustomerId, row.CustomerName, currency.Code, .. row.BucketsMinor.Select(Amount), Amount(row.TotalMinor)];
            await SpreadsheetSafeCsv.WriteRecordAsync(csv, cells, IsNumber, cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
