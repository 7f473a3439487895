using System.Net.Http.Json;
using OrderFlow.IntegrationTests.Access;

namespace OrderFlow.IntegrationTests.Pages;

/// <summary>What the back-office pages' tests share: posting a page's form as the browser would, and data of a test's own.</summary>
static class PageForms
{
    /// <summary>Posts the fields (a name may repeat) with the app's own origin, as a page of the app does.</summary>
    public static async Task<HttpResponseMessage> PostAsync(StaffBrowser browser, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", browser.OwnOrigin);
        return await browser.Http.SendAsync(request);
    }

    /// <summary>A short suffix that keeps a test's SKUs and customers apart from every other test's on a shared app.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static async Task SeedCustomerAsync(HttpClient keyed, string id, string name, string? creditLimit = null)
    {
        var body = new
        {
            name,
            email = $"{id}@example.test",
            creditLimit = creditLimit is null ? null : new { currency = "EUR", amount = creditLimit },
            shippingAddress = new { line1 = $"Lindenallee {id}", city = "Potsdam", postalCode = "14467", country = "DE" },
        };
        (await keyed.PutAsJsonAsync($"api/customers/{id}", body)).EnsureSuccessStatusCode();
    }

    /// <summary>The error paragraph the page kit puts beside a field, with its message.</summary>
    public static string ErrorBeside(string field, string message) =>
        $"<p class=\"error\" id=\"{OrderFlow.Functions.Pages.Kit.Fields.Id(field)}-error\">{System.Net.WebUtility.HtmlEncode(message)}";
}
