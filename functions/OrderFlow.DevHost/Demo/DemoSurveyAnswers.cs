using System.Text.Json.Nodes;
using OrderFlow.Core.Surveys;

namespace OrderFlow.DevHost.Demo;

/// <summary>
/// Demo employees answering a survey round: {"answers":{"survey":"{name}","round":"{name}","forms":[{"q1":"9",...}]}}.
/// Each form goes to the answer page of one invitation of the round, POST /api/s/{token} with no key, as the person
/// following their emailed link would; the token is the one their email carries (the same signed claims), so the
/// answers take the app's own path: single use, held, released in batches, never beside who answered.
/// </summary>
static class DemoSurveyAnswers
{
    public static async Task<bool> SendAsync(Uri baseAddress, IServiceProvider services, JsonObject spec, Func<string, string> resolve, CancellationToken cancellationToken)
    {
        var surveyId = resolve((string)spec["survey"]!);
        var roundId = resolve((string)spec["round"]!);
        var round = await services.GetRequiredService<RoundStore>().FindAsync(surveyId, roundId, cancellationToken);
        if (round is null)
        {
            return false;
        }
        var invitations = (await services.GetRequiredService<AnswerStore>().InvitationsAsync(roundId, cancellationToken)).OrderBy(i => i.EmployeeId, StringComparer.Ordinal).ToList();
        var links = services.GetRequiredService<SurveyLinks>();
        using var employee = new HttpClient { BaseAddress = baseAddress };
        var forms = spec["forms"]?.AsArray() ?? [];
        var answered = 0;
        foreach (var (form, invitation) in forms.Zip(invitations))
        {
            var fields = form!.AsObject().Select(f => KeyValuePair.Create(f.Key, f.Value?.ToString() ?? ""));
            using var response = await employee.PostAsync($"api/s/{links.TokenFor(round, invitation.InvitationId)}", new FormUrlEncodedContent(fields), cancellationToken);
            answered += response.IsSuccessStatusCode ? 1 : 0;
        }
        return answered == forms.Count;
    }
}
