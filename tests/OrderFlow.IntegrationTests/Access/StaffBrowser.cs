using System.Net;

namespace OrderFlow.IntegrationTests.Access;

/// <summary>
/// An HTTP client that keeps cookies and does not follow redirects, as a browser tab would look at each answer; signs
/// in through DevHost's emulated Easy Auth like a person pressing their button on /.auth/login/dev.
/// </summary>
public sealed class StaffBrowser : IDisposable
{
    // Fixed user IDs of functions/OrderFlow.DevHost/demo-users.json.
    public const string Amelia = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0011";
    public const string Chloe = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0019";
    public const string Oliver = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0010";
    public const string Ethan = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0018";
    public const string Priya = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0031";
    public const string Haruto = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0026";
    public const string Mara = "0b6f3c1e-5a41-4d8e-9f2a-1c0e7a5b0001";

    public StaffBrowser(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; }

    /// <summary>The Origin header a page of the app itself sends with its forms.</summary>
    public string OwnOrigin => BaseAddress.GetLeftPart(UriPartial.Authority);

    public async Task<HttpResponseMessage> SignInAsync(string userId, string? returnTo = null)
    {
        var fields = new Dictionary<string, string> { ["userId"] = userId };
        if (returnTo is not null)
        {
            fields["post_login_redirect_uri"] = returnTo;
        }
        using var form = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(".auth/login/dev", form);
    }

    public static async Task<StaffBrowser> SignedInAsync(Uri baseAddress, string userId)
    {
        var browser = new StaffBrowser(baseAddress);
        (await browser.SignInAsync(userId)).Dispose();
        return browser;
    }

    public void Dispose() => Http.Dispose();
}
