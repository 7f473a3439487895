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

    /// <summary>A form with a file chosen (none when <paramref name="fileName"/> is empty, as browsers send it), sent as multipart/form-data.</summary>
    public static async Task<(HttpStatusCode Status, string? Location, string Html)> PostFileAsync(
        this StaffBrowser browser, string path, string fileField, string fileName, string fileText, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new MultipartFormDataContent();
        var file = new StringContent(fileText, System.Text.Encoding.UTF8, "text/csv");
        // Set by hand: HttpClient refuses the empty file name a browser sends when no file is chosen.
        file.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = $"\"{fileField}\"", FileName = $"\"{fileName}\"" };
        content.Add(file);
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = content };
        request.Headers.Add("Origin", browser.OwnOrigin);
        using var response = await browser.Http.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);
}
