using Azure;
using Azure.Data.Tables;

namespace OrderFlow.IntegrationTests.TestFunctions;

/// <summary>
/// Rows the test functions write as their observable effects. Recording is idempotent: a retried
/// or replayed call with the same key changes nothing, which is what the crash test relies on.
/// </summary>
public sealed class EffectLog(TableClient table)
{
    public async Task RecordOnceAsync(string group, string key, string detail = "", string note = "")
    {
        await table.CreateIfNotExistsAsync();
        try
        {
            await table.AddEntityAsync(new TableEntity(group, key) { ["Detail"] = detail, ["Note"] = note });
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already recorded by an earlier attempt.
        }
    }

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
