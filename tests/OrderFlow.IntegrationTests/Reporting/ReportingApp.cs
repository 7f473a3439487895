using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>The product app seeded with DevHost's demo data, with a known finance key.</summary>
public sealed class ReportingApp : ProductApp
{
    public const string FinanceKey = "test-finance-key";

    // The report tests count every order, so they place all of them: no demo orders.
    protected override string? DemoDataFile => DemoCatalogue.FilePath;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("DevHost:FinanceKey", FinanceKey)];

    /// <summary>A client presenting <paramref name="key"/> (or none) in the x-functions-key header.</summary>
    public HttpClient ClientWithKey(string? key)
    {
        var client = new HttpClient { BaseAddress = Http.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }
        return client;
    }

    /// <summary>Posts demo orders (customer c-1001, CUP-ESP at 12.50) and waits until each is Completed.</summary>
    public async Task<IReadOnlyList<System.Text.Json.JsonElement>> CompleteDemoOrdersAsync(string prefix, int count)
    {
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            ids.Add(await Orders.OrderApi.PostAsync(Http, Orders.OrderApi.Order($"{prefix}-{i}", "c-1001", "CUP-ESP", quantity: i, unitPrice: "12.50")));
        }
        return await Orders.OrderApi.WaitForEachAsync(Http, ids, TimeSpan.FromSeconds(240), "Completed");
    }
}
