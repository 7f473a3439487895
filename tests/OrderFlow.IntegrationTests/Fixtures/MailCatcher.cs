using System.Net.Http.Json;
using System.Text.Json;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>Reads what the shared smtp4dev received, through its web API.</summary>
public static class MailCatcher
{
    public static async Task<IReadOnlyList<(string To, string Subject)>> MessagesToAsync(string recipient)
    {
        var shared = await SharedServices.GetAsync();
        using var http = new HttpClient { BaseAddress = shared.MailUi };
        var found = new List<(string To, string Subject)>();
        for (var number = 1; ; number++)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"api/messages?pageSize=500&page={number}");
            found.AddRange(page.GetProperty("results").EnumerateArray()
                .Select(m => (To: m.GetProperty("to")[0].GetString()!, Subject: m.GetProperty("subject").GetString()!))
                .Where(m => string.Equals(m.To, recipient, StringComparison.OrdinalIgnoreCase)));
            if (number >= page.GetProperty("pageCount").GetInt32())
            {
                return found;
            }
        }
    }

    public static async Task<IReadOnlyList<(string To, string Subject)>> WaitForAsync(string recipient, int count)
    {
        await Eventually.WaitForAsync(async () => (await MessagesToAsync(recipient)).Count, n => n >= count, TimeSpan.FromSeconds(90), $"{count} emails to {recipient}");
        return await MessagesToAsync(recipient);
    }
}
