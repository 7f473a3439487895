using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using OrderFlow.Core.Surveys;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>
/// What someone who can read every table, queue and blob of the account learns from a survey round: who answered
/// (the marks), but not what anyone answered.
/// </summary>
// Its own app: the round timers it runs count every open round the app holds.
public sealed class StorageReaderTests(SurveyApp app) : IClassFixture<SurveyApp>
{
    const int Threshold = 3;
    static readonly TimeSpan SameWrite = TimeSpan.FromMilliseconds(200);
    static readonly TimeSpan NearAMark = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Storage_AnswersGivenAtDistinctTimes_NoReadableAnswerPairsWithAnInvitation()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 5, 3);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department), Threshold);
        var (roundId, _) = await SurveyApi.OpenRoundAsync(app.Http, surveyId);
        var mails = await SurveyMail.WaitForAsync([.. employees.Select(e => e.Email)], "Pulse check: a short survey", employees.Count);
        var answering = employees.Take(4).Concat(employees.Skip(5)).ToList();
        var texts = new List<string>();
        foreach (var employee in answering)
        {
            // Over a second apart, so a mark and an answer written together would stand out by their times.
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            var text = $"My own words {Guid.NewGuid():N}";
            texts.Add(text);
            Assert.Equal(200, (await SurveyApi.AnswerAsync(mails.Single(m => m.To == employee.Email).Link, 8, text)).Status);
        }
        var tokens = mails.Select(m => m.Link[(m.Link.LastIndexOf('/') + 1)..]).ToList();

        var open = await ReadEverythingAsync();
        var rows = (await app.RoundRowsAsync(roundId)).ToList();

        AssertNoReleasedAnswerStandsAloneNearAMark(rows);
        Assert.Single(rows, r => r.RowKey.StartsWith("h-", StringComparison.Ordinal));
        Assert.All(texts, text => Assert.True(open.Count(s => s.Contains(text, StringComparison.Ordinal)) <= 1, $"'{text}' stands in more than its released row"));
        Assert.All(tokens, token => Assert.DoesNotContain(open, s => s.Contains(token, StringComparison.Ordinal)));
        var invitationIds = rows.Where(r => r.RowKey.StartsWith("i-", StringComparison.Ordinal)).Select(r => r.RowKey[2..]).ToList();
        Assert.All(invitationIds, id => Assert.DoesNotContain(open, s => s.Contains(id, StringComparison.Ordinal) && !s.StartsWith(AnswerStore.TableName, StringComparison.Ordinal)));
        Assert.All(employees, e => Assert.DoesNotContain(open, s => s.StartsWith("SentEmails", StringComparison.Ordinal) && s.Contains(e.Email, StringComparison.OrdinalIgnoreCase)));

        Assert.Equal(1, await app.Service<RoundTimers>().CloseDueAsync(DateTimeOffset.UtcNow.AddDays(6), CancellationToken.None));
        var closed = (await app.RoundRowsAsync(roundId)).ToList();

        Assert.DoesNotContain(closed, r => r.RowKey.StartsWith("h-", StringComparison.Ordinal));
        Assert.Equal(answering.Count, closed.Count(r => r.RowKey.StartsWith("r-", StringComparison.Ordinal)));
        // The last answers were released with the rewrite of every invitation: no mark keeps its own time.
        var marks = closed.Where(r => r.RowKey.StartsWith("i-", StringComparison.Ordinal)).Select(r => r.Timestamp!.Value).ToList();
        Assert.True(marks.Max() - marks.Min() < NearAMark, $"invitation times after close span {marks.Max() - marks.Min()}");
    }

    /// <summary>
    /// A released answer written within a second of an answered mark shares its write with at least the threshold of
    /// answers of its department, so the mark cannot be paired with it.
    /// </summary>
    static void AssertNoReleasedAnswerStandsAloneNearAMark(IReadOnlyList<TableEntity> rows)
    {
        var released = rows.Where(r => r.RowKey.StartsWith("r-", StringComparison.Ordinal)).ToList();
        var marks = rows.Where(r => r.RowKey.StartsWith("i-", StringComparison.Ordinal) && r.GetBoolean("Answered") == true).Select(r => r.Timestamp!.Value).ToList();
        Assert.Equal(6, released.Count);
        foreach (var answer in released)
        {
            if (marks.Any(m => (m - answer.Timestamp!.Value).Duration() < NearAMark))
            {
                var sameWrite = released.Count(r => r.GetString("Department") == answer.GetString("Department") && (r.Timestamp!.Value - answer.Timestamp!.Value).Duration() < SameWrite);
                Assert.True(sameWrite >= Threshold, $"an answer of {answer.GetString("Department")} written near a mark with only {sameWrite} of its department");
            }
        }
    }

    /// <summary>Every table row (as "table: key=value ..."), queue message and blob of this app, as text.</summary>
    async Task<IReadOnlyList<string>> ReadEverythingAsync()
    {
        var storage = (await SharedServices.GetAsync()).StorageConnection;
        var suffix = app.Names.Suffix;
        var found = new List<string>();
        var tables = new TableServiceClient(storage);
        await foreach (var table in tables.QueryAsync())
        {
            if (table.Name.Contains(suffix, StringComparison.Ordinal))
            {
                await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
                {
                    found.Add(table.Name[(table.Name.IndexOf(suffix, StringComparison.Ordinal) + suffix.Length)..] + ": "
                        + string.Join(" ", row.Select(p => $"{p.Key}={(p.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(p.Value, CultureInfo.InvariantCulture))}")));
                }
            }
        }
        var queues = new QueueServiceClient(storage);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            if (queue.Name.Contains(suffix, StringComparison.Ordinal))
            {
                foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
                {
                    found.Add($"queue {queue.Name}: {message.Body}");
                }
            }
        }
        var blobs = new BlobServiceClient(storage);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            if (container.Name.Contains(suffix, StringComparison.Ordinal))
            {
                await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
                {
                    found.Add($"blob {blob.Name}: {(await blobs.GetBlobContainerClient(container.Name).GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content}");
                }
            }
        }
        return found;
    }
}
