using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;
using OrderFlow.Core.Surveys;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>Held answers released into results: tallies that agree with the rows, and long texts of any script kept whole.</summary>
[Collection(SharedApps.Surveys)]
public sealed class ReleaseTests(SurveyApp app)
{
    [Fact]
    public async Task Release_RandomRoundHeldAndReleasedInRandomOrder_TalliesEqualARecountOfTheRows()
    {
        var random = new Random(20261202);
        var storage = (await SharedServices.GetAsync()).StorageConnection;
        var answers = new AnswerStore(new TableServiceClient(storage), new StorageNames("Rel" + TestNames.New().Suffix));
        var held = app.Service<HeldAnswers>();
        var release = new AnswerRelease(answers, held);
        string[] departments = ["Eng", "Sales", "Ops/EU", "People"];
        var survey = new Survey("s-rel", "Release", [new Question("q1", QuestionType.Enps, "Recommend?", [])], Cadence.Monthly, new Audience(true, []), 4, 2, 5, new TimeOnly(9, 0), DateTimeOffset.UtcNow);
        var invitations = Enumerable.Range(0, 120).Select(i => new Invitation($"inv{i:D3}", $"e{i}", departments[random.Next(departments.Length)], DateTimeOffset.UtcNow, "h", false)).ToList();
        await answers.WriteInvitationsAsync("round-1", invitations, CancellationToken.None);

        var answering = invitations.Where(_ => random.NextDouble() < 0.8).ToList();
        foreach (var invitation in answering)
        {
            var (_, etag) = (await answers.FindInvitationAsync("round-1", invitation.InvitationId, CancellationToken.None))!.Value;
            var score = random.Next(0, 12);
            var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-random.Next(4));
            var response = new SurveyResponse(invitation.Department, day, score <= 10 ? score : null, new Dictionary<string, string> { ["q1"] = "x" });
            Assert.Equal(SubmitOutcome.Stored, await answers.SubmitAsync("round-1", invitation.InvitationId, etag, held.ToEntity("round-1", survey, response), CancellationToken.None));
            if (random.NextDouble() < 0.3)
            {
                await release.ReleaseAsync(survey, "round-1", CancellationToken.None);
            }
        }
        await release.CloseAsync(survey, "round-1", CancellationToken.None);

        var recount = new Dictionary<string, (int Respondents, EnpsCounts Enps)>(StringComparer.Ordinal);
        var released = new List<TableEntity>();
        await foreach (var row in answers.ResponsesAsync("round-1", null, CancellationToken.None))
        {
            released.Add(row);
            var (respondents, enps) = recount.GetValueOrDefault(row.GetString("Department"));
            recount[row.GetString("Department")] = (respondents + 1, row.GetInt32("Enps") is { } score ? enps.Add(score) : enps);
        }
        var tallies = await answers.TalliesAsync("round-1", CancellationToken.None);

        Assert.Equal(answering.Count, recount.Values.Sum(r => r.Respondents));
        // Answers given on different days are released with their batch's one day (a batch is one write: one timestamp).
        Assert.All(released.GroupBy(r => (r.GetString("Department"), r.Timestamp)), batch => Assert.Single(batch.Select(r => r.GetString("Day")).Distinct()));
        Assert.Equal(
            recount.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Respondents, r.Value.Enps)),
            tallies.Where(t => t.Respondents > 0).OrderBy(t => t.Department, StringComparer.Ordinal).Select(t => (t.Department, t.Respondents, t.Enps)));
        Assert.Equal(invitations.GroupBy(i => i.Department).ToDictionary(g => g.Key, g => g.Count()), tallies.ToDictionary(t => t.Department, t => t.Invited));
        await foreach (var row in answers.HeldAsync("round-1", CancellationToken.None))
        {
            Assert.Fail($"{row.RowKey} is still held after close");
        }
    }

    [Fact]
    public async Task Answers_ThreeTextsOf2000ArabicAndChineseCharacters_StoredAndShownWhole()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 3);
        var created = await app.Http.PostAsJsonAsync("api/surveys", new
        {
            title = "Long words",
            questions = new object[] { new { id = "t1", type = "text", text = "One" }, new { id = "t2", type = "text", text = "Two" }, new { id = "t3", type = "text", text = "Three" } },
            cadence = "monthly",
            audience = new { departments = new[] { employees[0].Department } },
            anonymityThreshold = 3,
        });
        var surveyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (roundId, _) = await SurveyApi.OpenRoundAsync(app.Http, surveyId);
        var mails = await SurveyMail.WaitForAsync([.. employees.Select(e => e.Email)], "Long words", 3);
        var arabic = string.Concat(Enumerable.Repeat("سلام عليكم ", 200))[..2000].Trim();
        var chinese = string.Concat(Enumerable.Repeat("我们的团队很好", 300))[..2000];
        var mixed = string.Concat(Enumerable.Repeat("品質\"ثقة\"\n", 250))[..2000].Trim();

        var statuses = new List<int>();
        foreach (var mail in mails)
        {
            using var browser = new HttpClient();
            var answer = await browser.PostAsync(mail.Link, new FormUrlEncodedContent([new("t1", arabic), new("t2", chinese), new("t3", mixed)]));
            statuses.Add((int)answer.StatusCode);
        }
        var results = await app.Http.GetFromJsonAsync<JsonElement>($"api/surveys/{surveyId}/results?roundId={roundId}");

        Assert.Equal([200, 200, 200], statuses);
        Assert.Equal(3, results.GetProperty("respondents").GetInt32());
        var questions = results.GetProperty("questions");
        Assert.Equal([arabic, arabic, arabic], questions[0].GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([chinese, chinese, chinese], questions[1].GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([mixed, mixed, mixed], questions[2].GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
    }
}
