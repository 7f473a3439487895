using Azure;
using Azure.Data.Tables;

namespace OrderFlow.IntegrationTests.TestFunctions;

/// <summary>
/// Rows the test functions write as their observable effects, one per run: the first run of a key writes the key's
/// row, and each later run of the same key a repeat row beside it, so a test that counts rows sees a doubled run.
/// </summary>
public sealed class EffectLog(TableClient table)
{
    const string RepeatMark = "|repeat|";

    public async Task RecordAsync(string group, string key, string detail = "", string note = "")
    {
        await table.CreateIfNotExistsAsync();
        try
        {
            await table.AddEntityAsync(new TableEntity(group, key) { ["Detail"] = detail, ["Note"] = note });
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            await table.AddEntityAsync(new TableEntity(group, key + RepeatMark + Guid.NewGuid().ToString("N")) { ["Detail"] = detail, ["Note"] = note });
        }
    }

    /// <summary>Whether the row records a second or later run of its key.</summary>
    public static bool IsRepeat(TableEntity row) => row.RowKey.Contains(RepeatMark, StringComparison.Ordinal);

    /// <summary>The key the row records a run of.</summary>
    public static string KeyOf(TableEntity row) => row.RowKey.Split(RepeatMark)[0];

    public async Task<IReadOnlyList<TableEntity>> ReadAsync(string? group = null)
    {
        await table.CreateIfNotExistsAsync();
        var filter = group is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {group}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }
        return rows;
    }
}
