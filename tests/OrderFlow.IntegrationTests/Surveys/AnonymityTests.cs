using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using OrderFlow.Core.Surveys;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>No stored response can be joined to a person; results show nothing for groups under the threshold.</summary>
[Collection(SharedApps.Surveys)]
public partial class AnonymityTests(SurveyApp app)
{
    static readonly string[] ResponseColumns = ["A_q1", "A_q2", "A_q3", "A_q4", "Day", "Department", "Enps", "PartitionKey", "RowKey", "Timestamp", "odata.etag"];
    static readonly string[] HeldColumns = ["PartitionKey", "RowKey", "Sealed0", "Timestamp", "odata.etag"];

    [Fact]
    public async Task Responses_FourOfSixWithThresholdThree_ThreeReleasedWithNoPersonOneHeldSealed()
    {
        var (_, roundId, employees, mails) = await app.InvitedRoundAsync(6);
        foreach (var mail in mails.Take(4))
        {
            Assert.Equal(200, (await SurveyApi.AnswerAsync(mail.Link, 8, "More quiet rooms")).Status);
        }

        var rows = await app.RoundRowsAsync(roundId);
        var responses = rows.Where(r => r.RowKey.StartsWith("r-", StringComparison.Ordinal)).ToList();
        var held = Assert.Single(rows, r => r.RowKey.StartsWith("h-", StringComparison.Ordinal));
        var invitations = rows.Where(r => r.RowKey.StartsWith("i-", StringComparison.Ordinal)).ToList();
        var identifying = employees.SelectMany(e => new[] { e.Id, e.Email, e.Name })
            .Concat(invitations.Select(i => i.RowKey[2..]))
            .Concat(mails.Select(m => m.Link[(m.Link.LastIndexOf('/') + 1)..]))
            .ToList();

        Assert.Equal(3, responses.Count);
        Assert.Equal(4, invitations.Count(i => i.GetBoolean("Answered") == true));
        Assert.Equal(HeldColumns, held.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(-1, held.GetBinary("Sealed0")!.AsSpan().IndexOf("More quiet rooms"u8));
        Assert.All(responses, response =>
        {
            Assert.Equal(ResponseColumns, response.Keys.Order(StringComparer.Ordinal));
            Assert.Matches(RandomKey(), response.RowKey);
            Assert.True(DateOnly.TryParseExact(response.GetString("Day"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            var values = response.Where(p => p.Key is not ("PartitionKey" or "Timestamp" or "odata.etag")).Select(p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)!);
            Assert.DoesNotContain(values, value => identifying.Any(id => value.Contains(id, StringComparison.OrdinalIgnoreCase)));
        });
        Assert.All(invitations, i => Assert.DoesNotContain(i.Keys, k => k is "Enps" or "Day" || k.StartsWith("A_", StringComparison.Ordinal)));
    }

    [Fact]
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
        // Two of the three wrote a text: under the threshold, that question shows nothing, not even the count.
        Assert.True(questions[3].GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, questions[3].GetProperty("texts").ValueKind);
        Assert.Equal(JsonValueKind.Null, questions[3].GetProperty("answered").ValueKind);
    }

    [GeneratedRegex("^r-[0-9a-f]{32}$")]
    private static partial Regex RandomKey();
}
