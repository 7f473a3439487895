using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The rows of the Invoices table. Partition "series-yyyy" is one year's ledger: both series' counters, every
/// invoice and credit note issued that year, the order→document indexes, and a copy of each document under a
/// RowKey that starts with its issue time ("date|2026-11-27T08:00:00.0000000Z|INV-2026-000001"). Every invariant
/// (gap-free numbers, one document per order, index rows matching documents) stays in that one partition, and a
/// month of documents is one RowKey range read in it: no list ever scans the table. A year per partition keeps
/// issuing far below the partition target of 2,000 operations/s. Partition "years" lists the years that have a
/// ledger, so look-ups by order and open-ended lists visit only those partitions.
/// </summary>
static class LedgerRows
{
    public const string YearsPartition = "years";
    const string DatePrefix = "date|";
    const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Partition(int year) => $"series-{year:0000}";

    /// <summary>A document belongs to the series of its UTC issue year.</summary>
    public static int YearOf(DateTimeOffset at) => at.UtcDateTime.Year;

    /// <summary>Invoices keep the row names the ledger had before credit notes, so existing series continue.</summary>
    public static string Counter(DocumentType type) => type == DocumentType.Invoice ? "counter" : "counter|CN";

    public static string Document(DocumentNumber number) =>
        (number.Type == DocumentType.Invoice ? "invoice|" : "credit-note|") + number.Value;

    public static string OrderIndex(DocumentType type, OrderId orderId) =>
        (type == DocumentType.Invoice ? "order|" : "credit-order|") + orderId.Value;

    /// <summary>Fixed-width UTC times sort as text in time order, so RowKey ranges are time ranges.</summary>
    public static string DateKey(DateTimeOffset at) =>
        DatePrefix + at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string DateRow(Invoice document) => DateKey(document.IssuedAt) + "|" + document.Number;

    /// <summary>Just past every date row: the exclusive end of an open range.</summary>
    public static string DateRowsEnd => "date}";

    /// <summary>Whether <paramref name="rowKey"/> is a date row: "date|" + a UTC time as <see cref="DateKey"/> writes it + "|" + a number.</summary>
    public static bool TryParseDateRow(string rowKey)
    {
        var parts = rowKey.Split('|');
        return parts is ["date", var time, var number]
            && DateTimeOffset.TryParseExact(time, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            && DateKey(at) == DatePrefix + time
            && DocumentNumber.TryParse(number, out _);
    }

    /// <summary>The document as JSON, split over columns when long (an invoice of 500 lines outgrows one).</summary>
    public static readonly SplitTextColumn DocumentText = new("Document");

    public static TableEntity DocumentEntity(Invoice document, string rowKey)
    {
        var entity = new TableEntity(Partition(document.Number.Year), rowKey)
        {
            ["Number"] = document.Number.Value,
            ["Type"] = document.Type.ToString(),
            ["Status"] = document.Status.ToString(),
            ["OrderId"] = document.OrderId.Value,
            ["CustomerId"] = document.CustomerId,
            ["IssuedAt"] = document.IssuedAt,
        };
        DocumentText.Write(entity, JsonSerializer.Serialize(document, Json));
        return entity;
    }

    public static Invoice FromEntity(TableEntity entity) => JsonSerializer.Deserialize<Invoice>(DocumentText.Read(entity), Json)!;
}
