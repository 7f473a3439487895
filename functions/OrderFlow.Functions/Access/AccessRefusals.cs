using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderFlow.Core.Access;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages;

namespace OrderFlow.Functions.Access;

/// <summary>
/// How a refusal is answered: API callers get problem+json (401 for nobody, 403 naming the roles that open the
/// route); page visitors are sent to sign in, or shown a page that names the role they lack.
/// </summary>
public static class AccessRefusals
{
    public static IResult For(AccessDecision decision, bool isPage, HttpRequest request, string loginPath) => decision switch
    {
        AccessDecision.SignIn when isPage => TypedResults.Redirect(SignInUrl(loginPath, request)),
        AccessDecision.SignIn => Problems.Status(StatusCodes.Status401Unauthorized, "Sign in, or present a key (header x-functions-key or ?code=)."),
        AccessDecision.CrossSite => Problems.Status(StatusCodes.Status403Forbidden, "A signed-in change must come from OrderFlow's own pages.",
            "The request's Origin (or Referer) is not this app's host."),
        AccessDecision.Forbidden forbidden when isPage => ForbiddenPage.For(forbidden.RolesNeeded, request.HttpContext),
        AccessDecision.Forbidden forbidden => ForbiddenProblem(forbidden.RolesNeeded),
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Not a refusal."),
    };

    public static string NeedsText(IReadOnlyList<StaffRole> roles) =>
        roles.Count == 0 ? "Nobody may open this." : $"Needs the role {string.Join(" or ", roles)}.";

    static ProblemHttpResult ForbiddenProblem(IReadOnlyList<StaffRole> roles) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Your roles do not open this.",
        detail: NeedsText(roles),
        extensions: new Dictionary<string, object?> { ["requiredRoles"] = roles.Select(r => r.ToString()).ToArray() });

    static string SignInUrl(string loginPath, HttpRequest request) =>
        $"{loginPath}?post_login_redirect_uri={Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString)}";
}
