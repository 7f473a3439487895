using System.Text.RegularExpressions;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>Survey emails as smtp4dev received them, with their text bodies and the survey link in each.</summary>
static partial class SurveyMail
{
    public sealed record Mail(string To, string Subject, string Text)
    {
        public string Link => SurveyLink().Match(Text) is { Success: true } match ? match.Value : throw new InvalidOperationException($"No survey link in: {Text}");
    }

    public static async Task<IReadOnlyList<Mail>> ToAsync(IReadOnlyCollection<string> recipients, string subjectStart)
    {
        var shared = await SharedServices.GetAsync();
        using var http = new HttpClient { BaseAddress = shared.MailUi };
        var wanted = new HashSet<string>(recipients, StringComparer.OrdinalIgnoreCase);
        var found = new List<Mail>();
        foreach (var message in await MailCatcher.SummariesMentioningAsync(subjectStart))
        {
            var to = message.GetProperty("to")[0].GetString()!;
            var subject = message.GetProperty("subject").GetString()!;
            if (wanted.Contains(to) && subject.StartsWith(subjectStart, StringComparison.Ordinal))
            {
                found.Add(new Mail(to, subject, await http.GetStringAsync($"api/messages/{message.GetProperty("id").GetString()}/plaintext")));
            }
        }
        return found;
    }

    /// <summary>Waits until at least <paramref name="count"/> such emails arrived.</summary>
    public static Task<IReadOnlyList<Mail>> WaitForAsync(IReadOnlyCollection<string> recipients, string subjectStart, int count) =>
        Eventually.WaitForAsync(() => ToAsync(recipients, subjectStart), m => m.Count >= count, TimeSpan.FromSeconds(120), $"{count} '{subjectStart}' emails");

    [GeneratedRegex(@"http://\S+/api/s/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex SurveyLink();
}
