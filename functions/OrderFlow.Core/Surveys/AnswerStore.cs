using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// The SurveyAnswers table: partition = round ID, holding the round's invitations ("i-" rows), answers held sealed
/// until released ("h-", <see cref="HeldAnswers"/>), released answers ("r-", <see cref="ResponseRows"/>) and each
/// department's tally ("t-", <see cref="RoundTallies"/>). Marking an invitation answered and holding its answer is
/// one transaction guarded by the invitation's ETag, so an answer is stored once or not at all; releases move held
/// answers in the same partition, so they are single transactions too. A round's answers arrive over days, far
/// below a partition's 2,000 writes/s.
/// </summary>
public sealed class AnswerStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "SurveyAnswers";
    const string InvitationPrefix = "i-";
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public TableClient Table => table;

    /// <summary>
    /// Merges, so rewriting an invitation during a resumed fan-out keeps its answered mark; each department's tally
    /// learns how many of it were invited.
    /// </summary>
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
        var invited = invitations.GroupBy(i => i.Department, StringComparer.Ordinal).Select(d => RoundTallies.Invited(roundId, d.Key, d.Count()));
        foreach (var chunk in invited.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(t => new TableTransactionAction(TableTransactionActionType.UpsertMerge, t)), cancellationToken);
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

    public async Task<IReadOnlyList<string>> InvitationIdsAsync(string roundId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var ids = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(InvitationsFilter(roundId), maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(row.RowKey[InvitationPrefix.Length..]);
        }
        return ids;
    }

    /// <summary>The rewrite of an invitation at close, which gives every invitation the same storage timestamp.</summary>
    public static TableTransactionAction ClosedMark(string roundId, string invitationId) =>
        new(TableTransactionActionType.UpsertMerge, new TableEntity(roundId, InvitationPrefix + invitationId) { ["Closed"] = true });

    /// <summary>The answered mark and the sealed answer in one transaction; a lost race on the ETag means answered already.</summary>
    public async Task<SubmitOutcome> SubmitAsync(string roundId, string invitationId, ETag invitationETag, TableEntity heldAnswer, CancellationToken cancellationToken)
    {
        var mark = new TableEntity(roundId, InvitationPrefix + invitationId) { ["Answered"] = true };
        try
        {
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateMerge, mark, invitationETag), new TableTransactionAction(TableTransactionActionType.Add, heldAnswer)],
                cancellationToken);
            return SubmitOutcome.Stored;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return SubmitOutcome.AlreadyAnswered;
        }
    }

    public IAsyncEnumerable<TableEntity> HeldAsync(string roundId, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(RangeFilter(roundId, HeldAnswers.Prefix, "h."), cancellationToken: cancellationToken);

    /// <summary>Released answers with only the named columns: a results page reads the answers, not the whole row.</summary>
    public IAsyncEnumerable<TableEntity> ResponsesAsync(string roundId, IEnumerable<string>? columns, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(RangeFilter(roundId, ResponseRows.Prefix, "r."), maxPerPage: 1000, select: columns, cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<DepartmentTally>> TalliesAsync(string roundId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var tallies = new List<DepartmentTally>();
        await foreach (var row in table.QueryAsync<TableEntity>(RoundTallies.Filter(roundId), cancellationToken: cancellationToken))
        {
            tallies.Add(RoundTallies.FromEntity(row));
        }
        return tallies;
    }

    public async Task<DepartmentTally> TallyAsync(string roundId, string department, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(roundId, RoundTallies.RowKey(department), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? RoundTallies.FromEntity(entity) : RoundTallies.Empty(department);
    }

    static string InvitationsFilter(string roundId) => RangeFilter(roundId, InvitationPrefix, "i.");

    static string RangeFilter(string roundId, string from, string before) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {from} and RowKey lt {before}");

    static Invitation ToInvitation(TableEntity e) => new(
        e.RowKey[InvitationPrefix.Length..],
        e.GetString("EmployeeId"),
        e.GetString("Department"),
        e.GetDateTimeOffset("SendAt") ?? DateTimeOffset.MinValue,
        e.GetString("TokenHash"),
        e.GetBoolean("Answered") ?? false);
}
