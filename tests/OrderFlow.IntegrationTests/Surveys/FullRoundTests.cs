using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Surveys;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>A whole round as people live it: invited by email, some answer through their link, the rest are reminded once.</summary>
// Its own app: the round timers it runs count every open round the app holds.
public class FullRoundTests(SurveyApp app) : IClassFixture<SurveyApp>
{
    // Per department (A 12, B 10, C 5, D 3 people): who answers, with which eNPS score.
    static readonly int[][] Scores = [[10, 9, 9, 8, 6, 3], [10, 10, 7, 2], [9, 0], []];

    [Fact]
    public async Task Round_ThirtyInvitedTwelveAnswer_RemindersToTheOtherEighteenOnceAndEnpsStored()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 12, 10, 5, 3);
        var emails = employees.Select(e => e.Email).ToList();
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department), threshold: 4);

        var (roundId, invited) = await SurveyApi.OpenRoundAsync(app.Http, surveyId);
        var invitations = await SurveyMail.WaitForAsync(emails, "Pulse check: a short survey", 30);

        Assert.Equal(30, invited);
        Assert.Equal(emails.Order(StringComparer.OrdinalIgnoreCase), invitations.Select(m => m.To).Order(StringComparer.OrdinalIgnoreCase));
        var answering = await AnswerAsync(employees, invitations);

        var timers = app.Service<RoundTimers>();
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(18, await timers.SendRemindersAsync(now.AddDays(3), CancellationToken.None));
        Assert.Equal(0, await timers.SendRemindersAsync(now.AddDays(4), CancellationToken.None));
        var reminders = await SurveyMail.WaitForAsync(emails, "Reminder: Pulse check", 18);

        Assert.Equal(emails.Except(answering, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase), reminders.Select(m => m.To).Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(reminders.Select(m => m.Link).Order(StringComparer.Ordinal), invitations.Where(m => !answering.Contains(m.To)).Select(m => m.Link).Order(StringComparer.Ordinal));

        Assert.Equal(1, await timers.CloseDueAsync(now.AddDays(6), CancellationToken.None));
        await AssertEnpsAsync(surveyId, roundId, employees);
        var unanswered = reminders[0].Link;
        Assert.Equal(410, (await SurveyApi.GetPageAsync(unanswered)).Status);
        Assert.Empty(await SurveyMail.ToAsync(answering, "Reminder: Pulse check"));
    }

    /// <summary>Answers through each chosen person's own emailed link; returns who answered.</summary>
    static async Task<HashSet<string>> AnswerAsync(IReadOnlyList<TestEmployee> employees, IReadOnlyList<SurveyMail.Mail> invitations)
    {
        var answered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var departments = employees.Select(e => e.Department).Distinct().Order(StringComparer.Ordinal).ToList();
        for (var d = 0; d < departments.Count; d++)
        {
            foreach (var (employee, score) in employees.Where(e => e.Department == departments[d]).Zip(Scores[d]))
            {
                var link = invitations.Single(m => string.Equals(m.To, employee.Email, StringComparison.OrdinalIgnoreCase)).Link;
                var (pageStatus, page) = await SurveyApi.GetPageAsync(link);
                Assert.Equal(200, pageStatus);
                Assert.Contains("Not at all likely", page, StringComparison.Ordinal);
                Assert.Equal(200, (await SurveyApi.AnswerAsync(link, score)).Status);
                answered.Add(employee.Email);
            }
        }
        Assert.Equal(12, answered.Count);
        return answered;
    }

    async Task AssertEnpsAsync(string surveyId, string roundId, IReadOnlyList<TestEmployee> employees)
    {
        var departments = employees.Select(e => e.Department).Distinct().Order(StringComparer.Ordinal).ToList();
        var overall = await PointAsync(surveyId, null);
        Assert.Equal((roundId, false, 12, 6, 2, 4, 17, 0.4), (overall.GetProperty("roundId").GetString(), overall.GetProperty("suppressed").GetBoolean(), Int(overall, "respondents"), Int(overall, "promoters"), Int(overall, "passives"), Int(overall, "detractors"), Int(overall, "score"), overall.GetProperty("responseRate").GetDouble()));

        var a = await PointAsync(surveyId, departments[0]);
        Assert.Equal((6, 3, 1, 2, 17), (Int(a, "respondents"), Int(a, "promoters"), Int(a, "passives"), Int(a, "detractors"), Int(a, "score")));
        // C and D hold two answers together, under the threshold of 4: B, the smallest shown, is hidden too, or the
        // overall figure minus A and B would give those two away.
        foreach (var small in departments[1..])
        {
            var point = await PointAsync(surveyId, small);
            Assert.True(point.GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, point.GetProperty("respondents").ValueKind);
            Assert.Equal(JsonValueKind.Null, point.GetProperty("score").ValueKind);
        }
        var rows = (await app.TableAsync(EnpsResultsStore.TableName)).Query<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == surveyId).ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows.Where(r => r.GetBoolean("Suppressed") == true), r => Assert.DoesNotContain(r.Keys, k => k is "Respondents" or "Promoters" or "Passives" or "Detractors" or "Score"));
    }

    async Task<JsonElement> PointAsync(string surveyId, string? department)
    {
        var query = department is null ? "" : $"&department={Uri.EscapeDataString(department)}";
        var series = await app.Http.GetFromJsonAsync<JsonElement>($"api/enps?surveyId={surveyId}{query}");
        return Assert.Single(series.GetProperty("points").EnumerateArray());
    }

    static int Int(JsonElement point, string name) => point.GetProperty(name).GetInt32();
}
