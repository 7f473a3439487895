using System.Diagnostics;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Benchmarks;

/// <summary>
/// eNPS of one round with 100,000 responses (and as many invitations, in the same partition) beside a plain scan
/// of that partition: every row, every column, nothing computed — the floor for reading a round at all.
/// </summary>
static class EnpsBenchmark
{
    const int Responses = 100_000;
    const int Repeats = 3;
    const int Writers = 8;
    static readonly string[] Departments = ["Engineering", "Sales", "Operations", "People", "Finance", "Support", "Marketing", "Legal"];

    public static async Task RunAsync(string storage)
    {
        var tables = new TableServiceClient(storage);
        var names = new StorageNames("EnpsBench");
        var answers = new AnswerStore(tables, names);
        var publisher = new EnpsPublisher(new SurveyStore(tables, names), new RoundStore(tables, names), answers, new EnpsResultsStore(tables, names));
        var now = DateTimeOffset.UtcNow;
        var survey = new Survey("s-bench", "Benchmark", [new Question("q1", QuestionType.Enps, "Recommend us?", [])], Cadence.Monthly, new Audience(true, []), 5, 3, 7, new TimeOnly(9, 0), now);
        var round = SurveyRound.Open(survey, $"s-bench.{Cadence.Monthly.PeriodOf(now)}", now) with { Invited = Responses, FannedOut = true };

        var seeding = Stopwatch.StartNew();
        await SeedAsync(answers, round.RoundId);
        Console.WriteLine($"Seeded {Responses:N0} invitations and {Responses:N0} responses in {seeding.Elapsed.TotalSeconds:0} s.");

        var scans = new List<TimeSpan>();
        var computations = new List<TimeSpan>();
        IReadOnlyList<EnpsPoint> points = [];
        for (var i = 0; i < Repeats; i++)
        {
            scans.Add(await TimeAsync(() => ScanAsync(answers.Table, round.RoundId)));
            computations.Add(await TimeAsync(async () => points = await publisher.ComputeAsync(survey, round, CancellationToken.None)));
        }
        var scan = Median(scans);
        var enps = Median(computations);
        Console.WriteLine($"eNPS of one round, {Responses:N0} responses, median of {Repeats} ({Environment.ProcessorCount} cores, .NET {Environment.Version}):");
        Console.WriteLine($"  eNPS computation (overall + {Departments.Length} departments)  {enps.TotalMilliseconds:0} ms   runs {string.Join(", ", computations.Select(t => $"{t.TotalMilliseconds:0}"))}");
        Console.WriteLine($"  plain scan of the round's partition           {scan.TotalMilliseconds:0} ms   runs {string.Join(", ", scans.Select(t => $"{t.TotalMilliseconds:0}"))}");
        Console.WriteLine($"  ratio eNPS / scan {enps / scan:0.00}x (target <= 1.5); overall score {points[0].Score}, respondents {points[0].Respondents}");
    }

    static async Task SeedAsync(AnswerStore answers, string roundId)
    {
        await answers.Table.CreateIfNotExistsAsync();
        var random = new Random(42);
        var departments = Enumerable.Range(0, Responses).Select(i => Departments[i % Departments.Length]).ToList();
        var scores = Enumerable.Range(0, Responses).Select(_ => random.Next(0, 11)).ToList();
        var invitations = departments.Select((d, i) => new Invitation($"bench{i:D6}", $"e-{i:D6}", d, DateTimeOffset.UtcNow, "hash", Answered: true)).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var responses = departments.Select((d, i) => AnswerStore.ResponseEntity(roundId, new SurveyResponse(d, today, scores[i], new Dictionary<string, string> { ["q1"] = $"{scores[i]}" }))).ToList();
        await Task.WhenAll(invitations.Chunk(Responses / Writers).Select(slice => answers.WriteInvitationsAsync(roundId, slice, CancellationToken.None)));
        await Task.WhenAll(responses.Chunk(Responses / Writers).Select(async slice =>
        {
            foreach (var batch in slice.Chunk(100))
            {
                await answers.Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
            }
        }));
    }

    static async Task<int> ScanAsync(TableClient table, string roundId)
    {
        var rows = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {roundId}"), maxPerPage: 1000))
        {
            rows++;
        }
        return rows;
    }

    static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed;
    }

    static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);
}
