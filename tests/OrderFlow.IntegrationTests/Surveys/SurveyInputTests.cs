using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

[Collection(SharedApps.OrderChannels)]
public class SurveyInputTests(ProductApp app)
{
    [Fact]
    public async Task Create_ElevenQuestionsAndBadFields_400ListingEveryProblem()
    {
        var response = await app.Http.PostAsJsonAsync("api/surveys", new
        {
            title = "",
            questions = Enumerable.Range(1, 11).Select(i => new { id = $"q{i}", type = i == 11 ? "stars" : "scale", text = "?" }),
            cadence = "daily",
            audience = new { },
            anonymityThreshold = 1,
            sendAtLocalTime = "25:00",
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["anonymityThreshold", "audience", "cadence", "questions", "questions[10].type", "sendAtLocalTime", "title"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_Valid_201AndReadBack()
    {
        var response = await app.Http.PostAsJsonAsync("api/surveys", new
        {
            title = "Weekly pulse",
            questions = new[] { new { id = "q1", type = "enps", text = "Recommend us?" } },
            cadence = "weekly",
            audience = new { all = true },
        });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var survey = await app.Http.GetFromJsonAsync<JsonElement>($"api/surveys/{id}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("Weekly pulse", "weekly", 5), (survey.GetProperty("survey").GetProperty("title").GetString(), survey.GetProperty("survey").GetProperty("cadence").GetString(), survey.GetProperty("survey").GetProperty("anonymityThreshold").GetInt32()));
        Assert.Empty(survey.GetProperty("rounds").EnumerateArray());
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyTwice_OneSurvey_201Then200_ALongKeyIs400()
    {
        var key = "pulse-" + Guid.NewGuid().ToString("N");
        Task<HttpResponseMessage> CreateAsync(string idempotencyKey, string title)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "api/surveys")
            {
                Content = JsonContent.Create(new { title, questions = new[] { new { id = "q1", type = "enps", text = "Recommend us?" } }, cadence = "monthly", audience = new { all = true } }),
            };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return app.Http.SendAsync(request);
        }

        using var first = await CreateAsync(key, "Keyed pulse");
        using var again = await CreateAsync(key, "Keyed pulse, sent again");
        using var other = await CreateAsync(key + "-2", "Another pulse");
        using var tooLong = await CreateAsync(new string('k', 101), "Too long a key");
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var survey = await app.Http.GetFromJsonAsync<JsonElement>($"api/surveys/{id}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (first.StatusCode, again.StatusCode, other.StatusCode));
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.NotEqual(id, (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal("Keyed pulse", survey.GetProperty("survey").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task Enps_WithoutSurveyId_400()
    {
        var response = await app.Http.GetAsync("api/enps?from=yesterday");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["from", "surveyId"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }
}
