using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.DevHost.Http;

/// <summary>
/// The keys DevHost accepts, as the Functions host does: the host key opens every function; the finance key is
/// a function key for the read-only finance routes (invoices, reports, dashboard) only.
/// </summary>
sealed record FunctionKeys(string HostKey, string FinanceKey, IReadOnlyList<string> FinanceRoutePrefixes)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    public bool Authorizes(AuthorizationLevel level, string route, HttpRequest request)
    {
        if (level == AuthorizationLevel.Anonymous)
        {
            return true;
        }
        var presented = Presented(request);
        if (presented is null)
        {
            return false;
        }
        if (FixedTimeEquals(presented, HostKey))
        {
            return true;
        }
        return level == AuthorizationLevel.Function
            && HttpMethods.IsGet(request.Method)
            && FinanceRoutePrefixes.Any(p => route.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            && FixedTimeEquals(presented, FinanceKey);
    }

    public bool IsHostKey(HttpRequest request) => Presented(request) is { } presented && FixedTimeEquals(presented, HostKey);

    static string? Presented(HttpRequest request) =>
        request.Headers.TryGetValue(HeaderName, out var header) && header.Count > 0 ? header[0]
        : request.Query.TryGetValue(QueryName, out var query) && query.Count > 0 ? query[0]
        : null;

    static bool FixedTimeEquals(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
