using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// How a day's rollup is stored: the counts and sums as one JSON property, each histogram as compact text (split
/// over several properties when long: Table storage caps a string property at 32K characters), and the change
/// marker's ETag the rollup was computed after.
/// </summary>
static class KpiDayEntity
{
    public const string ComputedAfter = "ComputedAfter";
    const int ChunkLength = 30_000;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TableEntity From(DateOnly day, KpiTotals totals, string? computedAfter)
    {
        var entity = new TableEntity(Month(day), Day(day)) { ["Totals"] = JsonSerializer.Serialize(totals, Json), [ComputedAfter] = computedAfter };
        foreach (var (name, histogram) in totals.Durations)
        {
            var text = histogram.ToText();
            for (var chunk = 0; chunk * ChunkLength < text.Length; chunk++)
            {
                entity[$"H_{name}_{chunk}"] = text.Substring(chunk * ChunkLength, Math.Min(ChunkLength, text.Length - (chunk * ChunkLength)));
            }
        }
        return entity;
    }

    public static KpiTotals Totals(TableEntity entity)
    {
        var totals = JsonSerializer.Deserialize<KpiTotals>(entity.GetString("Totals"), Json)!;
        foreach (var name in KpiTotals.DurationNames)
        {
            var text = string.Concat(Enumerable.Range(0, int.MaxValue).Select(chunk => entity.GetString($"H_{name}_{chunk}")).TakeWhile(t => t is not null));
            totals.Durations[name].Add(DurationHistogram.Parse(text));
        }
        return totals;
    }

    public static bool SameContent(TableEntity stored, TableEntity computed) =>
        stored.Keys.Where(IsData).Order(StringComparer.Ordinal).SequenceEqual(computed.Keys.Where(IsData).Order(StringComparer.Ordinal))
        && computed.Keys.Where(IsData).All(key => Equals(stored[key], computed[key]));

    static bool IsData(string key) => key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag");
}
