using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using OrderFlow.Core.Surveys;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>No stored response can be joined to a person; results show nothing for groups under the threshold.</summary>
public partial class AnonymityTests(SurveyApp app) : IClassFixture<SurveyApp>
{
    static readonly string[] ResponseColumns = ["Answers", "Day", "Department", "Enps", "PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    [Fact(Timeout = 180_000)]
    public async Task Responses_Stored_HoldNoPersonNoInvitationAndOnlyTheDay()
    {
        var (_, roundId, employees, mails) = await app.InvitedRoundAsync(6);
        foreach (var mail in mails.Take(4))
        {
            Assert.Equal(200, (await SurveyApi.AnswerAsync(mail.Link, 8, "More quiet rooms")).Status);
        }

        var table = await app.TableAsync(AnswerStore.TableName);
        var rows = table.Query<TableEntity>(e => e.PartitionKey == roundId).ToList();
        var responses = rows.Where(r => r.RowKey.StartsWith("r-", StringComparison.Ordinal)).ToList();
        var invitations = rows.Where(r => r.RowKey.StartsWith("i-", StringComparison.Ordinal)).ToList();
        var identifying = employees.SelectMany(e => new[] { e.Id, e.Email, e.Name })
            .Concat(invitations.Select(i => i.RowKey[2..]))
            .Concat(mails.Select(m => m.Link[(m.Link.LastIndexOf('/') + 1)..]))
            .ToList();

        Assert.Equal(4, responses.Count);
        Assert.Equal(4, invitations.Count(i => i.GetBoolean("Answered") == true));
        Assert.All(responses, response =>
        {
            Assert.Equal(ResponseColumns, response.Keys.Order(StringComparer.Ordinal));
            Assert.Matches(RandomKey(), response.RowKey);
            Assert.True(DateOnly.TryParseExact(response.GetString("Day"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            var values = response.Where(p => p.Key is not ("PartitionKey" or "Timestamp" or "odata.etag")).Select(p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)!);
            Assert.DoesNotContain(values, value => identifying.Any(id => value.Contains(id, StringComparison.OrdinalIgnoreCase)));
        });
        Assert.All(invitations, i => Assert.DoesNotContain(i.Keys, k => k is "Enps" or "Answers" or "Day"));
    }

    [Fact(Timeout = 180_000)]
    public async Task Results_UnderAndOverTheThreshold_SuppressedThenAggregated()
    {
        var (surveyId, roundId, _, mails) = await app.InvitedRoundAsync(5);
        await SurveyApi.AnswerAsync(mails[0].Link, 10, "Zebra crossing");
        await SurveyApi.AnswerAsync(mails[1].Link, 6, "Apples");

        var suppressed = await app.Http.GetFromJsonAsync<JsonElement>($"api/surveys/{surveyId}/results?roundId={roundId}");
        await SurveyApi.AnswerAsync(mails[2].Link, 9);
        var shown = await app.Http.GetFromJsonAsync<JsonElement>($"api/surveys/{surveyId}/results?roundId={roundId}");

        Assert.True(suppressed.GetProperty("suppressed").GetBoolean());
        Assert.Empty(suppressed.GetProperty("questions").EnumerateArray());
        Assert.Equal(3, shown.GetProperty("respondents").GetInt32());
        var questions = shown.GetProperty("questions");
        Assert.Equal(8.33, questions[0].GetProperty("mean").GetDouble());
        Assert.Equal(4.0, questions[1].GetProperty("mean").GetDouble());
        Assert.Equal(3, questions[1].GetProperty("distribution").GetProperty("4").GetInt32());
        Assert.Equal(3, questions[2].GetProperty("counts").GetProperty("Tools").GetInt32());
        Assert.Equal(["Apples", "Zebra crossing"], questions[3].GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
    }

    [GeneratedRegex("^r-[0-9a-f]{32}$")]
    private static partial Regex RandomKey();
}
