using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// The EnpsResults table: partition = survey ID (a survey's series is read in one query), row = round ID and
/// segment. Rows are replaced whole, so recomputing a round any number of times leaves the same rows.
/// </summary>
public sealed class EnpsResultsStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "EnpsResults";
    const string Overall = "all";
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public async Task UpsertAsync(string surveyId, IReadOnlyList<EnpsPoint> points, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        foreach (var chunk in points.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(surveyId, p))), cancellationToken);
        }
    }

    /// <summary>The series of one survey, overall or for one department, for rounds opened in [from, to).</summary>
    public async Task<IReadOnlyList<EnpsPoint>> SeriesAsync(string surveyId, DateTimeOffset? from, DateTimeOffset? to, string? department, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var segment = Segment(department);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {surveyId} and Segment eq {segment}");
        var points = new List<EnpsPoint>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var point = FromEntity(row);
            if ((from is null || point.OpenedAt >= from) && (to is null || point.OpenedAt < to))
            {
                points.Add(point);
            }
        }
        return [.. points.OrderBy(p => p.OpenedAt)];
    }

    // Department names may hold characters row keys forbid (/ \ # ?), so the segment is escaped in the key only.
    static string Segment(string? department) => department is null ? Overall : "d-" + Uri.EscapeDataString(department);

    static TableEntity ToEntity(string surveyId, EnpsPoint p) => new(surveyId, $"{p.RoundId}~{Segment(p.Department)}")
    {
        ["RoundId"] = p.RoundId,
        ["Segment"] = Segment(p.Department),
        ["Department"] = p.Department,
        ["OpenedAt"] = p.OpenedAt,
        ["Suppressed"] = p.Suppressed,
        ["Respondents"] = p.Respondents,
        ["Promoters"] = p.Promoters,
        ["Passives"] = p.Passives,
        ["Detractors"] = p.Detractors,
        ["Score"] = p.Score,
        ["MarginOfError95"] = p.MarginOfError95,
        ["ResponseRate"] = p.ResponseRate,
    };

    static EnpsPoint FromEntity(TableEntity e) => new(
        e.GetString("RoundId"),
        e.GetString("Department"),
        e.GetDateTimeOffset("OpenedAt")!.Value,
        e.GetBoolean("Suppressed") ?? true,
        e.GetInt32("Respondents"),
        e.GetInt32("Promoters"),
        e.GetInt32("Passives"),
        e.GetInt32("Detractors"),
        e.GetInt32("Score"),
        e.GetDouble("MarginOfError95"),
        e.GetDouble("ResponseRate"));
}
