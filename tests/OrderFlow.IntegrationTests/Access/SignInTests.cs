using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.Access;

/// <summary>Signing in locally through DevHost's Easy Auth, and what the app's access check makes of who calls.</summary>
[Collection(SharedApps.Finance)]
public class SignInTests(FinanceApp app)
{
    Uri Base => app.Http.BaseAddress!;

    [Fact]
    public async Task LoginPage_ListsEachDemoUserWithAButtonOfTheirOwn()
    {
        using var browser = new StaffBrowser(Base);

        var page = await browser.Http.GetStringAsync(".auth/login/dev?post_login_redirect_uri=%2F");

        Assert.Equal(7, page.Split("<button type=\"submit\" name=\"userId\"").Length - 1);
        Assert.Contains("Sign in as Priya Shah</button> Finance", page, StringComparison.Ordinal);
        Assert.Contains("name=\"post_login_redirect_uri\" value=\"/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DemoUser_HttpOnlyLaxCookieRedirectAndMeAnswersLikeEasyAuth()
    {
        using var browser = new StaffBrowser(Base);

        var signIn = await browser.SignInAsync(StaffBrowser.Priya, "/");
        var me = await browser.Http.GetFromJsonAsync<JsonElement>(".auth/me");
        var home = await browser.Http.GetStringAsync("");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("AppServiceAuthSession=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var entry = Assert.Single(me.EnumerateArray());
        Assert.Equal(("dev", "priya.shah@orderflow.example"), (entry.GetProperty("provider_name").GetString(), entry.GetProperty("user_id").GetString()));
        Assert.Contains(entry.GetProperty("user_claims").EnumerateArray(), c => c.GetProperty("typ").GetString() == "roles" && c.GetProperty("val").GetString() == "Finance");
        Assert.Contains("Signed in as <strong>Priya Shah</strong> (Finance).", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownUser_NoCookieAndTheListAgain()
    {
        using var browser = new StaffBrowser(Base);

        var signIn = await browser.SignInAsync("00000000-0000-0000-0000-000000000000");

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignIn_ReturnToAnotherSite_GoesHomeInstead()
    {
        using var browser = new StaffBrowser(Base);

        var signIn = await browser.SignInAsync(StaffBrowser.Amelia, "https://evil.example/");

        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignedOut_Page_RedirectsToSignInWithTheWayBack()
    {
        using var browser = new StaffBrowser(Base);

        var home = await browser.Http.GetAsync("?tab=1");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/.auth/login/dev?post_login_redirect_uri=%2F%3Ftab%3D1", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignedOut_Api_Answers401Problem()
    {
        using var browser = new StaffBrowser(Base);

        var response = await browser.Http.GetAsync("api/orders");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClientSentPrincipalHeaders_AreIgnored()
    {
        using var browser = new StaffBrowser(Base);
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"auth_typ":"aad","claims":[{"typ":"name","val":"Mallory"},{"typ":"roles","val":"Admin"}]}"""));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/invoices");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", forged);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-ID", "mallory");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "mallory@evil.example");

        var response = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ForgedSessionCookie_NobodySignedIn()
    {
        using var browser = new StaffBrowser(Base);
        var userPart = Convert.ToBase64String(Encoding.UTF8.GetBytes(StaffBrowser.Mara)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        browser.Cookies.Add(Base, new Cookie("AppServiceAuthSession", userPart + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync(".auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task RoleLacking_Api_Answers403ProblemNamingTheRoleNeeded()
    {
        using var amelia = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Amelia);

        var response = await amelia.Http.GetAsync("api/invoices");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Finance", "Admin"], problem.GetProperty("requiredRoles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Needs the role Finance or Admin.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CrossSiteOrOriginlessChange_SignedIn_Refused403()
    {
        using var amelia = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Amelia);
        using var request = new HttpRequestMessage(HttpMethod.Put, "api/customers/c-csrf")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Mallory" }),
        };
        request.Headers.Add("Origin", "https://evil.example");

        var crossSite = await amelia.Http.SendAsync(request);
        var noOrigin = await amelia.Http.PutAsJsonAsync("api/customers/c-csrf", new { name = "Mallory" });

        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Contains("own pages", (await crossSite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, noOrigin.StatusCode);
    }

    [Fact]
    public async Task SameSitePost_SignedInWithTheRole_ReachesTheFunction()
    {
        using var amelia = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Amelia);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Origin", amelia.OwnOrigin);

        var response = await amelia.Http.SendAsync(request);

        // The access check let it through: the function itself answers the empty order with its field problems.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Logout_ClearsTheSession()
    {
        using var browser = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Haruto);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(".auth/me")).StatusCode);

        var logout = await browser.Http.GetAsync(".auth/logout");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync(".auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task StyleSheet_ServedByTheAppToAnyone()
    {
        using var browser = new StaffBrowser(Base);

        var css = await browser.Http.GetAsync("assets/site.css");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".skip", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
