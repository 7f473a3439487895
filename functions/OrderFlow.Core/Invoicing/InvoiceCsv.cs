using System.Globalization;
using CsvHelper;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The finance list as RFC 4180 CSV (UTF-8, CRLF, header row): one row per invoice line, and one "Shipping" row per VAT
/// rate of a document's shipping charge, so each document's rows add up to its totals. A line's net is quantity ×
/// unit price − discount. Amounts are decimal strings in the
/// currency's exponent ("12.50"); times are ISO 8601 UTC. Rows are written as documents arrive, never all held.
/// </summary>
public static class InvoiceCsv
{
    public static readonly string[] Header =
    [
        "number", "type", "status", "issuedAt", "paidAt", "creditedInvoice", "orderId", "customerId", "customerName",
        "line", "sku", "description", "quantity", "unitPrice", "taxRate", "net", "tax", "gross", "currency",
        "discount", "dueDate", "paymentTerms",
    ];

    // Every other column is text, escaped where a spreadsheet would take it for a formula.
    static readonly bool[] IsNumber = SpreadsheetSafeCsv.NumberColumns(Header, "quantity", "unitPrice", "taxRate", "net", "tax", "gross", "discount");

    public static async Task WriteAsync(Stream destination, IAsyncEnumerable<Invoice> documents, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(destination, SpreadsheetSafeCsv.Options, leaveOpen: true);
        csv.WriteHeader(Header);
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            foreach (var row in Rows(document))
            {
                await SpreadsheetSafeCsv.WriteRecordAsync(csv, row, IsNumber, cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    static IEnumerable<string?[]> Rows(Invoice document)
    {
        var currency = Currency.Parse(document.Currency);
        string Amount(long minor) => new Money(minor, currency).ToDecimalString();
        string?[] Row(string line, string? sku, string description, int quantity, long unitPrice, decimal taxRate, long net, long tax, long discount) =>
        [
            document.Number.Value, document.Type.ToString(), document.Status.ToString(), Time(document.IssuedAt), PaidAt(document),
            document.Credits?.Number.Value, document.OrderId.Value, document.CustomerId, document.Customer?.Name,
            line, sku, description, quantity.ToString(CultureInfo.InvariantCulture), Amount(unitPrice),
            taxRate.ToString(CultureInfo.InvariantCulture), Amount(net), Amount(tax), Amount(net + tax), currency.Code,
            Amount(discount), document.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.Terms?.ToString(),
        ];
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var l = document.Lines[i];
            yield return Row((i + 1).ToString(CultureInfo.InvariantCulture), l.Sku, l.Description, l.Quantity, l.UnitPriceMinor, l.TaxRate, l.NetMinor, l.TaxMinor, l.DiscountMinor);
        }
        foreach (var part in document.ShippingParts)
        {
            yield return Row("Shipping", null, "Shipping", 1, part.NetMinor, part.TaxRate, part.NetMinor, part.TaxMinor, 0);
        }
    }

    /// <summary>When the invoice became fully paid: the payment that covered the gross.</summary>
    static string? PaidAt(Invoice document)
    {
        long paid = 0;
        foreach (var payment in document.Payments.OrderBy(p => p.PaidAt))
        {
            paid += payment.AmountMinor;
            if (paid >= document.GrossMinor)
            {
                return Time(payment.PaidAt);
            }
        }
        return null;
    }

    static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
