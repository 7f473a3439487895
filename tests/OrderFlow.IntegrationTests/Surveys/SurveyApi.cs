using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrderFlow.IntegrationTests.Surveys;

public sealed record TestEmployee(string Id, string Name, string Email, string Department);

/// <summary>The engagement API as a test uses it: people, a survey, a round, answers through a link.</summary>
static class SurveyApi
{
    /// <summary>Imports employees, <paramref name="sizes"/> per department; names are unique to this test.</summary>
    public static async Task<IReadOnlyList<TestEmployee>> ImportAsync(HttpClient http, params int[] sizes)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var employees = sizes.SelectMany((size, d) => Enumerable.Range(1, size).Select(n =>
            new TestEmployee($"{tag}-{d}-{n}", $"Person {tag} {d} {n}", $"p-{tag}-{d}-{n}@example.test", $"Dept {tag} {(char)('A' + d)}"))).ToList();
        var csv = new StringBuilder("id,name,email,department,managerId,timeZone,active\n");
        foreach (var e in employees)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{e.Id},{e.Name},{e.Email},{e.Department},,Europe/Berlin,true\n");
        }
        var response = await http.PostAsync("api/employees/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return employees;
    }

    public static async Task<string> CreateSurveyAsync(HttpClient http, IEnumerable<string> departments, int threshold = 4, string cadence = "monthly")
    {
        var response = await http.PostAsJsonAsync("api/surveys", new
        {
            title = "Pulse check",
            questions = new object[]
            {
                new { id = "q1", type = "enps", text = "How likely are you to recommend working here to a friend?" },
                new { id = "q2", type = "scale", text = "I have what I need to do my job well." },
                new { id = "q3", type = "choice", text = "What would help most?", options = new[] { "Focus time", "Training", "Tools" } },
                new { id = "q4", type = "text", text = "Anything else?" },
            },
            cadence,
            audience = new { departments = departments.Distinct().ToArray() },
            anonymityThreshold = threshold,
            reminderAfterDays = 2,
            closeAfterDays = 5,
            sendAtLocalTime = "09:00",
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("id").GetString()!;
    }

    public static async Task<(string RoundId, int Invited)> OpenRoundAsync(HttpClient http, string surveyId)
    {
        var response = await http.PostAsync($"api/surveys/{surveyId}/rounds", null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return (body.GetProperty("roundId").GetString()!, body.GetProperty("invited").GetInt32());
    }

    public static async Task<JsonElement> SurveyAsync(HttpClient http, string surveyId) =>
        await http.GetFromJsonAsync<JsonElement>($"api/surveys/{surveyId}");

    /// <summary>Posts the form as a browser would, with no key: the link is the only credential.</summary>
    public static async Task<(int Status, string Html)> AnswerAsync(string link, int enps, string? text = null)
    {
        using var browser = new HttpClient();
        var fields = new Dictionary<string, string> { ["q1"] = $"{enps}", ["q2"] = "4", ["q3"] = "Tools", ["q4"] = text ?? "" };
        var response = await browser.PostAsync(link, new FormUrlEncodedContent(fields));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<(int Status, string Html)> GetPageAsync(string link)
    {
        using var browser = new HttpClient();
        var response = await browser.GetAsync(link);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
