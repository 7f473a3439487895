using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Pulse survey rounds answered throughout the soak: ten employees in two departments, a round opened by hand
/// (invitations emailed through the outbox), its invitations answered one every few seconds through the answer page
/// as a person following their link would, then the next round. Each token is the one the invitation email carries,
/// made by the app's own <see cref="SurveyLinks"/> (DevHost runs in this process), so no mailbox is read.
/// </summary>
sealed class SurveyTraffic(HttpClient api, IServiceProvider app, SoakLog log, string surveyId)
{
    const int PerDepartment = 5;
    static readonly string[] Departments = ["Sales", "Operations"];
    static readonly TimeSpan AnswerEvery = TimeSpan.FromSeconds(6);

    public async Task RunAsync(CancellationToken stop)
    {
        using var person = new HttpClient { BaseAddress = api.BaseAddress };
        var answered = 0;
        await SideLoop.RunAsync(log, "survey round", async () =>
        {
            var tokens = await OpenRoundAsync(stop);
            await Task.Delay(AnswerEvery, stop);
            foreach (var token in tokens)
            {
                answered++;
                var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["q1"] = $"{answered % 11}", ["q2"] = $"{answered % 5 + 1}" });
                using var response = await person.PostAsync($"api/s/{token}", form, stop);
                log.SideAnswer(response, "survey answer");
                await Task.Delay(AnswerEvery, stop);
            }
        }, stop);
    }

    /// <summary>The employees and the survey, before the load starts.</summary>
    public static async Task<SurveyTraffic> SeedAsync(HttpClient api, IServiceProvider app, SoakLog log)
    {
        foreach (var (department, d) in Departments.Select((name, d) => (name, d)))
        {
            for (var i = 1; i <= PerDepartment; i++)
            {
                var id = $"soak-e{d}{i}";
                (await api.PutAsJsonAsync($"api/employees/{id}", new { name = $"Soak Employee {d}{i}", email = $"{id}@example.test", department, timeZone = "Europe/Berlin", active = true })).EnsureSuccessStatusCode();
            }
        }
        using var created = await api.PostAsJsonAsync("api/surveys", new
        {
            title = "Soak pulse",
            questions = new object[]
            {
                new { id = "q1", type = "enps", text = "How likely are you to recommend working here to a friend?" },
                new { id = "q2", type = "scale", text = "I have what I need to do my job well." },
            },
            cadence = "monthly",
            audience = new { all = true },
            anonymityThreshold = PerDepartment,
            reminderAfterDays = 3,
            closeAfterDays = 7,
            sendAtLocalTime = "09:00",
        });
        created.EnsureSuccessStatusCode();
        var surveyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return new SurveyTraffic(api, app, log, surveyId);
    }

    /// <summary>Opens a round; answers the answer link of each of its invitations.</summary>
    async Task<IReadOnlyList<string>> OpenRoundAsync(CancellationToken stop)
    {
        using var response = await api.PostAsync($"api/surveys/{surveyId}/rounds", null, stop);
        if (!log.SideAnswer(response, "round opened"))
        {
            return [];
        }
        var roundId = (await response.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("roundId").GetString()!;
        var round = await app.GetRequiredService<RoundStore>().FindAsync(surveyId, roundId, stop);
        if (round is null)
        {
            log.Failed($"round {roundId} answered 201 but is not stored");
            return [];
        }
        var invitations = await app.GetRequiredService<AnswerStore>().InvitationsAsync(roundId, stop);
        var links = app.GetRequiredService<SurveyLinks>();
        return [.. invitations.Select(i => links.TokenFor(round, i.InvitationId))];
    }
}
