using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// The SurveyRounds table: partition = survey ID (a survey's rounds are listed together and number a few a month),
/// row = round ID. Adding a round row is the once-only gate of opening: a duplicate insert conflicts.
/// </summary>
public sealed class RoundStore(TableServiceClient tables, StorageNames names)
{
    readonly TableClient table = tables.GetTableClient(names.Table("SurveyRounds"));

    /// <summary>True when this call created the round; false when it already existed.</summary>
    public async Task<bool> TryAddAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(ToEntity(round), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes only the named properties of <paramref name="round"/> (a merge), so timers that each set their own
    /// flag at the same time never undo one another's.
    /// </summary>
    public async Task UpdateAsync(SurveyRound round, IEnumerable<string> properties, CancellationToken cancellationToken)
    {
        var all = ToEntity(round);
        var changed = new TableEntity(round.SurveyId, round.RoundId);
        foreach (var name in properties)
        {
            changed[name] = all[name];
        }
        await table.UpdateEntityAsync(changed, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<SurveyRound?> FindAsync(string surveyId, string roundId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(surveyId, roundId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    public Task<IReadOnlyList<SurveyRound>> OfSurveyAsync(string surveyId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {surveyId}"), cancellationToken);

    /// <summary>Rounds still open or whose final results are not yet computed: what the timers work on.</summary>
    public Task<IReadOnlyList<SurveyRound>> UnfinishedAsync(CancellationToken cancellationToken) =>
        QueryAsync("ResultsFinal eq false", cancellationToken);

    async Task<IReadOnlyList<SurveyRound>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var rounds = new List<SurveyRound>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rounds.Add(FromEntity(row));
        }
        return [.. rounds.OrderBy(r => r.OpenedAt)];
    }

    static TableEntity ToEntity(SurveyRound round) => new(round.SurveyId, round.RoundId)
    {
        ["OpenedAt"] = round.OpenedAt,
        ["RemindAt"] = round.RemindAt,
        ["ClosesAt"] = round.ClosesAt,
        ["Invited"] = round.Invited,
        ["FannedOut"] = round.FannedOut,
        ["RemindersSent"] = round.RemindersSent,
        ["Closed"] = round.Closed,
        ["ResultsFinal"] = round.ResultsFinal,
        ["OpenedBy"] = ActorColumn.Write(round.OpenedBy),
    };

    static SurveyRound FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetDateTimeOffset("OpenedAt")!.Value,
        e.GetDateTimeOffset("RemindAt")!.Value,
        e.GetDateTimeOffset("ClosesAt")!.Value,
        e.GetInt32("Invited") ?? 0,
        e.GetBoolean("FannedOut") ?? false,
        e.GetBoolean("RemindersSent") ?? false,
        e.GetBoolean("Closed") ?? false,
        e.GetBoolean("ResultsFinal") ?? false)
    {
        OpenedBy = ActorColumn.Read(e, "OpenedBy"),
    };
}
