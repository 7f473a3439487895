using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Invoicing;
using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>The product app with a known finance key, and the ledger of its own tables for seeding documents directly.</summary>
public class FinanceApp : ProductApp
{
    public const string FinanceKey = "test-finance-key";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("DevHost:FinanceKey", FinanceKey)];

    /// <summary>The same tables the app reads (its storage prefix is "T" + the test names' suffix).</summary>
    public Task<InvoiceLedger> LedgerAsync() => LedgerDrafts.NewLedgerAsync("T" + Names.Suffix);

    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = Http.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }
        return client;
    }

    /// <summary>Every page of GET /invoices with <paramref name="query"/>, with a callback between pages.</summary>
    public async Task<List<JsonElement>> AllPagesAsync(string query, Func<Task>? betweenPages = null)
    {
        var items = new List<JsonElement>();
        string? token = null;
        do
        {
            var url = "api/invoices?" + query + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await Http.GetFromJsonAsync<JsonElement>(url);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
            if (betweenPages is not null)
            {
                await betweenPages();
            }
        }
        while (token is not null);
        return items;
    }
}
