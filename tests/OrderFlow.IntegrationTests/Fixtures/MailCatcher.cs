using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>Reads what the shared smtp4dev received, through its web API.</summary>
public static class MailCatcher
{
    public static async Task<IReadOnlyList<(string To, string Subject)>> MessagesToAsync(string recipient)
    {
        var summaries = await SummariesToAsync(recipient);
        return [.. summaries.Select(m => (To: m.GetProperty("to")[0].GetString()!, Subject: m.GetProperty("subject").GetString()!))];
    }

    public static async Task<IReadOnlyList<(string To, string Subject)>> WaitForAsync(string recipient, int count)
    {
        await Eventually.WaitForAsync(async () => (await MessagesToAsync(recipient)).Count, n => n >= count, TimeSpan.FromSeconds(90), $"{count} emails to {recipient}");
        return await MessagesToAsync(recipient);
    }

    /// <summary>The whole messages as sent (raw MIME parsed by MimeKit), for parts the summaries leave out.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> MimeMessagesToAsync(string recipient)
    {
        var shared = await SharedServices.GetAsync();
        using var http = new HttpClient { BaseAddress = shared.MailUi };
        var messages = new List<MimeMessage>();
        foreach (var summary in await SummariesToAsync(recipient))
        {
            await using var raw = await http.GetStreamAsync($"api/messages/{summary.GetProperty("id").GetString()}/raw");
            messages.Add(await MimeMessage.LoadAsync(raw));
        }
        return messages;
    }

    /// <summary>
    /// One page of the messages that mention the search terms (smtp4dev looks in subject, addresses and body, so the
    /// run's thousands of other messages are neither serialised nor parsed at every poll); smtp4dev now and then answers
    /// 500 while messages arrive, and the next try succeeds.
    /// </summary>
    static async Task<JsonElement> PageAsync(HttpClient http, string searchTerms, int number)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await http.GetFromJsonAsync<JsonElement>($"api/messages?searchTerms={Uri.EscapeDataString(searchTerms)}&pageSize=500&page={number}");
            }
            catch (HttpRequestException ex) when (ex.StatusCode is >= System.Net.HttpStatusCode.InternalServerError && attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    static async Task<List<JsonElement>> SummariesToAsync(string recipient) =>
        [.. (await SummariesMentioningAsync(recipient)).Where(m => string.Equals(m.GetProperty("to")[0].GetString(), recipient, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The summaries (id, to, subject, …) of every message whose subject, addresses or body contain the terms.</summary>
    public static async Task<List<JsonElement>> SummariesMentioningAsync(string searchTerms)
    {
        var shared = await SharedServices.GetAsync();
        using var http = new HttpClient { BaseAddress = shared.MailUi };
        var found = new List<JsonElement>();
        for (var number = 1; ; number++)
        {
            var page = await PageAsync(http, searchTerms, number);
            found.AddRange(page.GetProperty("results").EnumerateArray());
            if (number >= page.GetProperty("pageCount").GetInt32())
            {
                // Pages are newest first: a message that arrives while they are read pushes older ones onto the
                // next page, where they are seen a second time.
                return [.. found.DistinctBy(m => m.GetProperty("id").GetString())];
            }
        }
    }
}
