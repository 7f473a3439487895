using System.Globalization;
using System.Text;
using OrderFlow.Core.Access;
using OrderFlow.Functions.Pages;

namespace OrderFlow.DevHost.Auth;

/// <summary>
/// Easy Auth's endpoints for a local provider "dev", the way the Static Web Apps CLI emulates sign-in: a page listing
/// the demo users, sign-in by posting a user ID, /.auth/me and /.auth/logout.
/// </summary>
static class EasyAuthEndpoints
{
    const string RedirectField = "post_login_redirect_uri";

    public static void MapEasyAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.auth/login/dev", (HttpRequest request, DemoUsers users) => LoginPage(users, LocalPath(request.Query[RedirectField]), null));
        endpoints.MapPost("/.auth/login/dev", SignInAsync);
        endpoints.MapGet("/.auth/me", Me);
        endpoints.MapMethods("/.auth/logout", ["GET", "POST"], (HttpRequest request) =>
        {
            SessionCookie.Clear(request.HttpContext.Response);
            return Results.Redirect(LocalPath(request.Query["post_logout_redirect_uri"]) ?? "/.auth/login/dev");
        });
    }

    static async Task<IResult> SignInAsync(HttpRequest request, DemoUsers users, SessionCookie session)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : null;
        var redirect = LocalPath(form?[RedirectField]) ?? LocalPath(request.Query[RedirectField]);
        if (users.Find(form?["userId"]) is not { } user)
        {
            return LoginPage(users, redirect, "Choose one of the demo users below.");
        }
        session.Write(request.HttpContext.Response, user.UserId);
        return Results.Redirect(redirect ?? "/");
    }

    static IResult Me(HttpContext http)
    {
        if (EasyAuthHeaders.SignedIn(http) is not { } user)
        {
            return Results.Unauthorized();
        }
        var claims = new List<object>
        {
            new { typ = "name", val = user.Name },
            new { typ = "preferred_username", val = user.Email },
            new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = user.UserId },
        };
        claims.AddRange(user.Roles.Select(r => new { typ = "roles", val = r.ToString() }));
        return Results.Json(new[] { new { provider_name = EasyAuthHeaders.AuthType, user_id = user.Email, user_claims = claims } });
    }

    static HtmlPage LoginPage(DemoUsers users, string? redirect, string? error)
    {
        var content = new StringBuilder("<p>Locally, DevHost stands in for Microsoft Entra ID: choose whom to sign in as. Each demo user holds the roles shown.</p>");
        if (error is not null)
        {
            content.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{HtmlPage.Encode(error)}</p>");
        }
        content.Append("<form method=\"post\" action=\"/.auth/login/dev\">");
        if (redirect is not null)
        {
            content.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{RedirectField}\" value=\"{HtmlPage.Encode(redirect)}\">");
        }
        content.Append("<ul class=\"sections\">");
        foreach (var user in users.All)
        {
            content.Append(CultureInfo.InvariantCulture,
                $"<li><button type=\"submit\" name=\"userId\" value=\"{HtmlPage.Encode(user.UserId)}\">Sign in as {HtmlPage.Encode(user.Name)}</button> {HtmlPage.Encode(string.Join(", ", user.Roles))}</li>");
        }
        content.Append("</ul></form>");
        return HtmlPage.BackOffice(error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, Layout.Render("Sign in", null, "", content.ToString()));
    }

    /// <summary>Only a path on this site: anything else would make sign-in an open redirect.</summary>
    static string? LocalPath(string? uri) =>
        uri is { Length: > 0 } && uri[0] == '/' && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal) ? uri : null;
}
