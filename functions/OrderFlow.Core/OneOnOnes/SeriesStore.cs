using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// The OneOnOnes table: one row per series. Partition = series ID: a series is read by its ID and changed by a few
/// requests a week, so each series' partition stays tiny and no two series contend. The daily reminder run is the
/// one reader across partitions; agenda items, reminder marks and notes live in tables of their own, so that scan
/// reads series rows only. Changes are ETag-guarded.
/// </summary>
public sealed class SeriesStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OneOnOnes";
    const string SeriesRow = "series";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Adds the series; when it already exists (a retried request) answers the stored one and false.</summary>
    public async Task<(StoredSeries Stored, bool Added)> AddAsync(OneOnOneSeries series, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        try
        {
            var added = await table.AddEntityAsync(ToEntity(series), cancellationToken);
            return (new StoredSeries(series, added.Headers.ETag ?? ETag.All), true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await FindAsync(series.Id, cancellationToken) ?? throw new InvalidOperationException($"Series {series.Id} vanished."), false);
        }
    }

    public async Task<StoredSeries?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id, SeriesRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? new StoredSeries(FromEntity(entity), entity.ETag) : null;
    }

    /// <summary>Replaces the series only if nobody changed it since it was read (412 otherwise).</summary>
    public async Task<StoredSeries> ReplaceAsync(StoredSeries stored, OneOnOneSeries changed, CancellationToken cancellationToken)
    {
        var response = await table.UpdateEntityAsync(ToEntity(changed), stored.ETag, TableUpdateMode.Replace, cancellationToken);
        return new StoredSeries(changed, response.Headers.ETag ?? ETag.All);
    }

    /// <summary>Every series still running: a scan across partitions, once a day, of one row per series.</summary>
    public async IAsyncEnumerable<OneOnOneSeries> ActiveAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {SeriesRow} and Cancelled eq false");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>
    /// Series of one manager, or every series (<paramref name="managerId"/> null), cancelled ones too: a scan across
    /// partitions of one row per series, as the reminder run does; read when a person opens the one-to-ones page.
    /// </summary>
    public async Task<IReadOnlyList<OneOnOneSeries>> ListAsync(string? managerId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var filter = managerId is null
            ? TableClient.CreateQueryFilter($"RowKey eq {SeriesRow}")
            : TableClient.CreateQueryFilter($"RowKey eq {SeriesRow} and ManagerId eq {managerId}");
        var found = new List<OneOnOneSeries>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(FromEntity(entity));
        }
        return found;
    }

    static TableEntity ToEntity(OneOnOneSeries series) => new(series.Id, SeriesRow)
    {
        ["ManagerId"] = series.Manager.Id,
        ["ManagerName"] = series.Manager.Name,
        ["ManagerEmail"] = series.Manager.Email,
        ["EmployeeId"] = series.Employee.Id,
        ["EmployeeName"] = series.Employee.Name,
        ["EmployeeEmail"] = series.Employee.Email,
        ["Cadence"] = series.Cadence.ToWire(),
        ["DurationMinutes"] = series.DurationMinutes,
        ["FirstStart"] = series.FirstStart.ToString("s", CultureInfo.InvariantCulture),
        ["TimeZone"] = series.TimeZone,
        ["Sequence"] = series.Sequence,
        ["Cancelled"] = series.Cancelled,
        ["Skipped"] = JsonSerializer.Serialize(series.Skipped, Json),
        ["NotifiedSequence"] = series.NotifiedSequence,
        ["CreatedBy"] = ActorColumn.Write(series.CreatedBy),
        ["UpdatedBy"] = ActorColumn.Write(series.UpdatedBy),
    };

    static OneOnOneSeries FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        new Participant(entity.GetString("ManagerId"), entity.GetString("ManagerName"), entity.GetString("ManagerEmail")),
        new Participant(entity.GetString("EmployeeId"), entity.GetString("EmployeeName"), entity.GetString("EmployeeEmail")),
        Cadences.Parse(entity.GetString("Cadence")) ?? throw new InvalidDataException($"Series {entity.PartitionKey} has no cadence."),
        entity.GetInt32("DurationMinutes") ?? OneOnOneInput.DefaultDurationMinutes,
        DateTime.Parse(entity.GetString("FirstStart"), CultureInfo.InvariantCulture),
        entity.GetString("TimeZone"),
        entity.GetInt32("Sequence") ?? 0,
        entity.GetBoolean("Cancelled") ?? false,
        JsonSerializer.Deserialize<Dictionary<DateOnly, int>>(entity.GetString("Skipped") ?? "{}", Json) ?? [],
        entity.GetInt32("NotifiedSequence") ?? -1)
    {
        CreatedBy = ActorColumn.Read(entity, "CreatedBy"),
        UpdatedBy = ActorColumn.Read(entity, "UpdatedBy"),
    };
}

/// <summary>A series as read, with the ETag a change must match.</summary>
public sealed record StoredSeries(OneOnOneSeries Series, ETag ETag);
