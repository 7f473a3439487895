using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Access;
using OrderFlow.Functions.Access;

namespace OrderFlow.Tests.Access;

public class AccessRefusalsTests
{
    static readonly StaffPrincipal Amelia = new("u-11", "Amelia <Clarke>", new HashSet<StaffRole> { StaffRole.Sales });

    static async Task<(HttpContext Http, string Body)> AnswerAsync(AccessDecision decision, bool isPage, StaffPrincipal? viewer = null, string pathAndQuery = "/")
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        var parts = pathAndQuery.Split('?', 2);
        http.Request.Path = parts[0];
        http.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        http.Response.Body = new MemoryStream();
        if (viewer is not null)
        {
            http.SetViewer(viewer);
        }
        await AccessRefusals.For(decision, isPage, http.Request, "/.auth/login/dev").ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task ForbiddenPage_NamesTheRoleNeededAndWhatTheViewerHolds_Encoded()
    {
        var (http, body) = await AnswerAsync(new AccessDecision.Forbidden([StaffRole.Finance, StaffRole.Admin]), isPage: true, Amelia);

        Assert.Equal(StatusCodes.Status403Forbidden, http.Response.StatusCode);
        Assert.StartsWith("text/html", http.Response.ContentType, StringComparison.Ordinal);
        Assert.Contains("Needs the role Finance or Admin. You hold Sales.", body, StringComparison.Ordinal);
        Assert.Contains("Signed in as <strong>Amelia &lt;Clarke&gt;</strong>", body, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", body, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Page_RedirectsToTheLoginPathWithTheWayBackEncoded()
    {
        var (http, _) = await AnswerAsync(new AccessDecision.SignIn(), isPage: true, pathAndQuery: "/orders?status=OnHold&x=a b");

        Assert.Equal(StatusCodes.Status302Found, http.Response.StatusCode);
        Assert.Equal("/.auth/login/dev?post_login_redirect_uri=%2Forders%3Fstatus%3DOnHold%26x%3Da%20b", http.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task SignIn_Api_401ProblemJson()
    {
        var (http, body) = await AnswerAsync(new AccessDecision.SignIn(), isPage: false);

        Assert.Equal(StatusCodes.Status401Unauthorized, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Contains("Sign in, or present a key", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_NoRule_SaysNobodyMay()
    {
        var (_, body) = await AnswerAsync(new AccessDecision.Forbidden([]), isPage: false);

        Assert.Contains("Nobody may open this.", body, StringComparison.Ordinal);
    }
}
