using System.Net;
using OrderFlow.IntegrationTests.Access;

namespace OrderFlow.IntegrationTests.People;

/// <summary>A signed-in person's tab on the back office: reads a page, sends a form as the page itself would (with its own origin).</summary>
static class PageForms
{
    public static async Task<(HttpStatusCode Status, string Html)> PageAsync(this StaffBrowser browser, string path)
    {
        using var response = await browser.Http.GetAsync(path.TrimStart('/'));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The answer to the form: its status, the redirect's location (a 303 after a change), and the page shown otherwise.</summary>
    public static async Task<(HttpStatusCode Status, string? Location, string Html)> PostFormAsync(this StaffBrowser browser, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", browser.OwnOrigin);
        using var response = await browser.Http.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);
}
