using OrderFlow.Core.Access;

namespace OrderFlow.DevHost.Auth;

/// <summary>
/// As App Service's authentication module does in front of the app: drops every X-MS-CLIENT-PRINCIPAL* header a
/// client sent, and sets them from a valid session cookie.
/// </summary>
static class EasyAuthHeaders
{
    public const string AuthType = "dev";

    public static void UseEasyAuthHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var headers = http.Request.Headers;
        foreach (var name in headers.Keys.Where(k => k.StartsWith(EasyAuthPrincipal.PrincipalHeader, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            headers.Remove(name);
        }
        if (SignedIn(http) is { } user)
        {
            headers[EasyAuthPrincipal.PrincipalHeader] = EasyAuthPrincipal.Encode(user.Principal, AuthType);
            headers[EasyAuthPrincipal.IdHeader] = user.UserId;
            headers[EasyAuthPrincipal.NameHeader] = user.Email;
            headers[EasyAuthPrincipal.PrincipalHeader + "-IDP"] = AuthType;
        }
        return next(http);
    });

    public static DemoUser? SignedIn(HttpContext http)
    {
        var services = http.RequestServices;
        var userId = services.GetRequiredService<SessionCookie>().Unprotect(http.Request.Cookies[SessionCookie.Name]);
        return services.GetRequiredService<DemoUsers>().Find(userId);
    }
}
