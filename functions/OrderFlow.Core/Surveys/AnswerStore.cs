using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// The SurveyAnswers table: partition = round ID, holding the round's invitations ("i-" rows) and anonymous
/// responses ("r-" rows with random keys). Marking an invitation answered and adding its response is one
/// transaction in that partition, guarded by the invitation's ETag, so an answer is stored once or not at all.
/// A round's answers arrive over days, far below a partition's 2,000 writes/s.
/// </summary>
public sealed class AnswerStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "SurveyAnswers";
    public const string ResponsePrefix = "r-";
    const string InvitationPrefix = "i-";
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public TableClient Table => table;

    /// <summary>Merges, so rewriting an invitation during a resumed fan-out keeps its answered mark.</summary>
    public async Task WriteInvitationsAsync(string roundId, IReadOnlyList<Invitation> invitations, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        foreach (var chunk in invitations.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity(roundId, InvitationPrefix + i.InvitationId)
            {
                ["EmployeeId"] = i.EmployeeId,
                ["Department"] = i.Department,
                ["SendAt"] = i.SendAt,
                ["TokenHash"] = i.TokenHash,
            })), cancellationToken);
        }
    }

    public async Task<(Invitation Invitation, ETag ETag)?> FindInvitationAsync(string roundId, string invitationId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(roundId, InvitationPrefix + invitationId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? (ToInvitation(entity), entity.ETag) : null;
    }

    public async Task<IReadOnlyList<Invitation>> InvitationsAsync(string roundId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var found = new List<Invitation>();
        await foreach (var row in table.QueryAsync<TableEntity>(InvitationsFilter(roundId), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            found.Add(ToInvitation(row));
        }
        return found;
    }

    /// <summary>The answered mark and the response in one transaction; a lost race on the ETag means answered already.</summary>
    public async Task<SubmitOutcome> SubmitAsync(string roundId, string invitationId, ETag invitationETag, SurveyResponse response, CancellationToken cancellationToken)
    {
        var mark = new TableEntity(roundId, InvitationPrefix + invitationId) { ["Answered"] = true };
        var row = ResponseEntity(roundId, response);
        try
        {
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateMerge, mark, invitationETag), new TableTransactionAction(TableTransactionActionType.Add, row)],
                cancellationToken);
            return SubmitOutcome.Stored;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return SubmitOutcome.AlreadyAnswered;
        }
    }

    /// <summary>A response row: a random key, so neither the order of answers nor the invitation can be read from it.</summary>
    public static TableEntity ResponseEntity(string roundId, SurveyResponse response) => new(roundId, ResponsePrefix + Guid.NewGuid().ToString("N"))
    {
        ["Department"] = response.Department,
        ["Day"] = response.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Enps"] = response.Enps,
        ["Answers"] = JsonSerializer.Serialize(response.Answers),
    };

    /// <summary>How many were invited per department, reading one column of each invitation.</summary>
    public async Task<Dictionary<string, int>> InvitedPerDepartmentAsync(string roundId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var invited = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(InvitationsFilter(roundId), maxPerPage: 1000, select: ["Department"], cancellationToken: cancellationToken))
        {
            var department = row.GetString("Department");
            invited[department] = invited.GetValueOrDefault(department) + 1;
        }
        return invited;
    }

    /// <summary>Responses with only the named columns: eNPS reads two columns of 100,000 rows, not all of them.</summary>
    public IAsyncEnumerable<TableEntity> ResponsesAsync(string roundId, IEnumerable<string>? columns, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {ResponsePrefix} and RowKey lt {"r."}"),
            maxPerPage: 1000,
            select: columns,
            cancellationToken: cancellationToken);

    /// <summary>
    /// At close, rewrites every invitation so their storage timestamps all become the close time and no longer line
    /// up with the timestamps of the responses written beside them.
    /// </summary>
    public async Task ScrubInvitationTimesAsync(string roundId, CancellationToken cancellationToken)
    {
        var invitations = await InvitationsAsync(roundId, cancellationToken);
        foreach (var chunk in invitations.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity(roundId, InvitationPrefix + i.InvitationId) { ["Closed"] = true })), cancellationToken);
        }
    }

    static string InvitationsFilter(string roundId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {InvitationPrefix} and RowKey lt {"i."}");

    static Invitation ToInvitation(TableEntity e) => new(
        e.RowKey[InvitationPrefix.Length..],
        e.GetString("EmployeeId"),
        e.GetString("Department"),
        e.GetDateTimeOffset("SendAt") ?? DateTimeOffset.MinValue,
        e.GetString("TokenHash"),
        e.GetBoolean("Answered") ?? false);
}
