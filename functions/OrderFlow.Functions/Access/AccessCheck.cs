using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Access;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Access;

/// <summary>
/// Runs before every HTTP function (the worker middleware in Azure, DevHost locally): finds who calls, asks
/// <see cref="AccessPolicy"/> and either records the actor for the function or answers the refusal itself.
/// </summary>
public sealed class AccessCheck(AccessKeys keys, IOptions<AccessOptions> options, IConfiguration configuration)
{
    public const string KeyHeader = "x-functions-key";
    public const string KeyQuery = "code";

    readonly bool platformAuthOn = EasyAuthPrincipal.PlatformAuthOn(configuration[EasyAuthPrincipal.PlatformSetting]);

    /// <summary>True when the function may run; otherwise the refusal has been answered.</summary>
    public async Task<bool> AdmitAsync(HttpContext http, string functionName)
    {
        var rule = AccessTable.For(functionName);
        var caller = Caller(http.Request);
        if (caller.Person is { } person)
        {
            http.SetViewer(person);
        }
        var decision = AccessPolicy.Decide(rule, caller);
        if (decision is AccessDecision.Admit admitted)
        {
            if (admitted.Actor is { } actor)
            {
                http.SetActor(actor);
            }
            return true;
        }
        var isPage = rule?.Kind == AccessKind.Page;
        await AccessRefusals.For(decision, isPage, http.Request, options.Value.LoginPath).ExecuteAsync(http);
        return false;
    }

    AccessCaller Caller(HttpRequest request)
    {
        var headers = request.Headers;
        var person = EasyAuthPrincipal.Read(
            platformAuthOn, headers[EasyAuthPrincipal.PrincipalHeader], headers[EasyAuthPrincipal.IdHeader], headers[EasyAuthPrincipal.NameHeader]);
        var onlyReads = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        return new AccessCaller(keys.Find(PresentedKey(request)), person, onlyReads, SameOrigin.IsOwnSite(request));
    }

    static string? PresentedKey(HttpRequest request) =>
        request.Headers.TryGetValue(KeyHeader, out var header) && header.Count > 0 ? header[0]
        : request.Query.TryGetValue(KeyQuery, out var query) && query.Count > 0 ? query[0]
        : null;
}
