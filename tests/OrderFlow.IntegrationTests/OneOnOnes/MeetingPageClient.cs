using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>A participant's browser: no function key (the link is the only credential) and no automatic redirects.</summary>
sealed class MeetingPageClient : IDisposable
{
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task<HttpResponseMessage> GetJsonAsync(Uri link)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Accept.ParseAdd("application/json");
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> PageAsync(Uri link)
    {
        using var response = await GetJsonAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PutAsync(Uri link, object changes)
    {
        using var response = await Http.PutAsJsonAsync(link, changes);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    public static string[] Items(JsonElement page) => [.. page.GetProperty("agenda").EnumerateArray().Select(i => i.GetProperty("text").GetString()!)];

    public static string ItemId(JsonElement page, string text) =>
        page.GetProperty("agenda").EnumerateArray().Single(i => i.GetProperty("text").GetString() == text).GetProperty("id").GetString()!;

    public void Dispose() => Http.Dispose();
}
