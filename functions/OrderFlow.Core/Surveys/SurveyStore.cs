using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// Survey definitions, one row each in a single partition: there are a handful of surveys, written once and read
/// whole by every dispatch run, so one partition makes that one query.
/// </summary>
public sealed class SurveyStore(TableServiceClient tables, StorageNames names)
{
    const string Partition = "surveys";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
    readonly TableClient table = tables.GetTableClient(names.Table("Surveys"));

    /// <summary>True when this call added the survey; false when one with its ID was there already (a repeated form).</summary>
    public async Task<bool> TryAddAsync(Survey survey, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, survey.Id) { ["Definition"] = JsonSerializer.Serialize(survey, Json) }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces the definition only if nobody changed it since <paramref name="etag"/> was read (412 otherwise).</summary>
    public async Task ReplaceAsync(Survey survey, ETag etag, CancellationToken cancellationToken) =>
        await table.UpdateEntityAsync(new TableEntity(Partition, survey.Id) { ["Definition"] = JsonSerializer.Serialize(survey, Json) }, etag, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The survey with the ETag a change must match.</summary>
    public async Task<(Survey Survey, ETag ETag)?> FindForChangeAsync(string id, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? (Read(entity), entity.ETag) : null;
    }

    public async Task<Survey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? Read(entity) : null;
    }

    public async Task<IReadOnlyList<Survey>> AllAsync(CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var surveys = new List<Survey>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            surveys.Add(Read(row));
        }
        return surveys;
    }

    static Survey Read(TableEntity entity) =>
        JsonSerializer.Deserialize<Survey>(entity.GetString("Definition"), Json) ?? throw new JsonException($"Survey {entity.RowKey} has no definition.");
}
