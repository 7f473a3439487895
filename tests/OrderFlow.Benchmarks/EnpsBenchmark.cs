using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Benchmarks;

/// <summary>
/// eNPS of one round with 100,000 answers, read from its department tallies, beside a plain scan of the round's
/// released answers (every row, every column, nothing computed: what a computation from the rows must at least
/// read). The first answers go through the app's own path (hold, then release) with every storage call counted,
/// for the cost per answer; the rest are held in bulk and released. The figures are checked against a recount.
/// </summary>
static class EnpsBenchmark
{
    const int Answers = 100_000;
    const int CountedAnswers = 2_000;
    const int Repeats = 3;
    const int Threshold = 5;
    static readonly string[] Departments = ["Engineering", "Sales", "Operations", "People", "Finance", "Support", "Marketing", "Legal"];

    public static async Task RunAsync(string storage)
    {
        var calls = new CallCounter();
        var options = new TableClientOptions();
        options.AddPolicy(calls, HttpPipelinePosition.PerCall);
        var tables = new TableServiceClient(storage, options);
        var names = new StorageNames("EnpsBench");
        var answers = new AnswerStore(tables, names);
        var held = new HeldAnswers(new SealedBox("survey-answers", "benchmark-answer-key-0123456789abcdef", null));
        var release = new AnswerRelease(answers, held);
        var publisher = new EnpsPublisher(new SurveyStore(tables, names), new RoundStore(tables, names), answers, release, new EnpsResultsStore(tables, names));
        var now = DateTimeOffset.UtcNow;
        var survey = new Survey("s-bench", "Benchmark", [new Question("q1", QuestionType.Enps, "Recommend us?", [])], Cadence.Monthly, new Audience(true, []), Threshold, 3, 7, new TimeOnly(9, 0), now);
        var round = SurveyRound.Open(survey, $"s-bench.{Cadence.Monthly.PeriodOf(now)}", now) with { Invited = Answers, FannedOut = true };

        var seeding = Stopwatch.StartNew();
        var perAnswer = await SeedAsync(answers, held, release, survey, round.RoundId, calls);
        Console.WriteLine($"Seeded {Answers:N0} invitations and answers in {seeding.Elapsed.TotalSeconds:0} s.");

        var scans = new List<TimeSpan>();
        var computations = new List<TimeSpan>();
        IReadOnlyList<EnpsPoint> points = [];
        for (var i = 0; i < Repeats; i++)
        {
            scans.Add(await TimeAsync(() => ScanAsync(answers, round.RoundId)));
            computations.Add(await TimeAsync(async () => points = await publisher.ComputeAsync(survey, round, CancellationToken.None)));
        }
        var recount = await RecountAsync(answers, survey, round);
        var scan = Median(scans);
        var enps = Median(computations);
        Console.WriteLine($"eNPS of one round, {Answers:N0} answers, median of {Repeats} ({Environment.ProcessorCount} cores, .NET {Environment.Version}):");
        Console.WriteLine($"  eNPS from tallies (overall + {Departments.Length} departments)  {enps.TotalMilliseconds:0.0} ms   runs {string.Join(", ", computations.Select(t => $"{t.TotalMilliseconds:0.0}"))}");
        Console.WriteLine($"  plain scan of the round's answers              {scan.TotalMilliseconds:0} ms   runs {string.Join(", ", scans.Select(t => $"{t.TotalMilliseconds:0}"))}");
        Console.WriteLine($"  ratio eNPS / scan {enps / scan:0.000}x (target <= 0.05); overall score {points[0].Score}, respondents {points[0].Respondents}");
        Console.WriteLine($"  figures equal a recount from the rows: {(points.SequenceEqual(recount) ? "yes" : "NO")}");
        Console.WriteLine($"  storage calls per answer on the answer path (invitation read, hold, held query, releases): {perAnswer:0.00}");
    }

    /// <summary>Answers how many storage calls an answer took on the app's path, over the counted answers.</summary>
    static async Task<double> SeedAsync(AnswerStore answers, HeldAnswers held, AnswerRelease release, Survey survey, string roundId, CallCounter calls)
    {
        await answers.Table.CreateIfNotExistsAsync();
        var random = new Random(42);
        var invitations = Enumerable.Range(0, Answers).Select(i => new Invitation($"bench{i:D6}", $"e-{i:D6}", Departments[i % Departments.Length], DateTimeOffset.UtcNow, "hash", Answered: false)).ToList();
        await Task.WhenAll(invitations.Chunk(Answers / 8).Select(slice => answers.WriteInvitationsAsync(roundId, slice, CancellationToken.None)));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        SurveyResponse Answer(Invitation invitation)
        {
            var score = random.Next(0, 11);
            return new SurveyResponse(invitation.Department, today, score, new Dictionary<string, string> { ["q1"] = $"{score}" });
        }

        var before = calls.Count;
        foreach (var invitation in invitations.Take(CountedAnswers))
        {
            var (_, etag) = (await answers.FindInvitationAsync(roundId, invitation.InvitationId, CancellationToken.None))!.Value;
            await answers.SubmitAsync(roundId, invitation.InvitationId, etag, held.ToEntity(roundId, survey, Answer(invitation)), CancellationToken.None);
            await release.ReleaseAsync(survey, roundId, CancellationToken.None);
        }
        var perAnswer = (double)(calls.Count - before) / CountedAnswers;

        foreach (var slice in invitations.Skip(CountedAnswers).Chunk(10_000))
        {
            foreach (var batch in slice.Chunk(100))
            {
                await answers.Table.SubmitTransactionAsync(batch.Select(i => new TableTransactionAction(TableTransactionActionType.Add, held.ToEntity(roundId, survey, Answer(i)))));
            }
            await release.ReleaseAsync(survey, roundId, CancellationToken.None);
        }
        await release.CloseAsync(survey, roundId, CancellationToken.None);
        return perAnswer;
    }

    static async Task<int> ScanAsync(AnswerStore answers, string roundId)
    {
        var rows = 0;
        await foreach (var _ in answers.ResponsesAsync(roundId, columns: null, CancellationToken.None))
        {
            rows++;
        }
        return rows;
    }

    /// <summary>The figures computed from every released answer, as they were before tallies.</summary>
    static async Task<IReadOnlyList<EnpsPoint>> RecountAsync(AnswerStore answers, Survey survey, SurveyRound round)
    {
        var counts = new Dictionary<string, EnpsCounts>(StringComparer.Ordinal);
        await foreach (var row in answers.ResponsesAsync(round.RoundId, ResponseRows.EnpsColumns, CancellationToken.None))
        {
            counts[row.GetString("Department")] = counts.GetValueOrDefault(row.GetString("Department")).Add(row.GetInt32("Enps")!.Value);
        }
        var invited = (await answers.TalliesAsync(round.RoundId, CancellationToken.None)).ToDictionary(t => t.Department, t => t.Invited);
        var departments = counts.Select(c => new EnpsGroup(c.Key, c.Value, invited[c.Key])).ToList();
        var overall = new EnpsCounts(counts.Values.Sum(c => c.Promoters), counts.Values.Sum(c => c.Passives), counts.Values.Sum(c => c.Detractors));
        return EnpsSegments.Points(round, survey.AnonymityThreshold, new EnpsGroup(null, overall, invited.Values.Sum()), departments);
    }

    static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed;
    }

    static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    sealed class CallCounter : HttpPipelineSynchronousPolicy
    {
        int count;

        public int Count => Volatile.Read(ref count);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
    }
}
