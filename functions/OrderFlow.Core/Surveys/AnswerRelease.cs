using Azure.Data.Tables;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// Moves held answers into a round's results in batches, so no released answer can be told from the others of its
/// batch by when it was written: a department's held answers are released once at least the anonymity threshold of
/// them wait, shuffled, under random keys, in one transaction with the department's tally (the held rows deleted in
/// the same transaction, so a batch is released once or not at all). At close, what still waits is released with
/// the rewrite of every invitation, so the last answered marks lose their times in the same writes.
/// </summary>
public sealed class AnswerRelease(AnswerStore answers, HeldAnswers held)
{
    // Two operations per answer (delete the held row, add the result) and one for the tally fit a transaction's 100
    // with room left for invitation rewrites at close. A threshold above this is met by back-to-back transactions.
    const int MostAnswersPerWrite = 45;
    const int MostOperationsPerWrite = 100;

    /// <summary>Releases every department with at least the threshold of answers waiting; answers how many were released.</summary>
    public async Task<int> ReleaseAsync(Survey survey, string roundId, CancellationToken cancellationToken)
    {
        var released = 0;
        var waiting = await WaitingAsync(roundId, cancellationToken);
        foreach (var department in waiting.Where(d => d.Value.Count >= survey.AnonymityThreshold))
        {
            foreach (var batch in Batches(department.Value))
            {
                released += await WriteAsync(roundId, department.Key, batch, [], cancellationToken) ? batch.Count : 0;
            }
        }
        return released;
    }

    /// <summary>
    /// At close: releases what is ready, then the rest together with the rewrite of every invitation. A department
    /// that never reached the threshold has its answers stored and counted, and the results keep them hidden.
    /// </summary>
    public async Task CloseAsync(Survey survey, string roundId, CancellationToken cancellationToken)
    {
        await ReleaseAsync(survey, roundId, cancellationToken);
        var rewrites = (await answers.InvitationIdsAsync(roundId, cancellationToken)).Select(id => AnswerStore.ClosedMark(roundId, id)).ToList();
        var waiting = await WaitingAsync(roundId, cancellationToken);
        foreach (var (department, rest) in waiting)
        {
            foreach (var batch in Batches(rest))
            {
                var room = MostOperationsPerWrite - (batch.Count * 2) - 1;
                var alongside = rewrites.Take(room).ToList();
                if (!await WriteAsync(roundId, department, batch, alongside, cancellationToken))
                {
                    throw new InvalidOperationException($"Round {roundId}: another release changed the held answers while it closed; the close is tried again.");
                }
                rewrites.RemoveRange(0, alongside.Count);
            }
        }
        foreach (var chunk in rewrites.Chunk(MostOperationsPerWrite))
        {
            await answers.Table.SubmitTransactionAsync(chunk, cancellationToken);
        }
    }

    async Task<Dictionary<string, List<(TableEntity Row, SurveyResponse Response)>>> WaitingAsync(string roundId, CancellationToken cancellationToken)
    {
        var waiting = new Dictionary<string, List<(TableEntity, SurveyResponse)>>(StringComparer.Ordinal);
        await foreach (var row in answers.HeldAsync(roundId, cancellationToken))
        {
            var response = held.Read(row);
            if (!waiting.TryGetValue(response.Department, out var list))
            {
                waiting[response.Department] = list = [];
            }
            list.Add((row, response));
        }
        return waiting;
    }

    /// <summary>Shuffled, in near-equal batches of at most <see cref="MostAnswersPerWrite"/>.</summary>
    static IEnumerable<List<(TableEntity Row, SurveyResponse Response)>> Batches(List<(TableEntity Row, SurveyResponse Response)> answersOfOne)
    {
        var shuffled = answersOfOne.ToArray();
        Random.Shared.Shuffle(shuffled);
        var count = (shuffled.Length + MostAnswersPerWrite - 1) / MostAnswersPerWrite;
        for (var i = 0; i < count; i++)
        {
            yield return [.. shuffled.Skip(shuffled.Length * i / count).Take((shuffled.Length * (i + 1) / count) - (shuffled.Length * i / count))];
        }
    }

    /// <summary>One transaction: the held rows out (unchanged since read), the results in, the tally moved on.</summary>
    async Task<bool> WriteAsync(
        string roundId, string department, List<(TableEntity Row, SurveyResponse Response)> batch, IReadOnlyList<TableTransactionAction> alongside, CancellationToken cancellationToken)
    {
        var tally = await answers.TallyAsync(roundId, department, cancellationToken);
        var actions = new List<TableTransactionAction>(MostOperationsPerWrite);
        // Every answer of a batch carries the batch's day, the day its last answer came: the day each was given
        // would single out the one who answered on a day nobody else of the batch did.
        var day = batch.Max(b => b.Response.Day);
        foreach (var (row, response) in batch)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag));
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, ResponseRows.ToEntity(roundId, response with { Day = day })));
            tally = tally.Add(response);
        }
        actions.Add(RoundTallies.Write(roundId, tally));
        actions.AddRange(alongside);
        try
        {
            await answers.Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Another release took these answers (or moved the tally on) first: nothing was written here.
            return false;
        }
    }
}
